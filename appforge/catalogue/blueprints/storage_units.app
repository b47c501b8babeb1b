app storage-units "Self Storage Units"
  description "A self storage facility rents units by size, tracks tenants, gate codes, monthly rent and overdue accounts. Also: storage lockers, mini storage, warehouse unit rental."
  access signin
  theme primary=#ea580c background=#fff7ed accent=#0f172a icon="🗄️"
entity unit
  display number
  number: text required unique
  size: choice(5x5, 5x10, 10x10, 10x15, 10x20, 10x30) required
  climate_controlled: boolean default=false
  monthly_rent: money(USD) min=0
  status: choice(Vacant:#22c55e, Occupied:#3b82f6, Overlocked:#ef4444, Reserved:#f59e0b) default=Vacant
entity tenant
  display name
  name: text required
  phone: phone
  email: email
  unit: reference(unit) required
  move_in: date required
  gate_code: text
  paid_through: date
  days_overdue: computed = days_between(paid_through, today())
  insurance: boolean default=false
  lease: file
view units kanban unit "Units" fields=number,size,monthly_rent group_by=status
view tenants table tenant fields=name,unit,move_in,paid_through,days_overdue sort=paid_through
view move_in form tenant "Move in" fields=name,phone,email,unit,move_in,gate_code,lease
view renewals calendar tenant "Paid through" fields=name,unit date_field=paid_through
dashboard facility "Facility"
  stat "Occupied" count unit where status=Occupied
  pie "Unit status" count unit by status
  bar "Rent by size" sum unit.monthly_rent by size
nav units, tenants, move_in, renewals, facility
home units
