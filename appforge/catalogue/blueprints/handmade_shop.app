app handmade-shop "Handmade Craft Shop"
  description "A maker selling handmade goods on Etsy, markets and their own site tracks products, materials, made-to-order orders and craft fair sales. Also: Etsy shop manager, craft business, maker inventory."
  access signin
  theme primary=#c2410c background=#fff7ed accent=#0d9488 icon="🧶"
entity product
  display name
  name: text required
  category: choice(Jewellery, Candles, Knitwear, Ceramics, Prints, Bags)
  price: money(USD) min=0
  material_cost: money(USD) min=0
  margin: computed = price - material_cost
  hours_to_make: decimal min=0
  stock: integer min=0
  photo: image
entity craft_order "Order"
  product: reference(product) required
  buyer: text required
  channel: choice(Etsy:#f97316, Website:#3b82f6, Craft fair:#22c55e, Instagram:#ec4899)
  quantity: integer min=1 default=1
  personalisation: text
  ordered_on: date required
  ship_by: date
  status: choice(To make:#94a3b8, Making:#f59e0b, Ready:#3b82f6, Shipped:#22c55e) default="To make"
view products cards product "Products" fields=price,margin,stock image_field=photo
view orders kanban craft_order "Orders" fields=product,buyer,ship_by group_by=status
view ship_dates calendar craft_order "Ship by" fields=product,buyer date_field=ship_by
view sales table craft_order "Sales" fields=ordered_on,product,channel,quantity sort=-ordered_on
dashboard shop "Shop"
  pie "Sales channels" count craft_order by channel
  bar "Units by product" sum craft_order.quantity by product
  line "Orders per month" count craft_order by ordered_on per month
nav products, orders, ship_dates, sales, shop
home orders
