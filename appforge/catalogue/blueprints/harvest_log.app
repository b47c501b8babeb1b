app harvest-log "Harvest Weigh-in Log"
  description "Weigh and record every harvest from the garden or allotment, by crop and bed, to see yields over the season. Also: garden yield tracker, produce log, crop weight diary."
  access signin
  theme primary=#c2410c background=#fffbf5 accent=#65a30d icon="🧺"

entity crop
  icon "🍅"
  display name
  name: text required unique
  category: choice(Fruit:#dc2626, Vegetable:#16a34a, Herb:#0d9488, Flower:#db2777)
  shop_price_per_kg: money(GBP) label="Shop price per kg" min=0

entity harvest
  icon "⚖️"
  order -picked_on
  crop: reference(crop) required
  picked_on: date required
  weight_kg: decimal required label="Weight (kg)" min=0 max=500
  count: integer label="Items picked" min=0
  bed: text label="Bed or plot"
  quality: rating
  destination: choice(Eaten fresh:#22c55e, Stored:#a16207, Preserved:#a855f7, Given away:#3b82f6, Composted:#64748b)
  photo: image
  notes: text

view harvests table harvest fields=picked_on,crop,weight_kg,count,bed,quality,destination sort=-picked_on
view weigh_in form harvest "Weigh in" fields=crop,picked_on,weight_kg,count,bed,quality,destination
view harvest_calendar calendar harvest "Harvest calendar" fields=crop,weight_kg date_field=picked_on
view crops table crop fields=name,category,shop_price_per_kg
dashboard yields "Yields"
  stat "Total harvested (kg)" sum harvest.weight_kg
  bar "Kg per crop" sum harvest.weight_kg by crop
  line "Kg per week" sum harvest.weight_kg by picked_on per week
  pie "Where it went" count harvest by destination

nav yields, harvests, weigh_in, harvest_calendar, crops
home yields
