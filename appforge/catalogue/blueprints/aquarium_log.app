app aquarium-log "Aquarium Water Log"
  description "Keep fish tanks healthy: water test results (pH, ammonia, nitrite, nitrate), water changes and the fish and plants in each tank. Also: fish tank tracker, aquarium maintenance, reef tank log."
  access signin
  theme primary=#0369a1 background=#f0f9ff accent=#f97316 icon="🐠"

entity tank
  icon "🐟"
  display name
  name: text required unique
  volume_l: integer label="Volume (litres)" min=1
  water: choice(Freshwater:#0ea5e9, Brackish:#14b8a6, Marine:#1d4ed8, Reef:#f43f5e) required
  set_up_on: date
  photo: image

entity inhabitant
  icon "🐡"
  display species
  tank: reference(tank) required
  species: text required
  kind: choice(Fish:#f97316, Invertebrate:#ef4444, Coral:#ec4899, Plant:#22c55e)
  count: integer min=1 default=1
  added_on: date

entity water_test "Water test"
  icon "🧪"
  order -tested_on
  tank: reference(tank) required
  tested_on: date required
  ph: decimal label="pH" min=0 max=14
  ammonia_ppm: decimal label="Ammonia (ppm)" min=0
  nitrite_ppm: decimal label="Nitrite (ppm)" min=0
  nitrate_ppm: decimal label="Nitrate (ppm)" min=0
  temp_c: decimal label="Temp °C" min=0 max=40
  water_change_pct: integer label="Water change %" min=0 max=100
  notes: text

view tanks cards tank "Tanks" fields=water,volume_l image_field=photo
view tests table water_test "Water tests" fields=tested_on,tank,ph,ammonia_ppm,nitrite_ppm,nitrate_ppm,temp_c,water_change_pct sort=-tested_on
view test form water_test "Log a test" fields=tank,tested_on,ph,ammonia_ppm,nitrite_ppm,nitrate_ppm,temp_c,water_change_pct,notes
view stock table inhabitant "Livestock" fields=species,tank,kind,count,added_on
view maintenance calendar water_test "Maintenance calendar" fields=tank,water_change_pct date_field=tested_on
dashboard water "Water quality"
  line "Nitrate over time" avg water_test.nitrate_ppm by tested_on per week
  stat "Average pH" avg water_test.ph
  bar "Livestock per tank" sum inhabitant.count by tank

nav tanks, test, tests, maintenance, stock, water
home tanks
