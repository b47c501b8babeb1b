app soap-making "Soap Making Batches"
  description "A small soap and cosmetics maker records recipes, cold-process batches with cure dates, oils inventory and stockist orders. Also: handmade soap business, cosmetics batch records, candle and soap maker."
  access signin
  theme primary=#0d9488 background=#f0fdfa accent=#db2777 icon="🧼"
entity recipe
  display name
  name: text required unique
  oils: text help="e.g. olive 40%, coconut 30%, shea 30%"
  superfat_pct: decimal min=0 max=20 default=5
  fragrance: text
  botanicals: tags(Lavender, Oatmeal, Charcoal, Clay, Calendula, Poppy seed)
  photo: image
entity batch
  display batch_code
  batch_code: text required unique
  recipe: reference(recipe) required
  made_on: date required
  bars: integer min=0
  cure_weeks: integer min=1 max=12 default=4
  ready_on: date
  cost: money(GBP) min=0
  status: choice(Curing:#f59e0b, Ready:#22c55e, Sold out:#64748b) default=Curing
entity stockist_order "Stockist order"
  shop: text required
  recipe: reference(recipe)
  bars: integer min=1
  price_per_bar: money(GBP) min=0
  total: computed = bars * price_per_bar
  ship_on: date
view batches kanban batch "Curing rack" fields=batch_code,recipe,bars,ready_on group_by=status
view cure calendar batch "Ready dates" fields=batch_code,recipe date_field=ready_on
view recipes cards recipe "Recipes" fields=superfat_pct,botanicals image_field=photo
view orders table stockist_order "Stockist orders" fields=shop,recipe,bars,total,ship_on
dashboard workshop "Workshop"
  stat "Bars made" sum batch.bars
  bar "Bars by recipe" sum batch.bars by recipe
  stat "Wholesale" sum stockist_order.total
nav batches, cure, recipes, orders, workshop
home batches
