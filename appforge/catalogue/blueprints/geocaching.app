app geocaching "Geocache Finds Log"
  description "Log geocache finds and hides: GC code, cache type, difficulty and terrain, coordinates, found date and trackables moved. Also: geocaching log, cache finds, treasure hunt GPS log."
  access signin
  theme primary=#15803d background=#f7fcf7 accent=#ca8a04 icon="🧭"

entity cache
  icon "📦"
  display name
  order -found_on
  gc_code: text required unique label="GC code" pattern="GC[0-9A-Z]{1,6}"
  name: text required
  type: choice(Traditional:#16a34a, Multi:#ca8a04, Mystery:#2563eb, Earthcache:#92400e, Letterbox:#7c3aed, Virtual:#0ea5e9, Wherigo:#ec4899) required
  size: choice(Micro, Small, Regular, Large, Other)
  difficulty: decimal min=1 max=5
  terrain: decimal min=1 max=5
  latitude: decimal min=-90 max=90
  longitude: decimal min=-180 max=180
  found_on: date
  log_type: choice(Found it:#22c55e, Did not find:#ef4444, Needs maintenance:#f59e0b, To find:#94a3b8) default="To find"
  favourite: boolean default=false
  photo: image
  log_text: long_text

entity trackable
  icon "🐞"
  display code
  code: text required unique
  name: text
  picked_up_from: reference(cache)
  dropped_in: reference(cache)
  moved_on: date

view finds table cache "Finds" fields=found_on,gc_code,name,type,difficulty,terrain,log_type,favourite sort=-found_on
view to_find kanban cache "Caches" fields=gc_code,name,type group_by=log_type
view log_find form cache "Log a find" fields=gc_code,name,type,size,difficulty,terrain,found_on,log_type,favourite,photo,log_text
view find_calendar calendar cache "Find calendar" fields=gc_code,type date_field=found_on
view trackables table trackable fields=code,name,picked_up_from,dropped_in,moved_on
dashboard stats "Stats"
  stat "Finds" count cache where log_type="Found it"
  pie "Cache types" count cache by type where log_type="Found it"
  line "Finds per month" count cache by found_on per month

nav finds, to_find, log_find, find_calendar, trackables, stats
home finds
