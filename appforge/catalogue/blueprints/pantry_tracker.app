app pantry-tracker "Pantry & Freezer Stock"
  description "Know what's in the cupboards, fridge and freezer, how much is left and when it expires, so nothing goes to waste. Also: pantry inventory, food stock tracker, expiry date tracker, freezer log."
  access signin
  theme primary=#92400e background=#fffbeb accent=#0891b2 icon="🥫"

entity location
  icon "🗄️"
  display name
  name: text required unique
  kind: choice(Cupboard:#a16207, Fridge:#38bdf8, Freezer:#1d4ed8, Cellar:#57534e)

entity stock_item "Stock item"
  icon "🥫"
  display name
  order best_before
  name: text required
  category: choice(Tins:#94a3b8, Grains & pasta:#eab308, Baking:#f5d0a9, Spices:#dc2626, Frozen:#60a5fa, Dairy:#e0f2fe, Sauces:#ea580c, Snacks:#a855f7)
  location: reference(location)
  quantity: decimal required min=0 default=1
  unit: choice(pcs, g, kg, ml, l, packs, tins) default=pcs
  minimum_quantity: decimal label="Restock below" min=0
  needs_restock: computed = "yes" if quantity < minimum_quantity else "no"
  best_before: date
  days_to_expiry: computed = days_between(today(), best_before)
  opened_on: date
  barcode: text

view stock table stock_item "Stock" fields=name,category,location,quantity,unit,needs_restock,best_before,days_to_expiry sort=best_before
view expiring table stock_item "Expiring soon" fields=name,location,best_before,days_to_expiry sort=best_before where best_before:not_empty
view expiry_calendar calendar stock_item "Expiry calendar" fields=name,location date_field=best_before
view add_stock form stock_item "Add stock" fields=name,category,location,quantity,unit,best_before
view locations table location fields=name,kind
dashboard pantry "Pantry"
  stat "Items in stock" count stock_item
  bar "Items per location" count stock_item by location
  pie "By category" count stock_item by category

nav pantry, stock, expiring, expiry_calendar, add_stock, locations
home stock
