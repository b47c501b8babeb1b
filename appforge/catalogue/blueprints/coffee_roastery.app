app coffee-roastery "Coffee Roastery Roast Log"
  description "A specialty coffee roaster tracks green bean lots, roast batches with weight loss and cupping scores, and wholesale orders. Also: roast profile log, green coffee inventory, roaster production."
  access signin
  theme primary=#451a03 background=#fdf8f3 accent=#dc2626 icon="🫘"
entity green_lot "Green coffee lot"
  display name
  name: text required
  origin: choice(Ethiopia:#16a34a, Colombia:#facc15, Kenya:#dc2626, Brazil:#22c55e, Guatemala:#0ea5e9, Sumatra:#78350f)
  process: choice(Washed, Natural, Honey, Wet-hulled)
  kg_in_stock: decimal min=0
  cost_per_kg: money(USD) min=0
  arrived_on: date
entity roast
  green_lot: reference(green_lot) required
  roasted_on: datetime required
  green_kg: decimal min=0 required
  roasted_kg: decimal min=0
  weight_loss_pct: computed = round((green_kg - roasted_kg) / green_kg * 100, 1)
  level: choice(Light:#d97706, Medium:#92400e, Dark:#292524)
  cupping_score: decimal min=0 max=100
  roaster_notes: long_text
entity wholesale_order "Wholesale order"
  cafe: text required
  ship_on: date required
  kg: decimal min=0
  price: money(USD) min=0
  status: choice(Received:#94a3b8, Roasting:#f59e0b, Packed:#3b82f6, Shipped:#22c55e) default=Received
view roasts table roast "Roast log" fields=roasted_on,green_lot,green_kg,roasted_kg,weight_loss_pct,cupping_score sort=-roasted_on
view log_roast form roast "Log roast" fields=green_lot,roasted_on,green_kg,roasted_kg,level,cupping_score,roaster_notes
view green table green_lot "Green stock" fields=name,origin,process,kg_in_stock,cost_per_kg
view orders kanban wholesale_order "Orders" fields=cafe,kg,ship_on group_by=status
view shipping calendar wholesale_order "Ship dates" fields=cafe,kg date_field=ship_on
dashboard roastery "Roastery"
  stat "Kg roasted" sum roast.roasted_kg
  bar "Kg by origin" sum green_lot.kg_in_stock by origin
  line "Roasts per week" count roast by roasted_on per week
nav roasts, log_roast, green, orders, shipping, roastery
home roasts
