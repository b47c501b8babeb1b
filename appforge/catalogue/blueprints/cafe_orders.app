app cafe-orders "Cafe Counter Orders"
  description "A cafe or coffee shop takes counter and pre-orders for drinks and food, sends them to the barista board and tracks daily sales. Also: coffee shop POS, order ahead, cafe till."
  access signin
  theme primary=#78350f background=#fef3c7 accent=#16a34a icon="☕"
role manager "Manager"
role barista "Barista"
default_role barista
owner_role manager
entity menu_item "Menu item"
  display name
  name: text required unique
  category: choice(Coffee:#78350f, Tea:#65a30d, Cold drinks:#0ea5e9, Pastry:#f59e0b, Sandwich:#dc2626)
  price: money(EUR) min=0 required
  vegan: boolean default=false
  available: boolean default=true
  photo: image
entity cafe_order "Order"
  customer_name: text
  item: reference(menu_item) required
  quantity: integer min=1 max=50 default=1
  unit_price: money(EUR) min=0
  total: computed = quantity * unit_price
  milk: choice(Whole, Oat, Soy, Almond, None)
  ordered_at: datetime required
  status: choice(New:#3b82f6, Making:#f59e0b, Ready:#22c55e, Collected:#94a3b8) default=New
view counter form cafe_order "Take order" fields=customer_name,item,quantity,unit_price,milk,ordered_at
view bar kanban cafe_order "Barista board" fields=item,quantity,milk,customer_name group_by=status
view menu cards menu_item "Menu" fields=category,price,vegan image_field=photo
view sales table cafe_order "Sales" fields=ordered_at,item,quantity,total sort=-ordered_at
dashboard day "Sales"
  stat "Takings" sum cafe_order.total
  bar "Items sold" sum cafe_order.quantity by item
  line "Orders per day" count cafe_order by ordered_at per day
permission menu_item create manager
permission menu_item update manager
permission cafe_order delete manager
nav counter, bar, menu, sales, day
home bar
