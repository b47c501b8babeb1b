app job-applications "Job Hunt Tracker"
  description "Track a job search: companies, roles applied for, application stage, interviews, salary ranges and contacts. Also: job application tracker, career pipeline, interview tracker."
  access signin
  theme primary=#1d4ed8 background=#f8faff accent=#f59e0b icon="💼"

entity company
  icon "🏢"
  display name
  name: text required unique
  industry: text
  website: url
  size: choice(Startup, Small, Mid-size, Enterprise)
  contact_name: text
  contact_email: email

entity application
  icon "📨"
  display role
  order -applied_on
  role: text required
  company: reference(company) required
  posting_url: url
  applied_on: date
  stage: choice(Wishlist:#94a3b8, Applied:#3b82f6, Screening:#6366f1, Interview:#f59e0b, Offer:#22c55e, Rejected:#ef4444, Withdrawn:#64748b) default=Wishlist
  salary_min: money(USD) min=0
  salary_max: money(USD) min=0
  remote: choice(Remote, Hybrid, On-site)
  next_step_on: datetime label="Next step"
  excitement: rating
  cv_version: file label="CV sent"
  notes: long_text

view pipeline kanban application "Pipeline" fields=role,company,next_step_on group_by=stage
view applications table application fields=role,company,applied_on,stage,salary_min,salary_max,remote sort=-applied_on
view interviews calendar application "Interviews" fields=role,company date_field=next_step_on
view companies table company fields=name,industry,size,contact_name,contact_email
dashboard search "Search stats"
  stat "Applications sent" count application where stage!=Wishlist
  pie "By stage" count application by stage
  line "Applications per week" count application by applied_on per week

nav pipeline, applications, interviews, companies, search
home pipeline
