app side-hustle-sales "Side Hustle Sales Ledger"
  description "Track a side business selling online or at markets: products, stock, sales by channel, fees and profit. Also: Etsy shop tracker, craft sales log, small online shop ledger, resale profit tracker."
  access signin
  theme primary=#c026d3 background=#fdf7ff accent=#16a34a icon="🛍️"

entity product
  icon "🏷️"
  display name
  name: text required unique
  sku: text unique label="SKU"
  unit_cost: money(USD) min=0
  list_price: money(USD) min=0
  margin: computed = list_price - unit_cost
  stock: integer min=0 default=0
  photo: image

entity sale
  icon "💸"
  order -sold_on
  product: reference(product) required
  sold_on: date required
  quantity: integer required min=1 default=1
  price_each: money(USD) required min=0
  fees: money(USD) min=0
  shipping: money(USD) min=0
  revenue: computed = quantity * price_each
  channel: choice(Etsy:#f97316, eBay:#3b82f6, Vinted:#14b8a6, Depop:#ef4444, Market stall:#a16207, Instagram:#ec4899, Own website:#6366f1) required
  status: choice(Paid:#3b82f6, Shipped:#f59e0b, Delivered:#22c55e, Refunded:#ef4444) default=Paid

view sales table sale fields=sold_on,product,quantity,price_each,fees,revenue,channel,status sort=-sold_on
view record form sale "Record a sale" fields=product,sold_on,quantity,price_each,fees,shipping,channel
view orders kanban sale "Orders" fields=product,sold_on,channel group_by=status
view products cards product "Products" fields=list_price,stock,margin image_field=photo
dashboard profit "Profit"
  stat "Revenue" sum sale.revenue
  stat "Fees paid" sum sale.fees
  pie "Sales by channel" sum sale.revenue by channel
  line "Revenue per month" sum sale.revenue by sold_on per month

nav profit, sales, record, orders, products
home profit
