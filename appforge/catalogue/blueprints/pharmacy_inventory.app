app pharmacy-inventory "Pharmacy Stock Control"
  description "A community pharmacy tracks medicine stock, batches and expiry dates, reorder levels and supplier orders. Also: drug inventory, dispensary stock, medicine expiry tracker."
  access signin
  theme primary=#15803d background=#f0fdf4 accent=#dc2626 icon="💊"
role pharmacist "Pharmacist"
role technician "Technician"
default_role technician
owner_role pharmacist
entity product "Medicine"
  display name
  order name
  name: text required
  strength: text
  form: choice(Tablet, Capsule, Liquid, Cream, Inhaler, Injection)
  schedule: choice(OTC:#22c55e, Pharmacy only:#f59e0b, Prescription:#3b82f6, Controlled:#ef4444) required
  barcode: text unique
  reorder_level: integer min=0 default=10
  unit_cost: money(USD) min=0
entity batch
  icon "📦"
  order expires_on
  product: reference(product) required
  batch_number: text required
  quantity: integer min=0 required
  expires_on: date required
  days_to_expiry: computed = days_between(today(), expires_on)
  supplier: choice(McKesson, Cardinal, AmerisourceBergen, Local wholesaler)
  received_on: date
view stock table batch "Stock" fields=product,batch_number,quantity,expires_on,days_to_expiry sort=expires_on
view expiring table batch "Expiring soon" fields=product,batch_number,quantity,expires_on sort=expires_on where days_to_expiry<=90
view expiry calendar batch "Expiry calendar" fields=product,quantity date_field=expires_on
view medicines table product "Medicines" fields=name,strength,form,schedule,reorder_level
view receive form batch "Receive delivery" fields=product,batch_number,quantity,expires_on,supplier,received_on
dashboard stock_overview "Stock overview"
  stat "Units on hand" sum batch.quantity
  pie "Schedules" count product by schedule
  bar "Units by supplier" sum batch.quantity by supplier
permission product create pharmacist
permission product delete pharmacist
permission batch delete pharmacist
nav stock, expiring, expiry, medicines, receive, stock_overview
home stock
