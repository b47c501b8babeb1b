app property-management "Rental Property Manager"
  description "A landlord or letting agent manages properties, units, leases, rent payments and maintenance requests; tenants log requests and see their own. Also: landlord portal, letting agency, tenant management."
  access signin
  theme primary=#1d4ed8 background=#f8fafc accent=#16a34a icon="🏘️"
role landlord "Landlord"
role tenant "Tenant"
default_role tenant
owner_role landlord
entity property
  display address
  address: text required
  units: integer min=1 default=1
  purchase_price: money(USD) min=0
  photo: image
entity lease
  property: reference(property) required
  unit_label: text
  tenant_name: text required
  tenant_email: email
  tenant_user: user
  start_on: date required
  end_on: date required
  monthly_rent: money(USD) min=0 required
  deposit: money(USD) min=0
  agreement: file
entity maintenance_request "Maintenance request"
  property: reference(property) required
  issue: text required
  category: choice(Plumbing, Electrical, Heating, Appliance, Pest, Other)
  urgency: choice(Emergency:#ef4444, Urgent:#f59e0b, Routine:#22c55e) default=Routine
  status: choice(Reported:#94a3b8, Scheduled:#3b82f6, Fixed:#22c55e) default=Reported
  photo: image
view properties cards property "Properties" fields=address,units image_field=photo
view leases table lease fields=property,tenant_name,start_on,end_on,monthly_rent sort=end_on
view renewals calendar lease "Lease ends" fields=tenant_name,property date_field=end_on
view repairs kanban maintenance_request "Repairs" fields=issue,property,urgency group_by=status
view report form maintenance_request "Report a problem" fields=property,issue,category,urgency,photo
dashboard portfolio "Portfolio"
  stat "Monthly rent roll" sum lease.monthly_rent
  pie "Repair categories" count maintenance_request by category
  bar "Rent by property" sum lease.monthly_rent by property
permission property create landlord
permission property read landlord,tenant
permission lease read landlord,tenant own
permission lease create landlord
permission lease update landlord
permission maintenance_request read landlord,tenant own
permission maintenance_request update landlord
nav properties, leases, renewals, repairs, report, portfolio
home repairs
