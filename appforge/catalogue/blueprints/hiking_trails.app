app hiking-trails "Trail & Hike Log"
  description "A wishlist and log of hiking trails and walks: distance, ascent, difficulty, photos and when you hiked them. Also: hiking journal, walking routes, trail checklist, hillwalking log."
  access signin
  theme primary=#365314 background=#f9faf5 accent=#c2410c icon="🥾"

entity trail
  icon "⛰️"
  display name
  order name
  name: text required
  region: text
  distance_km: decimal label="Distance (km)" min=0
  ascent_m: integer label="Ascent (m)" min=0
  difficulty: choice(Easy:#22c55e, Moderate:#f59e0b, Hard:#ef4444, Scramble:#7f1d1d) required
  route_type: choice(Loop, Out and back, Point to point)
  dog_friendly: boolean default=false
  map_link: url
  photo: image
  status: choice(Wishlist:#94a3b8, Planned:#3b82f6, Done:#22c55e) default=Wishlist

entity hike
  icon "🥾"
  order -hiked_on
  trail: reference(trail) required
  hiked_on: date required
  hours: decimal min=0 max=48
  companions: text
  weather: choice(Sunny:#facc15, Cloudy:#94a3b8, Rain:#3b82f6, Snow:#e0f2fe, Fog:#cbd5e1)
  rating: rating
  photos: image
  notes: long_text

view trails cards trail "Trails" fields=region,distance_km,ascent_m,difficulty image_field=photo
view bucket_list kanban trail "Bucket list" fields=name,region,difficulty group_by=status
view hikes table hike fields=hiked_on,trail,hours,weather,rating sort=-hiked_on
view hike_calendar calendar hike "Hike calendar" fields=trail date_field=hiked_on
view log_hike form hike "Log a hike" fields=trail,hiked_on,hours,companions,weather,rating,photos,notes
dashboard summary "Summary"
  stat "Hikes done" count hike
  pie "Trails by difficulty" count trail by difficulty
  line "Hikes per month" count hike by hiked_on per month

nav trails, bucket_list, hikes, hike_calendar, log_hike, summary
home trails
