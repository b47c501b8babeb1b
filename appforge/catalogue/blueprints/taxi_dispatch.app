app taxi-dispatch "Taxi Dispatch"
  description "A taxi or minicab firm takes ride bookings, allocates drivers and cars, and logs fares and account customers. Also: cab booking, private hire dispatch, chauffeur service."
  access signin
  theme primary=#facc15 background=#fefce8 accent=#111827 icon="🚕"
role operator "Operator"
role driver "Driver"
default_role driver
owner_role operator
entity ride
  passenger: text required
  phone: phone required
  pickup: text required
  destination: text required
  pickup_at: datetime required
  passengers: integer min=1 max=8 default=1
  car_type: choice(Saloon, Estate, MPV, Executive, Wheelchair accessible)
  driver: user
  account: boolean default=false
  fare: money(GBP) min=0
  status: choice(Booked:#94a3b8, Allocated:#3b82f6, POB:#a855f7, Completed:#22c55e, Cancelled:#ef4444) default=Booked
view board kanban ride "Dispatch" fields=passenger,pickup,pickup_at,driver group_by=status
view bookings calendar ride "Bookings" fields=passenger,pickup date_field=pickup_at
view book form ride "Book a ride" fields=passenger,phone,pickup,destination,pickup_at,passengers,car_type
view my_rides table ride "My rides" fields=pickup_at,pickup,destination,fare where driver=me
dashboard fares "Fares"
  stat "Fares" sum ride.fare where status=Completed
  bar "Fares by driver" sum ride.fare by driver
  line "Rides per day" count ride by pickup_at per day
permission ride update operator,driver
permission ride delete operator
nav board, bookings, book, my_rides, fares
home board
