app home-inventory "Home Contents Inventory"
  description "List everything you own, room by room, with purchase price, receipts, serial numbers and warranties for insurance claims. Also: household inventory, belongings catalogue, insurance inventory."
  access signin
  theme primary=#1e40af background=#f8fafc accent=#f59e0b icon="📦"

entity room
  icon "🚪"
  display name
  name: text required unique
  floor: choice(Basement, Ground, First, Second, Attic, Garage, Garden)

entity item
  icon "🛋️"
  display name
  order name
  name: text required
  room: reference(room)
  category: choice(Electronics:#3b82f6, Furniture:#a16207, Appliances:#64748b, Jewellery:#eab308, Art:#db2777, Tools:#ea580c, Clothing:#8b5cf6, Other)
  brand: text
  serial_number: text
  purchased_on: date
  purchase_price: money(USD) min=0
  replacement_value: money(USD) min=0
  warranty_until: date
  warranty_days_left: computed = days_between(today(), warranty_until)
  photo: image
  receipt: file
  notes: long_text

view items table item fields=name,room,category,brand,purchase_price,replacement_value,warranty_until sort=name
view gallery cards item "Gallery" fields=room,category,replacement_value image_field=photo
view item_page detail item "Item" fields=name,room,category,brand,serial_number,purchased_on,purchase_price,replacement_value,warranty_until,warranty_days_left,photo,receipt,notes
view add_item form item "Add an item" fields=name,room,category,brand,serial_number,purchased_on,purchase_price,photo,receipt
view rooms table room fields=name,floor
dashboard totals "Insurance totals"
  stat "Items" count item
  stat "Replacement value" sum item.replacement_value
  bar "Value per room" sum item.replacement_value by room
  pie "Items by category" count item by category

nav totals, items, gallery, add_item, rooms
home items
