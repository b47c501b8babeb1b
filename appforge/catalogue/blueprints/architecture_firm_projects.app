app architecture-firm-projects "Architecture Practice Projects"
  description "An architecture firm tracks projects through RIBA or design stages, planning applications, drawings issued and fees per stage. Also: architect project tracker, design practice management, planning applications."
  access signin
  theme primary=#27272a background=#fafafa accent=#0ea5e9 font="Helvetica, Arial, sans-serif" icon="📐"
role principal "Principal"
role architect "Architect"
default_role architect
owner_role principal
entity project
  display name
  name: text required
  client: text required
  site_address: text
  sector: choice(Residential, Commercial, Education, Healthcare, Cultural)
  stage: choice(Brief:#94a3b8, Concept:#a855f7, Developed design:#3b82f6, Technical design:#06b6d4, Construction:#f59e0b, Handover:#22c55e) default=Brief
  fee: money(GBP) min=0
  lead: user
  planning_ref: text
  planning_decision_due: date
  render: image
entity drawing
  project: reference(project) required
  number: text required
  title: text required
  revision: text default=P01
  status: choice(Preliminary, For planning, For tender, For construction)
  issued_on: date
  pdf: file
view projects kanban project "Projects" fields=name,client,fee,lead group_by=stage
view portfolio cards project "Portfolio" fields=client,sector image_field=render
view planning calendar project "Planning decisions" fields=name,planning_ref date_field=planning_decision_due
view register table drawing "Drawing register" fields=project,number,title,revision,status,issued_on
dashboard practice "Practice"
  stat "Fees" sum project.fee
  bar "Fees by stage" sum project.fee by stage
  pie "Sectors" count project by sector
permission project create principal
nav projects, portfolio, planning, register, practice
home projects
