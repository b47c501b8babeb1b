app grocery-list "Shared Grocery List"
  description "A shared shopping list for the household: add what you need, group it by aisle and store, tick it off in the shop. Also: shopping list, supermarket list, household grocery app."
  access signin
  theme primary=#16a34a background=#f7fef9 accent=#f43f5e icon="🛒"

entity store
  icon "🏪"
  display name
  name: text required unique
  website: url

entity list_item "Item"
  icon "🥦"
  display name
  order aisle, name
  name: text required
  quantity: text help="e.g. 2, 500 g, a bunch"
  aisle: choice(Produce:#22c55e, Bakery:#d97706, Dairy:#38bdf8, Meat & fish:#ef4444, Frozen:#93c5fd, Pantry:#a16207, Drinks:#8b5cf6, Household:#64748b, Toiletries:#ec4899)
  store: reference(store)
  estimated_price: money(USD) min=0
  urgent: boolean default=false
  bought: boolean default=false
  added_by: created_by

view shopping table list_item "To buy" fields=name,quantity,aisle,store,urgent,bought sort=aisle where bought=false
view by_aisle kanban list_item "By aisle" fields=name,quantity,store group_by=aisle
view add form list_item "Add to list" fields=name,quantity,aisle,store,urgent
view everything table list_item "All items" fields=name,aisle,store,estimated_price,bought,added_by
view stores table store fields=name,website
dashboard basket "Basket"
  stat "Still to buy" count list_item where bought=false
  stat "Estimated cost" sum list_item.estimated_price where bought=false
  bar "Items per aisle" count list_item by aisle where bought=false

nav shopping, by_aisle, add, everything, stores, basket
home shopping
