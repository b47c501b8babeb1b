app food-truck "Food Truck Route & Sales"
  description "A food truck plans where it parks each day, preps stock for each stop and logs sales per location. Also: street food van, mobile catering schedule, market stall sales."
  access signin
  theme primary=#ea580c background=#fff7ed accent=#0f766e icon="🚚"
entity location
  display name
  name: text required
  address: text
  kind: choice(Street pitch, Market, Festival, Office park, Brewery)
  permit_expires: date
  pitch_fee: money(USD) min=0
entity stop
  location: reference(location) required
  starts_at: datetime required
  hours: decimal min=1 max=14 default=4
  weather: choice(Sunny:#facc15, Cloudy:#94a3b8, Rain:#3b82f6, Hot:#ef4444)
  status: choice(Planned:#3b82f6, Confirmed:#6366f1, Done:#22c55e, Cancelled:#94a3b8) default=Planned
  covers: integer min=0
  sales: money(USD) min=0
  costs: money(USD) min=0
  profit: computed = sales - coalesce(costs, 0)
view schedule calendar stop "Schedule" fields=location,hours date_field=starts_at
view stops table stop fields=starts_at,location,covers,sales,profit sort=-starts_at
view log form stop "Log a stop" fields=location,starts_at,hours,weather,covers,sales,costs
view locations table location fields=name,kind,permit_expires,pitch_fee
dashboard takings "Takings"
  stat "Profit" sum stop.profit
  bar "Sales by location" sum stop.sales by location
  pie "Weather" count stop by weather
  line "Sales per week" sum stop.sales by starts_at per week
nav schedule, stops, log, locations, takings
home schedule
