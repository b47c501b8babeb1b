app road-trip-planner "Road Trip Route Planner"
  description "Plan a road trip as a list of stops: driving legs, distances, overnight stays, fuel and sights along the way. Also: driving route planner, road trip itinerary, campervan route."
  access signin
  theme primary=#c2410c background=#fffaf5 accent=#0369a1 icon="🚗"

entity stop
  icon "📍"
  display place
  order arrive_on
  leg_number: integer required label="Leg #" min=1
  place: text required
  arrive_on: date required
  nights: integer min=0 default=1
  drive_km: decimal label="Drive in (km)" min=0
  drive_hours: decimal min=0
  stay: choice(Hotel:#8b5cf6, Campsite:#16a34a, Airbnb:#f43f5e, Friends:#f59e0b, Car:#64748b, None)
  stay_cost: money(USD) min=0
  booked: boolean default=false
  map_link: url
  sights: long_text
  photo: image

entity expense
  icon "⛽"
  order -spent_on
  stop: reference(stop)
  spent_on: date required
  category: choice(Fuel:#f97316, Tolls:#64748b, Food:#22c55e, Lodging:#8b5cf6, Activities:#ec4899, Parking:#0ea5e9) required
  amount: money(USD) required min=0
  note: text

view route table stop "Route" fields=leg_number,place,arrive_on,nights,drive_km,drive_hours,stay,booked sort=leg_number
view trip_calendar calendar stop "Calendar" fields=place,stay date_field=arrive_on
view postcards cards stop "Postcards" fields=arrive_on,sights image_field=photo
view expenses table expense fields=spent_on,stop,category,amount,note sort=-spent_on
view add_expense form expense "Add an expense" fields=stop,spent_on,category,amount,note
dashboard road "On the road"
  stat "Total km" sum stop.drive_km
  stat "Spent" sum expense.amount
  pie "Spend by category" sum expense.amount by category

nav route, trip_calendar, postcards, expenses, add_expense, road
home route
