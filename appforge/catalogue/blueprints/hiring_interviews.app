app hiring-interviews "Hiring Pipeline & Scorecards"
  description "Recruit for open roles: candidates move through stages, interviewers leave structured scorecards and hiring managers decide. Also: applicant tracking system, ATS, recruitment pipeline, interview scorecards."
  access signin
  theme primary=#0f766e background=#f7fbfa accent=#7c3aed icon="🧑‍💼"
role recruiter "Recruiter"
role interviewer "Interviewer"
default_role interviewer
owner_role recruiter

entity job
  icon "📌"
  display title
  title: text required
  department: choice(Engineering:#3b82f6, Design:#ec4899, Sales:#22c55e, Operations:#f59e0b, Finance:#14b8a6)
  hiring_manager: user
  salary_band: text
  open: boolean default=true

entity candidate
  icon "🙋"
  display name
  order -applied_on
  name: text required
  email: email required
  phone: phone
  job: reference(job) required
  source: choice(Referral, LinkedIn, Job board, Careers page, Agency)
  applied_on: date
  stage: choice(Applied:#94a3b8, Phone screen:#3b82f6, Technical:#6366f1, Onsite:#a855f7, Offer:#f59e0b, Hired:#22c55e, Rejected:#ef4444) default=Applied
  cv: file
  linkedin: url

entity scorecard
  icon "📊"
  candidate: reference(candidate) required
  interview_at: datetime required
  round: choice(Phone screen, Technical, System design, Culture, Hiring manager)
  rating: rating required
  recommendation: choice(Strong yes:#15803d, Yes:#22c55e, No:#f97316, Strong no:#dc2626) required
  notes: long_text

view pipeline kanban candidate "Pipeline" fields=name,job,source group_by=stage
view candidates table candidate fields=name,job,stage,source,applied_on sort=-applied_on
view interviews calendar scorecard "Interviews" fields=candidate,round date_field=interview_at
view scorecard_form form scorecard "Submit scorecard" fields=candidate,interview_at,round,rating,recommendation,notes
view jobs table job "Open roles" fields=title,department,hiring_manager,open
dashboard funnel "Funnel"
  bar "Candidates per stage" count candidate by stage
  pie "Sources" count candidate by source
  bar "Candidates per role" count candidate by job

permission candidate create recruiter
permission candidate update recruiter
permission scorecard update signed_in own
permission job create recruiter

nav pipeline, candidates, interviews, scorecard_form, jobs, funnel
home pipeline
