app restaurant-reservations "Restaurant Table Reservations"
  description "A restaurant takes table reservations online, seats parties, records special requests and no-shows. Also: table booking, dinner reservations, OpenTable alternative."
  access public
  theme primary=#7f1d1d background=#fffbeb accent=#ca8a04 icon="🍽️"
role host "Host"
owner_role host
entity dining_table "Table"
  display label
  label: text required unique
  seats: integer min=1 max=20 required
  area: choice(Main room, Terrace, Bar, Private room)
entity reservation
  guest_name: text required
  phone: phone required
  email: email
  party_size: integer min=1 max=20 required
  at: datetime required
  dining_table: reference(dining_table)
  occasion: choice(Birthday, Anniversary, Business, None) default=None
  requests: text
  status: choice(Requested:#94a3b8, Confirmed:#3b82f6, Seated:#f59e0b, Completed:#22c55e, No-show:#ef4444) default=Requested
view book form reservation "Book a table" fields=guest_name,phone,email,party_size,at,occasion,requests
view bookings calendar reservation "Bookings" fields=guest_name,party_size date_field=at
view floor kanban reservation "Tonight" fields=guest_name,party_size,dining_table group_by=status
view tables table dining_table fields=label,seats,area
dashboard covers "Covers"
  stat "Covers booked" sum reservation.party_size
  stat "No-shows" count reservation where status=No-show
  line "Covers per week" sum reservation.party_size by at per week
permission reservation read host
permission reservation update host
permission reservation delete host
permission dining_table create host
nav book, bookings, floor, tables, covers
home book
