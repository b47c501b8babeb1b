app grant-applications "Grant Funding Pipeline"
  description "Track grant applications for a nonprofit or researcher: funders, deadlines, amounts requested and awarded, application stage and reporting dates. Also: grant tracker, funding applications, bid pipeline."
  access signin
  theme primary=#166534 background=#f7fcf8 accent=#7c3aed icon="📑"

entity funder
  icon "🏛️"
  display name
  name: text required unique
  type: choice(Foundation:#8b5cf6, Government:#1e3a8a, Corporate:#64748b, Lottery:#ec4899, Research council:#0ea5e9)
  website: url
  contact_email: email
  focus_areas: tags(Education:#3b82f6, Health:#ef4444, Environment:#22c55e, Arts:#ec4899, Community:#f59e0b, Research:#0ea5e9)

entity grant
  icon "💰"
  display title
  order deadline
  title: text required
  funder: reference(funder) required
  owner: user
  deadline: date required
  days_to_deadline: computed = days_between(today(), deadline)
  amount_requested: money(USD) min=0
  amount_awarded: money(USD) min=0
  stage: choice(Researching:#94a3b8, Drafting:#3b82f6, Submitted:#f59e0b, Awarded:#22c55e, Declined:#ef4444, Reporting:#a855f7) default=Researching
  report_due: date
  proposal: file
  notes: long_text

view pipeline kanban grant "Pipeline" fields=title,funder,deadline,amount_requested group_by=stage
view deadlines calendar grant "Deadlines" fields=title,funder date_field=deadline
view grants table grant fields=title,funder,deadline,days_to_deadline,amount_requested,amount_awarded,stage sort=deadline
view reports calendar grant "Reports due" fields=title date_field=report_due
view funders table funder fields=name,type,focus_areas,contact_email
dashboard funding "Funding"
  stat "Requested" sum grant.amount_requested
  stat "Awarded" sum grant.amount_awarded
  bar "Awarded per funder" sum grant.amount_awarded by funder
  pie "Stages" count grant by stage

nav pipeline, deadlines, grants, reports, funders, funding
home pipeline
