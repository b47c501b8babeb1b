app drone-flights "Drone Flight Logbook"
  description "A drone pilot's logbook: aircraft, batteries, each flight's location, duration, max altitude, airspace permissions and incidents, for compliance. Also: UAV flight log, drone pilot log, RPAS logbook."
  access signin
  theme primary=#0f172a background=#f8fafc accent=#06b6d4 icon="🚁"

entity aircraft
  icon "🛸"
  display name
  name: text required
  model: text required
  registration: text unique
  weight_g: integer label="Take-off weight (g)" min=1
  class_mark: choice(C0, C1, C2, C3, C4, Legacy)
  firmware: text
  insurance_expires: date
  photo: image

entity flight
  icon "🛫"
  order -took_off_at
  aircraft: reference(aircraft) required
  took_off_at: datetime required
  location: text required
  purpose: choice(Recreational:#22c55e, Photography:#ec4899, Survey:#3b82f6, Inspection:#f59e0b, Training:#8b5cf6) required
  duration_min: decimal required min=0.5 max=120
  max_altitude_m: integer min=0 max=500
  battery: text
  airspace: choice(Open, Controlled - permission granted, Restricted - permission granted, FRZ)
  weather: text
  incident: boolean default=false
  notes: long_text
  footage: url

view log table flight "Logbook" fields=took_off_at,aircraft,location,purpose,duration_min,max_altitude_m,incident sort=-took_off_at
view new_flight form flight "Log a flight" fields=aircraft,took_off_at,location,purpose,duration_min,max_altitude_m,battery,airspace,weather,incident,notes
view flight_calendar calendar flight "Flights" fields=location,purpose date_field=took_off_at
view fleet cards aircraft "Fleet" fields=model,registration,class_mark image_field=photo
dashboard hours "Flight hours"
  stat "Total minutes" sum flight.duration_min
  stat "Flights" count flight
  bar "Minutes per aircraft" sum flight.duration_min by aircraft
  line "Flights per month" count flight by took_off_at per month

nav log, new_flight, flight_calendar, fleet, hours
home log
