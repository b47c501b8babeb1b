app agency-projects "Creative Agency Projects"
  description "A creative or digital agency runs client projects with tasks, time tracking against budget and approvals. Also: agency project management, client work tracker, studio resourcing."
  access signin
  theme primary=#f43f5e background=#fff1f2 accent=#0f172a icon="🎯"
role account_lead "Account lead"
role team "Team member"
default_role team
owner_role account_lead
entity client
  display name
  name: text required unique
  contact_email: email
  retainer: boolean default=false
entity project
  display name
  name: text required
  client: reference(client) required
  service: choice(Branding, Website, Campaign, Content, App)
  budget_hours: integer min=0
  fee: money(USD) min=0
  due_on: date
  status: choice(Pitch:#94a3b8, Active:#3b82f6, Client review:#f59e0b, Done:#22c55e, On hold:#64748b) default=Pitch
entity task
  project: reference(project) required
  title: text required
  assignee: user
  due_on: date
  hours_logged: decimal min=0 default=0
  status: choice(To do:#94a3b8, Doing:#3b82f6, Review:#f59e0b, Done:#22c55e) default="To do"
view projects kanban project "Projects" fields=name,client,due_on group_by=status
view tasks kanban task "Tasks" fields=title,project,assignee group_by=status
view my_tasks table task "My tasks" fields=title,project,due_on,status sort=due_on where assignee=me
view deadlines calendar task "Deadlines" fields=title,project date_field=due_on
dashboard studio "Studio"
  stat "Hours logged" sum task.hours_logged
  bar "Hours by project" sum task.hours_logged by project
  pie "Services" count project by service
permission project create account_lead
permission task update account_lead,team
nav projects, tasks, my_tasks, deadlines, studio
home my_tasks
