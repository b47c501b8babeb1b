app courier-dispatch "Courier Dispatch Board"
  description "A same-day courier company takes pickup requests, dispatches riders and drivers, and records proof of delivery. Also: bike courier, last-mile delivery dispatch, parcel runner."
  access signin
  theme primary=#f97316 background=#fff7ed accent=#0f172a icon="🛵"
role dispatcher "Dispatcher"
role courier "Courier"
default_role courier
owner_role dispatcher
entity consignment "Job"
  sender: text required
  pickup_address: text required
  dropoff_address: text required
  recipient: text required
  recipient_phone: phone
  service: choice(Within 1 hour:#ef4444, Same day:#f59e0b, Next day:#22c55e)
  vehicle: choice(Bike, Motorbike, Van)
  courier: user
  ready_at: datetime required
  status: choice(New:#94a3b8, Assigned:#3b82f6, Picked up:#a855f7, Delivered:#22c55e, Failed:#ef4444) default=New
  price: money(GBP) min=0
  proof_photo: image
  signed_by: text
view board kanban consignment "Dispatch" fields=sender,dropoff_address,courier,service group_by=status
view my_jobs table consignment "My jobs" fields=ready_at,pickup_address,dropoff_address,status where courier=me
view book form consignment "Book a courier" fields=sender,pickup_address,dropoff_address,recipient,recipient_phone,service,ready_at
view timeline calendar consignment "Timeline" fields=sender,service date_field=ready_at
dashboard ops "Operations"
  stat "Delivered" count consignment where status=Delivered
  bar "Jobs by courier" count consignment by courier
  pie "Services" count consignment by service
permission consignment update dispatcher,courier
nav board, my_jobs, book, timeline, ops
home board
