app hoa-maintenance "HOA Maintenance Requests"
  description "Homeowners in an HOA or residents' management company report maintenance issues in common areas, the board assigns vendors and tracks costs against the reserve. Also: homeowners association work orders, estate maintenance, common area repairs."
  access signin
  theme primary=#1e40af background=#f8fafc accent=#16a34a icon="🏘️"
role board "Board member"
role homeowner "Homeowner"
default_role homeowner
owner_role board

entity vendor
  icon "👷"
  display name
  name: text required unique
  trade: choice(Landscaping:#22c55e, Pool:#0ea5e9, Roofing:#78716c, Plumbing:#3b82f6, Electrical:#eab308, Paving:#64748b, Pest control:#a16207)
  phone: phone
  email: email
  insurance_expires: date

entity work_order "Work order"
  icon "🛠️"
  display title
  order -reported_on
  title: text required
  area: choice(Pool, Clubhouse, Landscaping, Roads and parking, Lighting, Gates, Drainage, Building exterior) required
  unit_number: text label="Reported by unit"
  reported_on: date required
  description: long_text required
  photo: image
  priority: choice(Emergency:#dc2626, High:#f97316, Normal:#3b82f6, Low:#94a3b8) default=Normal
  status: choice(Reported:#94a3b8, Approved:#3b82f6, Scheduled:#a855f7, In progress:#f59e0b, Complete:#22c55e, Declined:#ef4444) default=Reported
  vendor: reference(vendor)
  scheduled_for: date
  quote: money(USD) min=0
  final_cost: money(USD) min=0

view requests kanban work_order "Work orders" fields=title,area,priority,vendor group_by=status
view report form work_order "Report an issue" fields=title,area,unit_number,reported_on,description,photo
view orders table work_order "All work orders" fields=reported_on,title,area,priority,status,vendor,quote,final_cost sort=-reported_on
view schedule calendar work_order "Schedule" fields=title,vendor date_field=scheduled_for
view vendors table vendor fields=name,trade,phone,email,insurance_expires
dashboard reserve "Reserve spend"
  stat "Open work orders" count work_order where status!=Complete
  stat "Spent" sum work_order.final_cost
  bar "Spend by area" sum work_order.final_cost by area

permission work_order update board
permission work_order delete board
permission vendor create board
permission vendor read board

nav requests, report, orders, schedule, vendors, reserve
home requests
