app coworking-space "Coworking Space Members"
  description "A coworking space manages members, desk and office plans, meeting room bookings and monthly invoices. Also: shared office, hot desk booking, workspace management."
  access signin
  theme primary=#4f46e5 background=#f5f3ff accent=#10b981 icon="🏢"
role community_manager "Community manager"
role member "Member"
default_role member
owner_role community_manager
entity member_profile "Member"
  display name
  name: text required
  company: text
  email: email required unique
  plan: choice(Hot desk:#22c55e, Dedicated desk:#3b82f6, Private office:#8b5cf6, Virtual office:#94a3b8)
  monthly_fee: money(USD) min=0
  started_on: date
  linkedin: url
entity meeting_room "Meeting room"
  display name
  name: text required unique
  seats: integer min=1 max=40
  has_screen: boolean default=true
  photo: image
entity room_booking "Room booking"
  room: reference(meeting_room) required
  starts_at: datetime required
  hours: decimal min=0.5 max=8 default=1
  purpose: text
view rooms calendar room_booking "Room calendar" fields=room,purpose date_field=starts_at
view book form room_booking "Book a room" fields=room,starts_at,hours,purpose
view members table member_profile "Members" fields=name,company,plan,monthly_fee,started_on
view room_list cards meeting_room "Rooms" fields=seats,has_screen image_field=photo
dashboard space "Space"
  stat "Monthly revenue" sum member_profile.monthly_fee
  pie "Plans" count member_profile by plan
  bar "Hours booked by room" sum room_booking.hours by room
permission member_profile read community_manager
permission member_profile create community_manager
permission room_booking update community_manager,member own
permission room_booking delete community_manager,member own
nav rooms, book, members, room_list, space
home rooms
