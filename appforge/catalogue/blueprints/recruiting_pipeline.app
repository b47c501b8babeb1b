app recruiting-pipeline "Recruiting Pipeline"
  description "An in-house recruiting team opens job requisitions, tracks candidates through screening and interviews to offer, with scorecards. Also: applicant tracking system, ATS, hiring pipeline."
  access signin
  theme primary=#7c3aed background=#faf5ff accent=#f59e0b icon="🧲"
role recruiter "Recruiter"
role hiring_manager "Hiring manager"
default_role hiring_manager
owner_role recruiter
entity requisition "Job opening"
  display title
  title: text required
  department: choice(Engineering, Sales, Marketing, Operations, Finance, People)
  location: text
  salary_max: money(USD) min=0
  hiring_manager: user
  open: boolean default=true
entity candidate
  display name
  name: text required
  email: email required
  linkedin: url
  requisition: reference(requisition) required
  source: choice(Referral, LinkedIn, Job board, Careers page, Agency)
  stage: choice(Applied:#94a3b8, Screen:#3b82f6, Interview:#a855f7, Offer:#f59e0b, Hired:#22c55e, Rejected:#ef4444) default=Applied
  interview_at: datetime
  score: rating
  resume: file
view pipeline kanban candidate "Pipeline" fields=name,requisition,score group_by=stage
view interviews calendar candidate "Interviews" fields=name,requisition date_field=interview_at
view openings table requisition "Openings" fields=title,department,location,hiring_manager,open
view apply form candidate "Add candidate" fields=name,email,linkedin,requisition,source,resume
dashboard hiring "Hiring"
  stat "Hired" count candidate where stage=Hired
  pie "Sources" count candidate by source
  bar "Candidates per opening" count candidate by requisition
permission requisition create recruiter
permission candidate delete recruiter
nav pipeline, interviews, openings, apply, hiring
home pipeline
