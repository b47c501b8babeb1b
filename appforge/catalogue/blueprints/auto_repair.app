app auto-repair "Auto Repair Shop"
  description "A car garage books vehicles in, writes repair orders with labour and parts, and tracks jobs through the bays. Also: mechanic shop, garage workshop, vehicle service centre."
  access signin
  theme primary=#b91c1c background=#fafafa accent=#1e293b icon="🚘"
role service_advisor "Service advisor"
role mechanic "Mechanic"
default_role mechanic
owner_role service_advisor
entity vehicle
  display plate
  plate: text required unique
  vin: text unique pattern="[A-HJ-NPR-Z0-9]{17}"
  make: text required
  model: text
  year: integer min=1950 max=2100
  mileage: integer min=0
  owner_name: text required
  owner_phone: phone
entity repair_order "Repair order"
  vehicle: reference(vehicle) required
  complaint: text required
  mechanic: user
  booked_in: datetime required
  bay: choice(Bay 1, Bay 2, Bay 3, MOT bay)
  labour_hours: decimal min=0
  labour_rate: money(USD) min=0 default=120
  parts: money(USD) min=0
  total: computed = labour_hours * labour_rate + coalesce(parts, 0)
  status: choice(Booked:#94a3b8, Diagnosing:#f59e0b, Awaiting parts:#ef4444, In repair:#3b82f6, Ready:#22c55e, Collected:#64748b) default=Booked
view workshop kanban repair_order "Workshop" fields=vehicle,complaint,mechanic,bay group_by=status
view bookings calendar repair_order "Bookings" fields=vehicle,complaint date_field=booked_in
view book_in form repair_order "Book in" fields=vehicle,complaint,booked_in,bay
view vehicles table vehicle fields=plate,make,model,year,mileage,owner_name
dashboard shop "Shop"
  stat "Invoiced" sum repair_order.total where status=Collected
  bar "Hours by mechanic" sum repair_order.labour_hours by mechanic
  line "Jobs per week" count repair_order by booked_in per week
permission repair_order delete service_advisor
nav workshop, bookings, book_in, vehicles, shop
home workshop
