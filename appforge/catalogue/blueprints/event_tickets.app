app event-tickets "Event Ticketing Desk"
  description "Sell and check tickets for small events: events with capacity, ticket types and prices, orders from attendees and door check-in. Also: ticket sales, event registration, box office, guest check-in."
  access public
  theme primary=#7c3aed background=#faf7ff accent=#f59e0b icon="🎟️"
role organiser "Organiser"
role door_staff "Door staff"
owner_role organiser

entity event
  icon "🎪"
  display name
  order starts_at
  name: text required
  starts_at: datetime required
  venue: text required
  capacity: integer min=1
  poster: image
  description: long_text
  on_sale: boolean default=true

entity ticket_type "Ticket type"
  icon "🏷️"
  display name
  event: reference(event) required
  name: text required
  price: money(EUR) required min=0
  quantity: integer min=1

entity ticket_order "Order"
  icon "🧾"
  order -created_at
  event: reference(event) required
  ticket_type: reference(ticket_type) required
  buyer_name: text required
  buyer_email: email required
  quantity: integer required min=1 max=10 default=1
  unit_price: money(EUR) min=0
  total: computed = quantity * unit_price
  status: choice(Reserved:#f59e0b, Paid:#22c55e, Checked in:#3b82f6, Refunded:#ef4444) default=Reserved
  ticket_code: text unique

view events cards event "What's on" fields=starts_at,venue image_field=poster
view buy form ticket_order "Get tickets" fields=event,ticket_type,buyer_name,buyer_email,quantity
view door kanban ticket_order "Door check-in" fields=buyer_name,ticket_type,quantity group_by=status
view orders table ticket_order fields=event,buyer_name,buyer_email,ticket_type,quantity,total,status
view event_calendar calendar event "Calendar" fields=name,venue date_field=starts_at
dashboard box_office "Box office"
  stat "Tickets sold" sum ticket_order.quantity where status!=Refunded
  stat "Revenue" sum ticket_order.total where status!=Refunded
  bar "Tickets per event" sum ticket_order.quantity by event

permission event create organiser
permission event update organiser
permission ticket_type create organiser
permission ticket_order read organiser,door_staff
permission ticket_order update organiser,door_staff

nav events, buy, event_calendar, door, orders, box_office
home events
