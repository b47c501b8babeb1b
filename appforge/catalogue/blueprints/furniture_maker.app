app furniture-maker "Furniture Maker Orders"
  description "A custom furniture workshop quotes and builds pieces to order, with wood species, dimensions, finishes and delivery. Also: bespoke furniture, cabinetmaker, woodworking commissions."
  access signin
  theme primary=#92400e background=#fdf8f3 accent=#166534 icon="🪑"
entity furniture_order "Order"
  display piece
  piece: text required
  customer: text required
  email: email
  kind: choice(Table, Chair, Cabinet, Bed, Shelving, Desk, Kitchen)
  wood: choice(Oak, Walnut, Ash, Cherry, Maple, Reclaimed pine)
  dimensions: text
  finish: choice(Oil, Wax, Lacquer, Paint)
  quote: money(USD) min=0
  deposit_paid: boolean default=false
  materials_cost: money(USD) min=0
  hours: decimal min=0
  deliver_on: date
  stage: choice(Quote:#94a3b8, Design:#a855f7, Milling:#f59e0b, Joinery:#3b82f6, Finishing:#06b6d4, Delivered:#22c55e) default=Quote
  drawing: file
  photo: image
view shop_floor kanban furniture_order "Shop floor" fields=piece,customer,wood,deliver_on group_by=stage
view deliveries calendar furniture_order "Deliveries" fields=piece,customer date_field=deliver_on
view portfolio cards furniture_order "Portfolio" fields=kind,wood image_field=photo where stage=Delivered
view orders table furniture_order "Orders" fields=piece,customer,kind,wood,quote,hours
dashboard shop "Shop"
  stat "Order book" sum furniture_order.quote where stage!=Delivered
  pie "Woods" count furniture_order by wood
  bar "Hours by kind" sum furniture_order.hours by kind
nav shop_floor, deliveries, portfolio, orders, shop
home shop_floor
