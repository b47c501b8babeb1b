app cycling-rides "Bike Ride Journal"
  description "Record bike rides with distance, climbing, average speed and which bike, and keep track of bike parts and servicing. Also: cycling log, ride tracker, bike mileage log."
  access signin
  theme primary=#0369a1 background=#f5faff accent=#facc15 icon="🚴"

entity bike
  icon "🚲"
  display name
  name: text required unique
  type: choice(Road:#ef4444, Gravel:#a16207, Mountain:#15803d, Commuter:#64748b, E-bike:#0ea5e9, Track:#8b5cf6)
  make_model: text label="Make and model"
  last_service: date
  photo: image

entity ride
  icon "🛣️"
  order -ridden_on
  ridden_on: date required
  title: text
  bike: reference(bike)
  distance_km: decimal required label="Distance (km)" min=0.1 max=1000
  moving_time_min: decimal label="Moving time (min)" min=1
  avg_speed_kmh: computed label="Avg speed (km/h)" = round(distance_km / (moving_time_min / 60), 1)
  elevation_m: integer label="Climbing (m)" min=0
  ride_type: choice(Solo:#0ea5e9, Group:#22c55e, Commute:#64748b, Race:#ef4444, Sportive:#a855f7, Turbo:#f59e0b)
  weather: choice(Sunny, Cloudy, Windy, Rain, Cold)
  strava_link: url
  feel: rating

view rides table ride fields=ridden_on,title,bike,distance_km,moving_time_min,avg_speed_kmh,elevation_m,ride_type sort=-ridden_on
view add_ride form ride "Add a ride" fields=ridden_on,title,bike,distance_km,moving_time_min,elevation_m,ride_type,weather,strava_link,feel
view ride_calendar calendar ride "Ride calendar" fields=title,distance_km date_field=ridden_on
view garage cards bike "Garage" fields=type,make_model,last_service image_field=photo
dashboard totals "Totals"
  stat "Km ridden" sum ride.distance_km
  stat "Metres climbed" sum ride.elevation_m
  line "Km per month" sum ride.distance_km by ridden_on per month
  bar "Km per bike" sum ride.distance_km by bike

nav totals, rides, add_ride, ride_calendar, garage
home totals
