app phone-repair "Phone Repair Counter"
  description "A phone and tablet repair shop tickets devices for screen, battery and charging port repairs, with passcodes, parts and warranty. Also: mobile repair, cell phone fix shop, smartphone screen replacement."
  access signin
  theme primary=#0f172a background=#f8fafc accent=#22c55e icon="📱"
role manager "Manager"
role technician "Technician"
default_role technician
owner_role manager
entity device_ticket "Ticket"
  customer: text required
  phone: phone required
  brand: choice(Apple, Samsung, Google, Huawei, OnePlus, Other) required
  model: text required
  imei: text
  fault: choice(Screen:#3b82f6, Battery:#f59e0b, Charging port:#a855f7, Water damage:#0ea5e9, Camera:#ec4899, Software:#64748b) required
  passcode: text
  quote: money(USD) min=0
  technician: user
  status: choice(Checked in:#94a3b8, Repairing:#3b82f6, Waiting parts:#ef4444, Ready:#22c55e, Collected:#64748b) default="Checked in"
  warranty_until: date
  checked_in_at: datetime required
view board kanban device_ticket "Repairs" fields=customer,model,fault,technician group_by=status
view check_in form device_ticket "Check in" fields=customer,phone,brand,model,imei,fault,passcode,quote,checked_in_at
view tickets table device_ticket "Tickets" fields=checked_in_at,customer,model,fault,quote,status sort=-checked_in_at
view mine table device_ticket "My repairs" fields=model,fault,status where technician=me
dashboard shop "Shop"
  stat "Quoted" sum device_ticket.quote
  pie "Faults" count device_ticket by fault
  bar "Brands" count device_ticket by brand
permission device_ticket delete manager
nav board, check_in, tickets, mine, shop
home board
