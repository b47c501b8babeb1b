app hvac-service "HVAC Service Contracts"
  description "A heating and air conditioning company tracks customer equipment, maintenance agreements, service calls and filter changes. Also: AC repair, furnace service, heating and cooling contractor."
  access signin
  theme primary=#0e7490 background=#ecfeff accent=#ea580c icon="❄️"
role dispatcher "Dispatcher"
role technician "Technician"
default_role technician
owner_role dispatcher
entity unit "Equipment"
  display model
  customer_name: text required
  address: text required
  kind: choice(Furnace, Central AC, Heat pump, Boiler, Mini-split)
  model: text required
  serial_number: text unique
  installed_on: date
  agreement: boolean default=false
  next_service: date
entity service_call "Service call"
  unit: reference(unit) required
  technician: user
  scheduled_at: datetime required
  kind: choice(Maintenance:#22c55e, Repair:#ef4444, Install:#3b82f6, Estimate:#f59e0b)
  status: choice(Open:#94a3b8, Dispatched:#3b82f6, Done:#22c55e) default=Open
  refrigerant_lbs: decimal min=0
  charge: money(USD) min=0
  findings: long_text
view calls kanban service_call "Calls" fields=unit,kind,technician group_by=status
view schedule calendar service_call "Schedule" fields=unit,kind date_field=scheduled_at
view due calendar unit "Maintenance due" fields=customer_name,kind date_field=next_service
view units table unit fields=customer_name,kind,model,installed_on,agreement
dashboard service "Service"
  stat "Agreements" count unit where agreement=true
  pie "Call types" count service_call by kind
  bar "Revenue by technician" sum service_call.charge by technician
permission unit delete dispatcher
nav calls, schedule, due, units, service
home calls
