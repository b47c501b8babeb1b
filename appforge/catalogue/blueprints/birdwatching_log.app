app birdwatching-log "Birding Sightings List"
  description "Record bird sightings: species, count, place, behaviour and photos, and build a life list. Also: birdwatching diary, bird sighting log, life list, twitcher's notebook."
  access signin
  theme primary=#15803d background=#f7fbf7 accent=#0284c7 icon="🐦"

entity species
  icon "🦜"
  plural "Species"
  display common_name
  order common_name
  common_name: text required unique
  scientific_name: text
  family: text
  conservation: choice(Least concern:#22c55e, Near threatened:#84cc16, Vulnerable:#f59e0b, Endangered:#ef4444, Critically endangered:#7f1d1d)

entity site
  icon "📍"
  display name
  name: text required unique
  habitat: choice(Woodland:#15803d, Wetland:#0ea5e9, Coast:#1d4ed8, Farmland:#ca8a04, Garden:#84cc16, Moorland:#a855f7, Urban:#64748b)
  map_link: url

entity sighting
  icon "👀"
  order -seen_at
  species: reference(species) required
  site: reference(site)
  seen_at: datetime required
  count: integer min=1 default=1
  behaviour: choice(Feeding, Flying, Singing, Nesting, Perched, Displaying)
  confirmed_by: choice(Seen, Heard, Both) default=Seen
  photo: image
  notes: text

view sightings table sighting fields=seen_at,species,site,count,behaviour,confirmed_by sort=-seen_at
view log form sighting "Log a sighting" fields=species,site,seen_at,count,behaviour,confirmed_by,photo,notes
view gallery cards sighting "Photos" fields=species,site,seen_at image_field=photo
view life_list table species "Life list" fields=common_name,scientific_name,family,conservation sort=common_name
view outings calendar sighting "Outings" fields=species,count date_field=seen_at
dashboard birding "Birding"
  stat "Species on the list" count species
  bar "Sightings per site" count sighting by site
  line "Sightings per month" count sighting by seen_at per month

nav log, sightings, gallery, life_list, outings, birding
home sightings
