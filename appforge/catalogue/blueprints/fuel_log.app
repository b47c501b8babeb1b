app fuel-log "Fuel & Mileage Log"
  description "Record every fill-up: litres, price, odometer and station, and see fuel economy and fuel spend over time. Also: petrol log, gas mileage tracker, MPG calculator, EV charging log."
  access signin
  theme primary=#15803d background=#f7fcf8 accent=#f59e0b icon="⛽"

entity vehicle
  icon "🚘"
  display name
  name: text required unique
  fuel_type: choice(Petrol:#22c55e, Diesel:#111827, Hybrid:#0ea5e9, Electric:#3b82f6, LPG:#f59e0b) required
  tank_litres: decimal min=1

entity fill_up "Fill-up"
  icon "⛽"
  order -filled_on
  vehicle: reference(vehicle) required
  filled_on: date required
  odometer_km: integer required min=0
  km_since_last: decimal label="Km since last fill" min=0
  litres: decimal required min=0.1 max=200
  price_per_litre: money(EUR) required min=0
  total_cost: computed = round(litres * price_per_litre, 2)
  l_per_100km: computed label="L/100 km" = round(litres / km_since_last * 100, 1)
  full_tank: boolean default=true
  station: text
  driving: choice(City, Motorway, Mixed) default=Mixed

view fill_ups table fill_up "Fill-ups" fields=filled_on,vehicle,odometer_km,litres,price_per_litre,total_cost,l_per_100km sort=-filled_on
view fill form fill_up "Add a fill-up" fields=vehicle,filled_on,odometer_km,km_since_last,litres,price_per_litre,full_tank,station,driving
view fill_calendar calendar fill_up "Calendar" fields=vehicle,total_cost date_field=filled_on
view vehicles table vehicle fields=name,fuel_type,tank_litres
dashboard economy "Economy"
  stat "Fuel spend" sum fill_up.total_cost
  stat "Average L/100 km" avg fill_up.l_per_100km
  line "Spend per month" sum fill_up.total_cost by filled_on per month
  bar "Litres per vehicle" sum fill_up.litres by vehicle

nav economy, fill, fill_ups, fill_calendar, vehicles
home fill
