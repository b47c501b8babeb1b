app family-chores "Family Chore Chart"
  description "Share household chores among the family: who does what, how often, points earned and a weekly chore board kids can tick off. Also: chore rota, housework chart, kids jobs list."
  access signin
  theme primary=#f97316 background=#fffaf5 accent=#3b82f6 radius=16 icon="🧹"
role parent "Parent"
role kid "Kid"
default_role kid
owner_role parent

entity chore
  icon "🧽"
  display title
  order title
  title: text required unique
  room: choice(Kitchen:#f59e0b, Bathroom:#0ea5e9, Bedroom:#a855f7, Living room:#22c55e, Garden:#16a34a, Pets:#a16207, Laundry:#64748b)
  how_often: choice(Daily, Twice a week, Weekly, Monthly) default=Weekly
  points: integer required min=1 max=100 default=5
  minutes: integer min=1

entity assignment
  icon "📋"
  order due
  chore: reference(chore) required
  assignee: user required label="Who"
  due: date required
  status: choice(To do:#94a3b8, Doing:#3b82f6, Done:#22c55e, Checked:#6366f1) default="To do"
  photo_proof: image
  note: text

view board kanban assignment "Chore board" fields=chore,assignee,due group_by=status
view my_chores table assignment "My chores" fields=chore,due,status sort=due where assignee=me
view week calendar assignment "This week" fields=chore,assignee date_field=due
view chores table chore "Chore list" fields=title,room,how_often,points,minutes
dashboard leaderboard "Leaderboard"
  bar "Chores done per person" count assignment by assignee where status=Checked
  pie "Chores by status" count assignment by status

permission chore create parent
permission chore update parent
permission chore delete parent
permission assignment create parent
permission assignment delete parent

nav board, my_chores, week, chores, leaderboard
home board
