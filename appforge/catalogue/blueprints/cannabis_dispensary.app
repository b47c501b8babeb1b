app cannabis-dispensary "Cannabis Dispensary Inventory"
  description "A licensed cannabis dispensary tracks products by strain and THC/CBD content, batch and lab test, package tags and sales for compliance. Also: dispensary POS inventory, marijuana retail, seed-to-sale."
  access signin
  theme primary=#166534 background=#f0fdf4 accent=#a855f7 icon="🌿"
role manager "Manager"
role budtender "Budtender"
default_role budtender
owner_role manager
entity product
  display name
  name: text required
  strain_type: choice(Indica:#7c3aed, Sativa:#f59e0b, Hybrid:#16a34a, CBD:#0ea5e9)
  form: choice(Flower, Pre-roll, Edible, Vape, Concentrate, Tincture, Topical)
  thc_pct: decimal min=0 max=100
  cbd_pct: decimal min=0 max=100
  price: money(USD) min=0
  photo: image
entity package
  display tag
  tag: text required unique help="State tracking tag"
  product: reference(product) required
  batch: text required
  lab_test: file
  tested_on: date
  quantity: decimal min=0
  unit: choice(g, each, ml)
  expires_on: date
  status: choice(Quarantine:#f59e0b, Active:#22c55e, Depleted:#94a3b8, Recalled:#ef4444) default=Quarantine
view menu cards product "Menu" fields=strain_type,form,thc_pct,price image_field=photo
view packages table package fields=tag,product,batch,quantity,expires_on,status
view compliance kanban package "Compliance" fields=tag,product,batch group_by=status
view expiry calendar package "Expiry" fields=tag,product date_field=expires_on
dashboard store "Store"
  pie "Strain types" count product by strain_type
  bar "Products by form" count product by form
  stat "Packages in quarantine" count package where status=Quarantine
permission product create manager
permission package update manager
nav menu, packages, compliance, expiry, store
home menu
