app online-store-orders "Online Store Orders"
  description "An e-commerce shop manages its product catalogue, customer orders with line items, fulfilment and returns. Also: webshop backend, ecommerce order management, Shopify-style orders."
  access signin
  theme primary=#111827 background=#ffffff accent=#6366f1 icon="🛍️"
role admin "Store admin"
role fulfilment "Fulfilment"
default_role fulfilment
owner_role admin
entity product
  display name
  name: text required
  sku: text required unique
  price: money(USD) min=0 required
  stock: integer min=0
  category: choice(Apparel, Accessories, Home, Beauty, Gifts)
  photo: image
  active: boolean default=true
entity shop_order "Order"
  display order_number
  order_number: text required unique
  customer_email: email required
  placed_at: datetime required
  shipping_method: choice(Standard, Express, Pickup)
  status: choice(Paid:#3b82f6, Picking:#f59e0b, Shipped:#22c55e, Delivered:#64748b, Refunded:#ef4444) default=Paid
  tracking_url: url
entity order_line "Order line"
  shop_order: reference(shop_order) required
  product: reference(product) required
  quantity: integer min=1 default=1
  unit_price: money(USD) min=0
  line_total: computed = quantity * unit_price
view fulfilment kanban shop_order "Fulfilment" fields=order_number,customer_email,shipping_method group_by=status
view orders table shop_order "Orders" fields=order_number,customer_email,placed_at,status sort=-placed_at
view catalogue cards product "Catalogue" fields=price,stock,category image_field=photo
view lines table order_line "Order lines" fields=shop_order,product,quantity,line_total
dashboard sales "Sales"
  stat "Revenue" sum order_line.line_total
  bar "Units by product" sum order_line.quantity by product
  line "Orders per day" count shop_order by placed_at per day
permission product create admin
permission product update admin
permission shop_order delete admin
nav fulfilment, orders, catalogue, lines, sales
home fulfilment
