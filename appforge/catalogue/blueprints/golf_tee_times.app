app golf-tee-times "Golf Tee Time Booking"
  description "A golf course takes tee time bookings from members and visitors, with green fees, carts, players per group and check-in at the pro shop. Also: tee sheet, golf club booking, course reservations."
  access public
  theme primary=#166534 background=#f0fdf4 accent=#ca8a04 icon="⛳"
role pro_shop "Pro shop"
owner_role pro_shop
entity tee_time "Tee time"
  lead_golfer: text required
  email: email required
  phone: phone
  tee_off: datetime required
  course: choice(Championship 18, Short 9)
  holes: choice(9, 18) default=18
  players: integer min=1 max=4 required
  member: boolean default=false
  carts: integer min=0 max=2 default=0
  green_fee: money(USD) min=0
  status: choice(Booked:#3b82f6, Checked in:#22c55e, No-show:#ef4444, Cancelled:#94a3b8) default=Booked
  handicap: decimal min=-10 max=54
view book form tee_time "Book a tee time" fields=lead_golfer,email,phone,tee_off,course,holes,players,carts,member
view tee_sheet calendar tee_time "Tee sheet" fields=lead_golfer,players,course date_field=tee_off
view check_in kanban tee_time "Check-in" fields=lead_golfer,tee_off,players group_by=status
view bookings table tee_time "Bookings" fields=tee_off,lead_golfer,players,holes,green_fee,status sort=tee_off
dashboard course_stats "Course"
  stat "Rounds" sum tee_time.players
  stat "Green fees" sum tee_time.green_fee
  line "Rounds per week" sum tee_time.players by tee_off per week
permission tee_time read pro_shop
permission tee_time update pro_shop
permission tee_time delete pro_shop
nav book, tee_sheet, check_in, bookings, course_stats
home book
