app sprint-board "Agile Sprint Board"
  description "A software team's sprint board: user stories and bugs with story points, assignee, sprint, priority and status from backlog to done. Also: scrum board, Jira alternative, agile task tracker, issue tracker."
  access signin
  theme primary=#2563eb background=#f8fafc accent=#f97316 radius=6 icon="🏃‍♀️"

entity sprint
  icon "🗓️"
  display name
  order -starts_on
  name: text required unique
  goal: text
  starts_on: date required
  ends_on: date required
  length_days: computed = days_between(starts_on, ends_on)
  status: choice(Planned:#94a3b8, Active:#3b82f6, Closed:#22c55e) default=Planned

entity story
  icon "🎫"
  plural "Stories"
  display title
  order priority
  title: text required
  type: choice(Story:#22c55e, Bug:#ef4444, Task:#3b82f6, Spike:#a855f7, Chore:#94a3b8) default=Story
  description: long_text
  acceptance_criteria: long_text
  sprint: reference(sprint)
  assignee: user
  points: choice(1, 2, 3, 5, 8, 13)
  points_value: integer label="Points (number)" min=0 max=100
  priority: choice(Highest:#dc2626, High:#f97316, Medium:#facc15, Low:#22c55e) default=Medium
  status: choice(Backlog:#94a3b8, To do:#64748b, In progress:#3b82f6, In review:#a855f7, Done:#22c55e) default=Backlog
  labels: tags(Frontend:#ec4899, Backend:#0ea5e9, API:#6366f1, Infra:#64748b, UX:#f59e0b)
  due: date

view board kanban story "Sprint board" fields=title,type,assignee,points group_by=status
view backlog table story "Backlog" fields=title,type,priority,points,sprint,labels sort=priority where status=Backlog
view mine table story "My work" fields=title,sprint,status,due sort=due where assignee=me
view new_story form story "New story" fields=title,type,description,acceptance_criteria,sprint,assignee,points,points_value,priority,labels
view sprints table sprint fields=name,goal,starts_on,ends_on,length_days,status sort=-starts_on
dashboard velocity "Velocity"
  bar "Points per sprint" sum story.points_value by sprint where status=Done
  pie "Work by type" count story by type
  bar "Open work per person" count story by assignee where status!=Done

nav board, backlog, mine, new_story, sprints, velocity
home board
