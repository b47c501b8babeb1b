app travel-planner "Trip Itinerary Planner"
  description "Plan trips day by day: flights, hotels, activities and bookings with confirmation numbers and costs, and a budget per trip. Also: holiday planner, travel itinerary, vacation organiser."
  access signin
  theme primary=#0e7490 background=#f5fcfd accent=#f97316 icon="✈️"

entity trip
  icon "🧳"
  display name
  order start_date
  name: text required
  destination: text required
  start_date: date required
  end_date: date
  nights: computed = days_between(start_date, end_date)
  days_to_go: computed = days_between(today(), start_date)
  budget: money(EUR) min=0
  travellers: integer min=1 default=2
  cover: image
  status: choice(Dreaming:#94a3b8, Planning:#3b82f6, Booked:#22c55e, Travelling:#f59e0b, Done:#64748b) default=Planning

entity booking
  icon "🎟️"
  order starts_at
  trip: reference(trip) required
  type: choice(Flight:#0ea5e9, Hotel:#8b5cf6, Train:#16a34a, Car hire:#f59e0b, Activity:#ec4899, Restaurant:#ef4444, Tour:#14b8a6) required
  title: text required
  starts_at: datetime required
  ends_at: datetime
  confirmation: text label="Confirmation no."
  cost: money(EUR) min=0
  paid: boolean default=false
  link: url
  ticket: file

view trips cards trip "Trips" fields=destination,start_date,nights,status image_field=cover
view itinerary calendar booking "Itinerary" fields=type,title date_field=starts_at
view bookings table booking fields=trip,type,title,starts_at,confirmation,cost,paid sort=starts_at
view add_booking form booking "Add a booking" fields=trip,type,title,starts_at,ends_at,confirmation,cost,paid,link,ticket
dashboard costs "Trip costs"
  bar "Cost per trip" sum booking.cost by trip
  pie "Spend by type" sum booking.cost by type
  stat "Unpaid" sum booking.cost where paid=false

nav trips, itinerary, bookings, add_booking, costs
home trips
