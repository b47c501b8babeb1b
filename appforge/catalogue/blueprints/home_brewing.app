app home-brewing "Homebrew Batch Log"
  description "Brew beer at home: recipes and batches with style, grain bill, hops, original and final gravity, ABV, fermentation and tasting. Also: homebrewing log, beer batch tracker, brew day notebook."
  access signin
  theme primary=#b45309 background=#fffaf0 accent=#15803d icon="🍺"

entity recipe
  icon "📜"
  display name
  name: text required unique
  style: choice(IPA:#65a30d, Pale ale:#facc15, Stout:#1c1917, Porter:#451a03, Lager:#fde047, Saison:#f59e0b, Wheat:#fef3c7, Sour:#ec4899)
  batch_litres: decimal min=1 max=200
  grain_bill: long_text
  hops: long_text
  yeast: text
  target_ibu: integer label="Target IBU" min=0 max=150

entity batch
  icon "🛢️"
  order -brewed_on
  recipe: reference(recipe) required
  batch_number: integer required unique min=1
  brewed_on: date required
  original_gravity: decimal label="OG" min=0.99 max=1.2
  final_gravity: decimal label="FG" min=0.98 max=1.1
  abv: computed label="ABV %" = round((original_gravity - final_gravity) * 131.25, 1)
  ferment_temp_c: decimal label="Ferment °C" min=0 max=40
  stage: choice(Fermenting:#f59e0b, Conditioning:#3b82f6, Kegged:#6366f1, Bottled:#22c55e, Drunk:#94a3b8, Dumped:#ef4444) default=Fermenting
  packaged_on: date
  ingredient_cost: money(USD) min=0
  rating: rating
  tasting_notes: long_text

view batches table batch fields=batch_number,recipe,brewed_on,original_gravity,final_gravity,abv,stage,rating sort=-brewed_on
view cellar kanban batch "Fermenter to glass" fields=batch_number,recipe,brewed_on group_by=stage
view brew_days calendar batch "Brew days" fields=recipe,stage date_field=brewed_on
view recipes table recipe fields=name,style,batch_litres,yeast,target_ibu
view brew_day form batch "Brew day" fields=recipe,batch_number,brewed_on,original_gravity,ferment_temp_c,ingredient_cost
dashboard brewery "Brewery"
  stat "Batches brewed" count batch
  stat "Average ABV" avg batch.abv
  bar "Rating by recipe" avg batch.rating by recipe

nav cellar, batches, brew_day, brew_days, recipes, brewery
home cellar
