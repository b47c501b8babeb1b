app dry-cleaning "Dry Cleaner Tickets"
  description "A dry cleaner and laundry tags customer items, tracks them through cleaning and pressing, and notifies when ready. Also: laundromat orders, laundry service, garment care tickets."
  access signin
  theme primary=#0369a1 background=#f0f9ff accent=#84cc16 icon="👔"
entity customer
  display name
  name: text required
  phone: phone required
  account: boolean default=false
entity ticket
  tag_number: text required unique
  customer: reference(customer) required
  items: integer min=1 default=1
  service: choice(Dry clean:#3b82f6, Wash & fold:#22c55e, Press only:#f59e0b, Stain treatment:#ef4444, Leather:#92400e)
  dropped_at: datetime required
  ready_on: date
  price: money(USD) min=0
  status: choice(Dropped off:#94a3b8, Cleaning:#3b82f6, Ready:#22c55e, Picked up:#64748b) default="Dropped off"
  paid: boolean default=false
  stain_notes: text
view rack kanban ticket "Rack" fields=tag_number,customer,items group_by=status
view drop_off form ticket "Drop off" fields=tag_number,customer,items,service,dropped_at,ready_on,price,stain_notes
view ready calendar ticket "Ready dates" fields=tag_number,customer date_field=ready_on
view customers table customer fields=name,phone,account
dashboard counter "Counter"
  stat "Unpaid" sum ticket.price where paid=false
  pie "Services" count ticket by service
  line "Drop-offs per day" count ticket by dropped_at per day
nav rack, drop_off, ready, customers, counter
home rack
