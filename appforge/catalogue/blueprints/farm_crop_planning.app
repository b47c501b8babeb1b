app farm-crop-planning "Farm Crop Planner"
  description "A farm plans which crops go in which fields each season, records sowing, spraying and fertiliser applications, and logs yields. Also: crop rotation planner, field records, arable farm management."
  access signin
  theme primary=#4d7c0f background=#f7fee7 accent=#a16207 icon="🌾"
entity field
  display name
  name: text required unique
  hectares: decimal min=0 required
  soil: choice(Clay, Loam, Sandy, Silt, Peat)
  irrigated: boolean default=false
entity planting
  field: reference(field) required
  crop: choice(Wheat:#eab308, Barley:#fcd34d, Maize:#f59e0b, Oilseed rape:#facc15, Potatoes:#a16207, Beans:#65a30d, Grass ley:#22c55e) required
  variety: text
  season: integer min=2000 max=2100 required
  sown_on: date
  harvest_on: date
  status: choice(Planned:#94a3b8, Sown:#84cc16, Growing:#22c55e, Harvested:#a16207) default=Planned
  yield_tonnes: decimal min=0
entity application "Field application"
  planting: reference(planting) required
  applied_on: date required
  kind: choice(Fertiliser, Herbicide, Fungicide, Insecticide, Lime)
  product: text required
  rate_per_ha: decimal min=0
  operator: user
view plan kanban planting "Season plan" fields=field,crop,variety group_by=status
view harvests calendar planting "Harvest dates" fields=field,crop date_field=harvest_on
view spray_log table application "Spray & fertiliser log" fields=applied_on,planting,kind,product,rate_per_ha sort=-applied_on
view fields table field fields=name,hectares,soil,irrigated
dashboard farm "Farm"
  stat "Hectares" sum field.hectares
  bar "Yield by crop" sum planting.yield_tonnes by crop
  pie "Crops this plan" count planting by crop
nav plan, harvests, spray_log, fields, farm
home plan
