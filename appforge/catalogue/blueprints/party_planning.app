app party-planning "Party Planner"
  description "Plan a party or celebration: to-do list, suppliers, budget, shopping and the guest list with RSVPs. Also: birthday party planner, event checklist, celebration organiser."
  access signin
  theme primary=#db2777 background=#fff7fb accent=#8b5cf6 radius=16 icon="🎉"

entity party
  icon "🎈"
  display name
  name: text required
  date: datetime required
  venue: text
  theme_idea: text label="Theme"
  budget: money(USD) min=0
  expected_guests: integer min=1

entity task
  icon "☑️"
  order due
  party: reference(party) required
  title: text required
  category: choice(Venue:#8b5cf6, Food:#f97316, Drinks:#0ea5e9, Decorations:#ec4899, Music:#22c55e, Invitations:#facc15, Cake:#f472b6)
  owner: user
  due: date
  cost: money(USD) min=0
  status: choice(To do:#94a3b8, Doing:#3b82f6, Done:#22c55e) default="To do"

entity party_guest "Guest"
  icon "🥳"
  display name
  party: reference(party) required
  name: text required
  email: email
  rsvp: choice(Invited:#94a3b8, Yes:#22c55e, Maybe:#f59e0b, No:#ef4444) default=Invited
  bringing: text

view board kanban task "To-do board" fields=title,category,owner,due group_by=status
view tasks table task fields=party,title,category,owner,due,cost,status sort=due
view deadlines calendar task "Deadlines" fields=title,owner date_field=due
view guests table party_guest fields=name,party,email,rsvp,bringing
view parties table party fields=name,date,venue,budget,expected_guests
dashboard budget "Budget"
  bar "Cost per category" sum task.cost by category
  stat "Spent" sum task.cost
  pie "RSVPs" count party_guest by rsvp

nav board, tasks, deadlines, guests, parties, budget
home board
