app bike-repair-shop "Bike Repair Workshop"
  description "A bicycle shop books bikes in for services and repairs, tracks parts fitted and customer pickups. Also: cycle workshop, bike service tickets, e-bike repair."
  access signin
  theme primary=#16a34a background=#f0fdf4 accent=#facc15 icon="🚲"
entity bike_ticket "Repair ticket"
  customer: text required
  phone: phone required
  bike: text required help="Make, model and colour"
  bike_type: choice(Road, Mountain, Hybrid, E-bike, Kids, Cargo)
  service: choice(Basic tune:#22c55e, Full service:#3b82f6, Puncture:#f59e0b, Brakes:#ef4444, Gears:#a855f7, Wheel build:#64748b) required
  dropped_on: date required
  promised_on: date
  parts_fitted: text
  labour: money(GBP) min=0
  parts: money(GBP) min=0
  total: computed = labour + coalesce(parts, 0)
  status: choice(Booked:#94a3b8, In stand:#3b82f6, Waiting parts:#ef4444, Ready:#22c55e, Collected:#64748b) default=Booked
view stands kanban bike_ticket "Workshop" fields=customer,bike,service,promised_on group_by=status
view due calendar bike_ticket "Promised" fields=customer,service date_field=promised_on
view book form bike_ticket "Book in" fields=customer,phone,bike,bike_type,service,dropped_on,promised_on
view tickets table bike_ticket "Tickets" fields=dropped_on,customer,bike,service,total,status sort=-dropped_on
dashboard workshop "Workshop"
  stat "Takings" sum bike_ticket.total where status=Collected
  pie "Services" count bike_ticket by service
  bar "Bike types" count bike_ticket by bike_type
nav stands, due, book, tickets, workshop
home stands
