app boat-rentals "Boat Rental Dock"
  description "A boat rental business on a lake or coast rents kayaks, pontoons and motorboats by the hour, with life jacket checks, deposits and fuel. Also: kayak hire, pontoon rental, paddleboard rentals."
  access public
  theme primary=#0891b2 background=#ecfeff accent=#f97316 icon="🚤"
role dock_staff "Dock staff"
owner_role dock_staff
entity boat
  display name
  name: text required unique
  kind: choice(Kayak:#f97316, Paddleboard:#facc15, Canoe:#16a34a, Pontoon:#0891b2, Motorboat:#1e3a8a)
  seats: integer min=1 max=14
  hourly_rate: money(USD) min=0
  needs_licence: boolean default=false
  status: choice(Available:#22c55e, Out:#3b82f6, Maintenance:#ef4444) default=Available
  photo: image
entity rental
  boat: reference(boat) required
  renter: text required
  phone: phone required
  starts_at: datetime required
  hours: decimal min=0.5 max=10 default=1
  hourly_rate: money(USD) min=0
  total: computed = hours * hourly_rate
  life_jackets: integer min=0
  waiver_signed: boolean default=false
  status: choice(Booked:#94a3b8, Out:#3b82f6, Returned:#22c55e, Overdue:#ef4444) default=Booked
view fleet cards boat "Fleet" fields=kind,seats,hourly_rate,status image_field=photo
view book form rental "Reserve a boat" fields=boat,renter,phone,starts_at,hours
view dock kanban rental "Dock" fields=boat,renter,starts_at group_by=status
view bookings calendar rental "Bookings" fields=boat,renter date_field=starts_at
dashboard season "Season"
  stat "Revenue" sum rental.total
  bar "Rentals by boat" count rental by boat
  line "Rentals per day" count rental by starts_at per day
permission rental read dock_staff
permission rental update dock_staff
permission boat create dock_staff
permission boat update dock_staff
nav fleet, book, dock, bookings, season
home fleet
