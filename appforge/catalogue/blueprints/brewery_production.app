app brewery-production "Brewery Batch Production"
  description "A craft brewery plans brews, tracks batches through fermenters with gravity readings, and packages kegs and cans. Also: brewhouse log, microbrewery production, beer batch tracking."
  access signin
  theme primary=#b45309 background=#fffbeb accent=#1e3a8a icon="🍺"
role head_brewer "Head brewer"
role brewer "Brewer"
default_role brewer
owner_role head_brewer
entity recipe
  display name
  name: text required unique
  style: choice(IPA:#f59e0b, Pale ale:#fcd34d, Stout:#1c1917, Lager:#fde68a, Sour:#ec4899, Porter:#78350f)
  target_abv: decimal min=0 max=15
  ibu: integer min=0 max=120
  label_art: image
entity batch
  display batch_code
  batch_code: text required unique
  recipe: reference(recipe) required
  brewed_on: date required
  fermenter: choice(FV1, FV2, FV3, FV4, Brite tank)
  volume_litres: integer min=0
  original_gravity: decimal min=1 max=1.2
  final_gravity: decimal min=0.99 max=1.2
  abv: computed = round((original_gravity - final_gravity) * 131.25, 1)
  stage: choice(Brewing:#f59e0b, Fermenting:#3b82f6, Conditioning:#8b5cf6, Packaged:#22c55e, Dumped:#ef4444) default=Brewing
  brewer: user
  notes: long_text
view cellar kanban batch "Cellar" fields=batch_code,recipe,fermenter group_by=stage
view brew_days calendar batch "Brew days" fields=recipe,fermenter date_field=brewed_on
view batches table batch fields=batch_code,recipe,brewed_on,volume_litres,abv sort=-brewed_on
view recipes cards recipe "Recipes" fields=style,target_abv,ibu image_field=label_art
dashboard production "Production"
  stat "Litres brewed" sum batch.volume_litres
  bar "Litres by recipe" sum batch.volume_litres by recipe
  line "Batches per month" count batch by brewed_on per month
permission recipe create head_brewer
permission recipe update head_brewer
permission batch delete head_brewer
nav cellar, brew_days, batches, recipes, production
home cellar
