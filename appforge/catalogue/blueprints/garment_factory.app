app garment-factory "Garment Factory Production"
  description "A garment factory plans production orders by style, size run and colour, tracks cutting, sewing lines, QC and shipment to buyers. Also: apparel manufacturing, cut and sew, clothing production tracker."
  access signin
  theme primary=#be123c background=#fff1f2 accent=#1e3a8a icon="👗"
entity style
  display code
  code: text required unique
  name: text required
  category: choice(T-shirt, Shirt, Dress, Trousers, Jacket, Knitwear)
  fabric: text
  sam_minutes: decimal min=0 help="Standard allowed minutes per piece"
  tech_pack: file
  sketch: image
entity production_order "Production order"
  po_number: text required unique
  buyer: text required
  style: reference(style) required
  colour: text
  quantity: integer min=1 required
  sewing_line: choice(Line 1, Line 2, Line 3, Line 4)
  ex_factory: date required
  stage: choice(Fabric in:#94a3b8, Cutting:#f59e0b, Sewing:#3b82f6, Finishing:#a855f7, QC:#06b6d4, Shipped:#22c55e) default="Fabric in"
  pieces_done: integer min=0 default=0
  fob_price: money(USD) min=0
  order_value: computed = quantity * fob_price
view wip kanban production_order "WIP" fields=po_number,style,quantity,ex_factory group_by=stage
view ship_dates calendar production_order "Ex-factory" fields=po_number,buyer date_field=ex_factory
view styles cards style "Styles" fields=name,category,sam_minutes image_field=sketch
view orders table production_order "Orders" fields=po_number,buyer,style,quantity,pieces_done,sewing_line
dashboard factory "Factory"
  stat "Order book" sum production_order.order_value
  bar "Pieces by line" sum production_order.pieces_done by sewing_line
  pie "Buyers" count production_order by buyer
nav wip, ship_dates, styles, orders, factory
home wip
