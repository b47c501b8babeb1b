app party-rentals "Party Rentals Bookings"
  description "A party hire business rents bouncy castles, tents, tables, chairs and linens for events, with delivery and collection. Also: event rentals, bounce house hire, marquee hire."
  access public
  theme primary=#db2777 background=#fdf4ff accent=#facc15 icon="🎈"
role owner "Owner"
owner_role owner
entity rental_item "Item"
  display name
  name: text required
  category: choice(Bouncy castle:#ec4899, Tent:#f5f5f4, Tables & chairs:#a16207, Linens:#a855f7, Lighting:#facc15, Games:#22c55e)
  price_per_day: money(USD) min=0
  stock: integer min=0
  photo: image
entity party_booking "Booking"
  customer: text required
  email: email required
  phone: phone
  items: many_to_many(rental_item)
  event_on: date required
  address: text required
  surface: choice(Grass, Concrete, Indoor)
  total: money(USD) min=0
  status: choice(Requested:#94a3b8, Confirmed:#3b82f6, Delivered:#a855f7, Collected:#22c55e) default=Requested
view catalogue cards rental_item "Catalogue" fields=category,price_per_day image_field=photo
view book form party_booking "Book" fields=customer,email,phone,items,event_on,address,surface
view schedule calendar party_booking "Deliveries" fields=customer,address date_field=event_on
view board kanban party_booking "Bookings" fields=customer,event_on group_by=status
dashboard sales "Sales"
  stat "Booked" sum party_booking.total
  line "Events per week" count party_booking by event_on per week
permission party_booking read owner
permission party_booking update owner
permission rental_item create owner
permission rental_item update owner
nav catalogue, book, schedule, board, sales
home catalogue
