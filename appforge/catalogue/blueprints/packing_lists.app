app packing-lists "Packing Checklist"
  description "Reusable packing lists for trips: items by category, who packs what and ticking them off as they go in the bag. Also: travel checklist, luggage list, camping kit list."
  access signin
  theme primary=#4f46e5 background=#f8f8ff accent=#10b981 icon="🎒"

entity trip
  icon "🧳"
  display name
  order -departs_on
  name: text required
  trip_type: choice(Beach:#0ea5e9, City:#64748b, Camping:#16a34a, Ski:#e0f2fe, Business:#1e293b, Festival:#ec4899)
  departs_on: date
  bag: choice(Carry-on, Checked, Backpack, Car boot)

entity pack_item "Item"
  icon "✅"
  display name
  order category, name
  trip: reference(trip) required
  name: text required
  category: choice(Clothes:#8b5cf6, Toiletries:#ec4899, Tech:#3b82f6, Documents:#ef4444, Medicine:#f97316, Outdoor gear:#16a34a, Kids:#facc15)
  quantity: integer min=1 default=1
  packer: user label="Who packs it"
  essential: boolean default=false
  packed: boolean default=false

view checklist table pack_item "Checklist" fields=name,trip,category,quantity,packer,essential,packed sort=category where packed=false
view by_category kanban pack_item "By category" fields=name,quantity,packed group_by=category
view add form pack_item "Add an item" fields=trip,name,category,quantity,packer,essential
view trips table trip fields=name,trip_type,departs_on,bag sort=-departs_on
view departures calendar trip "Departures" fields=name date_field=departs_on
dashboard packed "Packed?"
  stat "Still to pack" count pack_item where packed=false
  stat "Essentials missing" count pack_item where packed=false and essential=true
  bar "Items per trip" count pack_item by trip

nav checklist, by_category, add, trips, departures, packed
home checklist
