app garden-planner "Vegetable Garden Planner"
  description "Plan what to sow and plant in each garden bed through the season, with sowing and harvest dates. Also: planting calendar, crop rotation planner, raised bed planner."
  access signin
  theme primary=#3f6212 background=#fbfdf4 accent=#ea580c icon="🥕"

entity bed
  icon "🟫"
  display name
  name: text required unique
  length_m: decimal label="Length (m)" min=0
  width_m: decimal label="Width (m)" min=0
  area_m2: computed label="Area (m²)" = round(length_m * width_m, 2)
  sun: choice(Full sun:#f59e0b, Part shade:#a3a3a3, Shade:#475569)
  soil: choice(Loam, Clay, Sandy, Raised bed mix)

entity crop
  icon "🌱"
  display name
  order name
  name: text required unique
  family: choice(Brassicas:#15803d, Legumes:#65a30d, Alliums:#a855f7, Roots:#ea580c, Solanaceae:#dc2626, Cucurbits:#eab308, Leafy greens:#22c55e, Herbs:#0d9488)
  days_to_maturity: integer min=1 max=365
  spacing_cm: integer label="Spacing (cm)" min=1
  sow_indoors: boolean default=false

entity planting
  icon "📅"
  order sow_date
  crop: reference(crop) required
  bed: reference(bed) required
  variety: text
  sow_date: date required
  transplant_date: date
  expected_harvest: date
  status: choice(Planned:#94a3b8, Sown:#3b82f6, Growing:#22c55e, Harvesting:#f59e0b, Done:#64748b, Failed:#ef4444) default=Planned
  quantity: integer label="Plants or rows" min=1
  notes: long_text

view season kanban planting "Season board" fields=crop,bed,sow_date group_by=status
view sowing_calendar calendar planting "Sowing calendar" fields=crop,bed,status date_field=sow_date
view harvest_calendar calendar planting "Harvest calendar" fields=crop,bed date_field=expected_harvest
view plantings table planting fields=crop,variety,bed,sow_date,expected_harvest,status sort=sow_date
view beds table bed fields=name,length_m,width_m,area_m2,sun,soil
view crops table crop fields=name,family,days_to_maturity,spacing_cm,sow_indoors sort=name
dashboard overview "Garden at a glance"
  stat "Plantings this season" count planting
  bar "Plantings per bed" count planting by bed
  pie "Crop families" count crop by family

nav overview, season, sowing_calendar, harvest_calendar, plantings, beds, crops
home season
