app hotel-rooms "Hotel Front Desk"
  description "A small hotel manages rooms, reservations, check-in and check-out and housekeeping status. Also: hotel PMS, property management system, room booking."
  access signin
  theme primary=#1e3a8a background=#f8fafc accent=#d4a017 icon="🏨"
role manager "Manager"
role reception "Reception"
role housekeeping "Housekeeping"
default_role reception
owner_role manager
entity room
  display number
  number: text required unique
  room_type: choice(Single, Double, Twin, Suite, Family)
  floor: integer min=0 max=50
  rate: money(EUR) min=0
  housekeeping: choice(Clean:#22c55e, Dirty:#ef4444, Inspected:#3b82f6, Out of order:#64748b) default=Clean
  photo: image
entity reservation
  guest_name: text required
  email: email
  room: reference(room) required
  arrival: date required
  departure: date required
  nights: computed = days_between(arrival, departure)
  adults: integer min=1 max=8 default=2
  status: choice(Booked:#3b82f6, Checked in:#22c55e, Checked out:#94a3b8, Cancelled:#ef4444) default=Booked
  source: choice(Direct, Booking.com, Expedia, Phone, Walk-in)
view arrivals calendar reservation "Arrivals" fields=guest_name,room date_field=arrival
view desk kanban reservation "Front desk" fields=guest_name,room,departure group_by=status
view rooms kanban room "Housekeeping" fields=number,room_type,floor group_by=housekeeping
view new_res form reservation "New reservation" fields=guest_name,email,room,arrival,departure,adults,source
dashboard occupancy "Occupancy"
  stat "In house" count reservation where status="Checked in"
  pie "Booking sources" count reservation by source
  line "Room nights" sum reservation.nights by arrival per month
permission reservation read manager,reception
permission room update manager,housekeeping,reception
nav desk, arrivals, rooms, new_res, occupancy
home desk
