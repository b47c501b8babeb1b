app fishing-log "Angler's Catch Log"
  description "Log fishing trips and catches: species, weight, length, bait, venue and conditions, with photos of the fish. Also: fishing diary, catch record, angling journal, carp log."
  access signin
  theme primary=#1e3a8a background=#f5f8ff accent=#65a30d icon="🎣"

entity venue
  icon "🏞️"
  display name
  name: text required unique
  water: choice(River:#0ea5e9, Lake:#2563eb, Canal:#64748b, Sea:#1e3a8a, Reservoir:#0891b2)
  permit_needed: boolean default=false
  day_ticket: money(GBP) min=0

entity catch
  icon "🐟"
  plural "Catches"
  order -caught_at
  species: choice(Carp:#ca8a04, Pike:#15803d, Perch:#84cc16, Trout:#f97316, Bream:#a16207, Bass:#64748b, Mackerel:#0ea5e9, Other) required
  caught_at: datetime required
  venue: reference(venue)
  weight_kg: decimal label="Weight (kg)" min=0 max=100
  length_cm: decimal label="Length (cm)" min=0 max=300
  bait: text
  method: choice(Float, Ledger, Fly, Lure, Feeder)
  weather: choice(Sunny, Overcast, Rain, Windy, Frost)
  released: boolean default=true
  photo: image

view catches table catch fields=caught_at,species,venue,weight_kg,length_cm,bait,method,released sort=-caught_at
view log form catch "Log a catch" fields=species,caught_at,venue,weight_kg,length_cm,bait,method,weather,released,photo
view trophy cards catch "Trophy wall" fields=species,weight_kg,venue image_field=photo
view trips calendar catch "Trips" fields=species,weight_kg date_field=caught_at
view venues table venue fields=name,water,permit_needed,day_ticket
dashboard tally "Tally"
  stat "Fish caught" count catch
  stat "Heaviest (kg)" max catch.weight_kg
  pie "Species" count catch by species
  bar "Catches per venue" count catch by venue

nav log, catches, trophy, trips, venues, tally
home catches
