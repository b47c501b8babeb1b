app houseplant-tracker "Houseplant Care Tracker"
  description "Keep track of houseplants, which room they live in, their light needs and when they were last watered and fed. Also: plant care log, watering reminder, indoor plant journal."
  access signin
  theme primary=#2f855a background=#f7fdf9 accent=#d69e2e icon="🪴"

entity room
  icon "🏠"
  display name
  name: text required unique
  light: choice(Bright direct:#f59e0b, Bright indirect:#facc15, Medium:#84cc16, Low:#64748b)
  humidity: choice(Dry, Average, Humid:#0ea5e9)

entity plant
  icon "🌿"
  display nickname
  order nickname
  nickname: text required max=60
  species: text help="Latin or common name, e.g. Monstera deliciosa."
  room: reference(room)
  photo: image
  acquired_on: date
  watering_interval_days: integer required label="Water every (days)" min=1 max=60 default=7
  last_watered: date
  days_until_water: computed label="Days until watering" = watering_interval_days - days_between(last_watered, today())
  last_fed: date label="Last fertilised"
  health: choice(Thriving:#22c55e, OK:#84cc16, Struggling:#f59e0b, Pest problem:#ef4444) default=OK
  pet_safe: boolean default=false
  notes: long_text

entity care_event "Care event"
  icon "💧"
  order -done_on
  plant: reference(plant) required
  done_on: date required
  action: choice(Watered:#0ea5e9, Fertilised:#84cc16, Repotted:#a16207, Pruned:#a855f7, Pest treatment:#ef4444, Misted:#67e8f9) required
  notes: text

view plants cards plant "My plants" fields=species,room,health,days_until_water image_field=photo
view plant_list table plant "All plants" fields=nickname,species,room,watering_interval_days,last_watered,days_until_water,health sort=nickname
view care_calendar calendar care_event "Care calendar" fields=plant,action date_field=done_on
view log_care form care_event "Log care" fields=plant,done_on,action,notes
view rooms table room fields=name,light,humidity
dashboard overview "Plant overview"
  stat "Plants" count plant
  pie "Health" count plant by health
  bar "Care by type" count care_event by action
  line "Care per week" count care_event by done_on per week

nav overview, plants, plant_list, care_calendar, log_care, rooms
home plants
