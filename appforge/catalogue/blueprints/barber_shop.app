app barber-shop "Barber Shop Queue & Bookings"
  description "A barber shop takes walk-ins and booked chairs, tracks each barber's cuts and tips. Also: barbershop booking, walk-in queue, men's grooming scheduler."
  access public
  theme primary=#1f2937 background=#f9fafb accent=#dc2626 icon="💈"
role owner "Shop owner"
role barber "Barber"
default_role barber
owner_role owner
entity barber
  icon "🧔"
  display name
  name: text required unique
  chair: integer min=1 max=20
  specialties: tags(Fade, Beard, Hot towel shave, Kids, Line-up, Long hair)
  photo: image
  on_shift: boolean default=true
entity visit
  icon "💺"
  order -arrived_at
  customer_name: text required
  phone: phone
  barber: reference(barber)
  arrived_at: datetime required
  kind: choice(Walk-in:#f59e0b, Booked:#3b82f6) default=Walk-in
  cut: choice(Haircut, Skin fade, Beard trim, Cut & beard, Shave, Kids cut) required
  status: choice(Waiting:#f59e0b, In chair:#3b82f6, Done:#22c55e, Left:#94a3b8) default=Waiting
  price: money(USD) min=0
  tip: money(USD) min=0
  total: computed = price + coalesce(tip, 0)
view queue kanban visit "Queue" fields=customer_name,cut,barber group_by=status
view check_in form visit "Check in" fields=customer_name,phone,cut,barber,arrived_at
view bookings calendar visit "Bookings" fields=customer_name,barber date_field=arrived_at where kind=Booked
view barbers cards barber "Barbers" fields=chair,specialties,on_shift image_field=photo
view visits table visit fields=arrived_at,customer_name,barber,cut,status,total sort=-arrived_at
dashboard shop "Shop"
  stat "Cuts today" count visit where arrived_at=today
  bar "Takings by barber" sum visit.total by barber
  pie "Cuts" count visit by cut
  line "Visits per week" count visit by arrived_at per week
permission visit read owner,barber
permission visit update owner,barber
permission visit delete owner
permission barber create owner
permission barber update owner
nav queue, check_in, bookings, barbers, visits, shop
home queue
