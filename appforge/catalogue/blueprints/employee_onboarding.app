app employee-onboarding "Employee Onboarding Checklist"
  description "HR onboards new hires with a checklist of tasks across IT, payroll and the team, tracking documents and start dates. Also: new starter onboarding, HR induction, employee orientation."
  access signin
  theme primary=#2563eb background=#f8fafc accent=#10b981 icon="👋"
role hr "HR"
role staff "Staff"
default_role staff
owner_role hr
entity new_hire "New hire"
  display name
  name: text required
  email: email required unique
  job_title: text
  department: choice(Engineering, Sales, Operations, Finance, Support)
  start_on: date required
  manager: user
  buddy: text
  contract: file
  photo: image
entity onboarding_task "Task"
  new_hire: reference(new_hire) required
  title: text required
  owner_team: choice(HR:#ec4899, IT:#3b82f6, Payroll:#22c55e, Manager:#f59e0b, Facilities:#64748b)
  due_on: date
  assignee: user
  status: choice(To do:#94a3b8, In progress:#3b82f6, Done:#22c55e) default="To do"
view starters calendar new_hire "Start dates" fields=name,department date_field=start_on
view hires cards new_hire "New hires" fields=job_title,department,start_on image_field=photo
view tasks kanban onboarding_task "Checklist" fields=title,new_hire,due_on group_by=status
view my_tasks table onboarding_task "My tasks" fields=title,new_hire,due_on,status where assignee=me
dashboard progress "Progress"
  stat "Open tasks" count onboarding_task where status!=Done
  bar "Tasks by team" count onboarding_task by owner_team
  pie "Departments" count new_hire by department
permission new_hire create hr
permission new_hire update hr
permission onboarding_task create hr
nav starters, hires, tasks, my_tasks, progress
home tasks
