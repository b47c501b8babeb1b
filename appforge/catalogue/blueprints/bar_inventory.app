app bar-inventory "Bar Stock & Pour Cost"
  description "A bar counts bottles and kegs weekly, tracks par levels, pour cost and supplier orders. Also: liquor inventory, pub stock take, beverage cost control."
  access signin
  theme primary=#0f172a background=#f8fafc accent=#f59e0b dark=false icon="🍸"
role manager "Bar manager"
role bartender "Bartender"
default_role bartender
owner_role manager
entity product
  display name
  name: text required
  category: choice(Spirits:#a16207, Wine:#7f1d1d, Beer keg:#f59e0b, Bottled beer:#facc15, Mixers:#0ea5e9, Garnish:#22c55e)
  unit: choice(Bottle 70cl, Bottle 1L, Keg 50L, Case 24, Each)
  cost: money(GBP) min=0
  par_level: integer min=0
  supplier: text
entity stock_count "Stock count"
  product: reference(product) required
  counted_on: date required
  on_hand: decimal min=0 required
  counted_by: user
entity supplier_order "Supplier order"
  supplier: text required
  ordered_on: date required
  total: money(GBP) min=0
  status: choice(Draft:#94a3b8, Sent:#3b82f6, Delivered:#22c55e) default=Draft
  invoice: file
view counts table stock_count "Counts" fields=counted_on,product,on_hand,counted_by sort=-counted_on
view count form stock_count "Stock take" fields=product,counted_on,on_hand
view products table product fields=name,category,unit,cost,par_level
view orders kanban supplier_order "Orders" fields=supplier,total,ordered_on group_by=status
dashboard stock "Stock"
  pie "Products by category" count product by category
  bar "Spend by supplier" sum supplier_order.total by supplier
  line "Spend per month" sum supplier_order.total by ordered_on per month
permission product create manager
permission supplier_order create manager
nav counts, count, products, orders, stock
home counts
