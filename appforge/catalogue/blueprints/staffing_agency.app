app staffing-agency "Staffing Agency Placements"
  description "A temp staffing agency matches workers to client shifts and placements, tracks certifications, hours and margins. Also: temp agency, recruitment agency placements, contingent workforce."
  access signin
  theme primary=#0369a1 background=#f0f9ff accent=#f97316 icon="👷"
role consultant "Consultant"
owner_role consultant
entity worker
  display name
  name: text required
  phone: phone required
  skills: tags(Forklift, Warehouse, Hospitality, Admin, Care, Security, Cleaning)
  pay_rate: money(USD) min=0
  right_to_work_checked: boolean default=false
  available: boolean default=true
entity client_company "Client"
  display name
  name: text required
  contact_email: email
  bill_rate: money(USD) min=0
entity placement
  worker: reference(worker) required
  client: reference(client_company) required
  starts_at: datetime required
  hours: decimal min=1 max=16
  pay_rate: money(USD) min=0
  bill_rate: money(USD) min=0
  margin: computed = (bill_rate - pay_rate) * hours
  status: choice(Offered:#94a3b8, Confirmed:#3b82f6, Worked:#22c55e, No-show:#ef4444) default=Offered
view shifts calendar placement "Shifts" fields=worker,client date_field=starts_at
view board kanban placement "Placements" fields=worker,client,hours group_by=status
view workers table worker fields=name,phone,skills,pay_rate,available
view clients table client_company "Clients" fields=name,contact_email,bill_rate
dashboard agency "Agency"
  stat "Gross margin" sum placement.margin where status=Worked
  bar "Hours by client" sum placement.hours by client
  line "Placements per week" count placement by starts_at per week
nav shifts, board, workers, clients, agency
home board
