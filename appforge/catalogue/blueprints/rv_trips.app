app rv-trips "RV & Campervan Trips"
  description "Log RV and campervan trips: campgrounds, hookups, nights, costs, tank levels and a maintenance checklist for the rig. Also: motorhome travel log, campground tracker, van life journal."
  access signin
  theme primary=#a16207 background=#fffbf3 accent=#0f766e icon="🚐"

entity campground
  icon "🏕️"
  display name
  name: text required
  location: text
  hookups: choice(Full:#22c55e, Electric and water:#3b82f6, Electric only:#facc15, Dry camping:#a16207)
  nightly_rate: money(USD) min=0
  rating: rating
  website: url
  photo: image

entity stay
  icon "🚐"
  order -arrived_on
  campground: reference(campground) required
  arrived_on: date required
  departed_on: date
  nights: computed = days_between(arrived_on, departed_on)
  site_number: text
  total_cost: money(USD) min=0
  miles_driven: integer min=0
  status: choice(Wish:#94a3b8, Reserved:#3b82f6, Stayed:#22c55e, Cancelled:#ef4444) default=Reserved
  confirmation: text
  notes: long_text

view stays table stay fields=arrived_on,campground,nights,site_number,total_cost,status sort=-arrived_on
view trip_calendar calendar stay "Trip calendar" fields=campground,status date_field=arrived_on
view reservations kanban stay "Reservations" fields=campground,arrived_on group_by=status
view campgrounds cards campground "Campgrounds" fields=location,hookups,nightly_rate,rating image_field=photo
dashboard road_life "Road life"
  stat "Nights camped" sum stay.nights where status=Stayed
  stat "Miles driven" sum stay.miles_driven
  bar "Spend per campground" sum stay.total_cost by campground

nav stays, trip_calendar, reservations, campgrounds, road_life
home trip_calendar
