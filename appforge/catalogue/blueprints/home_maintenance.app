app home-maintenance "Home Maintenance Schedule"
  description "Recurring house jobs like boiler service, gutter cleaning and smoke alarm tests, plus repairs and the tradespeople who do them. Also: house upkeep planner, property maintenance log, home repair tracker."
  access signin
  theme primary=#0f766e background=#f8fafa accent=#f97316 icon="🔧"

entity contractor
  icon "👷"
  display name
  name: text required
  trade: choice(Plumber:#0ea5e9, Electrician:#eab308, Roofer:#78716c, Gas engineer:#ef4444, Handyman:#22c55e, Gardener:#65a30d, Cleaner:#a855f7)
  phone: phone
  email: email
  website: url
  rating: rating

entity task
  icon "🗓️"
  display title
  order next_due
  title: text required
  area: choice(Kitchen, Bathroom, Heating, Roof, Garden, Electrics, Exterior, Whole house)
  frequency_months: integer label="Every (months)" min=1 max=120
  last_done: date
  next_due: date
  days_until_due: computed = days_between(today(), next_due)
  priority: choice(Low:#94a3b8, Medium:#f59e0b, High:#ef4444) default=Medium
  status: choice(To do:#3b82f6, Booked:#8b5cf6, Done:#22c55e) default="To do"
  contractor: reference(contractor)
  estimated_cost: money(USD) min=0
  notes: long_text

entity job_record "Job record"
  icon "🧾"
  order -done_on
  task: reference(task) required
  done_on: date required
  contractor: reference(contractor)
  cost: money(USD) min=0
  invoice: file
  notes: text

view tasks table task fields=title,area,last_done,next_due,days_until_due,priority,status sort=next_due
view board kanban task "Jobs board" fields=title,next_due,priority group_by=status
view due_calendar calendar task "Due dates" fields=title,area date_field=next_due
view history table job_record "Job history" fields=done_on,task,contractor,cost,invoice sort=-done_on
view contractors table contractor fields=name,trade,phone,email,rating
dashboard spend "Upkeep spend"
  stat "Spent on maintenance" sum job_record.cost
  line "Spend per month" sum job_record.cost by done_on per month
  bar "Jobs by area" count task by area

nav board, tasks, due_calendar, history, contractors, spend
home board
