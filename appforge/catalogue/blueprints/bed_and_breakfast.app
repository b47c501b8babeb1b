app bed-and-breakfast "B&B Guest Book"
  description "A bed and breakfast takes direct bookings for its few rooms, notes breakfast preferences and arrival times, and collects reviews. Also: guesthouse bookings, inn reservations, B&B manager."
  access public
  theme primary=#9a3412 background=#fffbeb accent=#4d7c0f icon="🛏️"
role host "Host"
owner_role host
entity room
  display name
  name: text required unique
  sleeps: integer min=1 max=6
  nightly_rate: money(GBP) min=0
  en_suite: boolean default=true
  photo: image
  description: long_text
entity stay
  guest_name: text required
  email: email required
  phone: phone
  room: reference(room) required
  arrive_on: date required
  leave_on: date required
  arrival_time: time
  breakfast: tags(Full English, Vegetarian, Vegan, Continental, Gluten-free)
  status: choice(Enquiry:#94a3b8, Confirmed:#3b82f6, Staying:#22c55e, Departed:#64748b) default=Enquiry
  review: rating
view rooms cards room "Our rooms" fields=sleeps,nightly_rate,en_suite image_field=photo
view book form stay "Book your stay" fields=guest_name,email,phone,room,arrive_on,leave_on,arrival_time,breakfast
view calendar calendar stay "Calendar" fields=guest_name,room date_field=arrive_on
view stays table stay fields=arrive_on,guest_name,room,status,review sort=arrive_on
dashboard guests "Guests"
  stat "Average review" avg stay.review
  bar "Stays by room" count stay by room
  line "Arrivals per month" count stay by arrive_on per month
permission stay read host
permission stay update host
permission room create host
permission room update host
nav rooms, book, calendar, stays, guests
home rooms
