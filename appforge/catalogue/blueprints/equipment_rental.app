app equipment-rental "Plant & Tool Hire"
  description "An equipment rental yard hires out tools and plant machinery by the day or week, tracks contracts, returns and servicing. Also: tool hire, plant hire, construction equipment rental."
  access signin
  theme primary=#ca8a04 background=#fefce8 accent=#1e293b icon="🚜"
entity machine
  display name
  name: text required
  asset_no: text required unique
  category: choice(Excavator, Scaffold tower, Generator, Compressor, Power tools, Access platform)
  day_rate: money(USD) min=0
  week_rate: money(USD) min=0
  hours_meter: integer min=0
  next_service: date
  status: choice(Available:#22c55e, On hire:#3b82f6, Servicing:#f59e0b, Damaged:#ef4444) default=Available
  photo: image
entity hire
  machine: reference(machine) required
  customer: text required
  site_address: text
  out_on: date required
  due_back: date required
  days: computed = days_between(out_on, due_back)
  day_rate: money(USD) min=0
  total: computed = days_between(out_on, due_back) * day_rate
  returned: boolean default=false
  damage_notes: text
view fleet cards machine "Fleet" fields=category,day_rate,status image_field=photo
view hires calendar hire "Hire calendar" fields=machine,customer date_field=out_on
view returns calendar hire "Due back" fields=machine,customer date_field=due_back
view yard kanban machine "Yard" fields=name,asset_no group_by=status
dashboard hire_stats "Hire"
  stat "Hire revenue" sum hire.total
  bar "Hires by machine" count hire by machine
  pie "Categories" count machine by category
nav fleet, hires, returns, yard, hire_stats
home yard
