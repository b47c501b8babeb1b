app crm-small-business "Small Business CRM"
  description "A small business keeps its contacts and companies, logs calls, emails and meetings, and sets follow-ups so no customer is forgotten. Also: contact manager, customer database, simple CRM."
  access signin
  theme primary=#2563eb background=#ffffff accent=#f97316 icon="📇"
role admin "Admin"
role user_role "Team member"
default_role user_role
owner_role admin
entity company
  display name
  name: text required unique
  website: url
  industry: choice(Retail, Hospitality, Manufacturing, Services, Tech, Public sector)
  size: choice(1-10, 11-50, 51-200, 200+)
entity contact
  display name
  name: text required
  company: reference(company)
  email: email
  phone: phone
  job_title: text
  status: choice(Lead:#94a3b8, Prospect:#f59e0b, Customer:#22c55e, Inactive:#64748b) default=Lead
  owner: user
  tags: tags(VIP, Newsletter, Partner, Referral)
  next_follow_up: date
entity activity
  contact: reference(contact) required
  kind: choice(Call:#3b82f6, Email:#a855f7, Meeting:#22c55e, Note:#94a3b8) required
  at: datetime required
  summary: long_text
view contacts table contact fields=name,company,email,phone,status,owner
view follow_ups calendar contact "Follow-ups" fields=name,company date_field=next_follow_up
view my_contacts table contact "My contacts" fields=name,company,status,next_follow_up where owner=me
view log form activity "Log activity" fields=contact,kind,at,summary
view companies table company fields=name,industry,size,website
dashboard overview "Overview"
  pie "Contact status" count contact by status
  bar "Activities by kind" count activity by kind
  line "Activities per week" count activity by at per week
permission company delete admin
permission contact delete admin
nav contacts, follow_ups, my_contacts, log, companies, overview
home my_contacts
