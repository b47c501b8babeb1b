app appliance-repair "Appliance Repair Call-outs"
  description "An appliance repair technician books home visits for washers, fridges, ovens and dishwashers, records fault codes, parts and warranty work. Also: white goods repair, domestic appliance service."
  access signin
  theme primary=#475569 background=#f8fafc accent=#0ea5e9 icon="🧺"
role office "Office"
role engineer "Engineer"
default_role engineer
owner_role office
entity callout "Call-out"
  customer: text required
  address: text required
  phone: phone required
  appliance: choice(Washing machine:#3b82f6, Dryer:#f59e0b, Fridge freezer:#06b6d4, Oven:#ef4444, Dishwasher:#22c55e, Microwave:#a855f7) required
  brand: text
  fault_code: text
  under_warranty: boolean default=false
  visit_at: datetime required
  engineer: user
  part_ordered: text
  charge: money(GBP) min=0
  outcome: choice(Booked:#94a3b8, Fixed:#22c55e, Part needed:#f59e0b, Beyond repair:#ef4444) default=Booked
view visits calendar callout "Visits" fields=customer,appliance date_field=visit_at
view outcomes kanban callout "Outcomes" fields=customer,appliance,engineer group_by=outcome
view book form callout "Book call-out" fields=customer,address,phone,appliance,brand,fault_code,under_warranty,visit_at
view mine table callout "My visits" fields=visit_at,customer,appliance,outcome where engineer=me
dashboard jobs "Jobs"
  stat "Charged" sum callout.charge
  pie "Appliances" count callout by appliance
  bar "Outcomes" count callout by outcome
permission callout delete office
nav visits, outcomes, book, mine, jobs
home visits
