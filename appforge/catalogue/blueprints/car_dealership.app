app car-dealership "Car Dealership Inventory & Leads"
  description "A used and new car dealership lists stock vehicles with photos and prices, tracks buyer leads, test drives and deals. Also: auto dealer CRM, car lot inventory, vehicle sales."
  access signin
  theme primary=#111827 background=#f9fafb accent=#dc2626 icon="🚙"
role manager "Sales manager"
role salesperson "Salesperson"
default_role salesperson
owner_role manager
entity car
  display title
  title: text required
  vin: text required unique
  year: integer min=1950 max=2100
  mileage: integer min=0
  body: choice(Sedan, SUV, Truck, Hatchback, Coupe, Van, EV)
  price: money(USD) min=0 required
  cost: money(USD) min=0
  margin: computed = price - cost
  status: choice(In prep:#f59e0b, On lot:#22c55e, Reserved:#3b82f6, Sold:#64748b) default="In prep"
  photo: image
entity lead
  name: text required
  phone: phone
  email: email
  car: reference(car)
  salesperson: user
  test_drive_at: datetime
  stage: choice(New:#94a3b8, Contacted:#3b82f6, Test drive:#a855f7, Negotiating:#f59e0b, Won:#22c55e, Lost:#ef4444) default=New
view lot cards car "Lot" fields=year,mileage,price,status image_field=photo
view leads kanban lead "Leads" fields=name,car,salesperson group_by=stage
view test_drives calendar lead "Test drives" fields=name,car date_field=test_drive_at
view stock table car "Stock" fields=title,vin,year,mileage,price,margin,status
dashboard sales "Sales"
  stat "Stock value" sum car.price where status="On lot"
  pie "Body styles" count car by body
  bar "Leads by salesperson" count lead by salesperson
permission car update manager
permission lead update manager,salesperson own
nav lot, leads, test_drives, stock, sales
home lot
