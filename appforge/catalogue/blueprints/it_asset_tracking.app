app it-asset-tracking "IT Asset Register"
  description "An IT team tracks laptops, monitors, phones and peripherals: who has what, serial numbers, warranty and lifecycle from purchase to disposal. Also: hardware inventory, asset management, device tracking."
  access signin
  theme primary=#1e40af background=#f8fafc accent=#0d9488 icon="🖥️"
role it_admin "IT admin"
role employee "Employee"
default_role employee
owner_role it_admin
entity asset
  display asset_tag
  asset_tag: text required unique
  kind: choice(Laptop:#3b82f6, Desktop:#1e40af, Monitor:#64748b, Phone:#22c55e, Tablet:#a855f7, Peripheral:#94a3b8)
  make_model: text required
  serial_number: text unique
  assigned_to: user
  location: choice(HQ, Remote, Branch office, Storage)
  purchased_on: date
  cost: money(USD) min=0
  warranty_until: date
  status: choice(In stock:#22c55e, Assigned:#3b82f6, In repair:#f59e0b, Retired:#94a3b8, Lost:#ef4444) default="In stock"
  notes: long_text
view register table asset "Register" fields=asset_tag,kind,make_model,assigned_to,status sort=asset_tag
view lifecycle kanban asset "Lifecycle" fields=asset_tag,make_model,assigned_to group_by=status
view warranties calendar asset "Warranty expiry" fields=asset_tag,make_model date_field=warranty_until
view my_kit table asset "My equipment" fields=asset_tag,kind,make_model,serial_number where assigned_to=me
view add form asset "Add asset" fields=asset_tag,kind,make_model,serial_number,purchased_on,cost,warranty_until
dashboard estate "Estate"
  stat "Asset value" sum asset.cost where status!=Retired
  pie "Asset types" count asset by kind
  bar "Assets by location" count asset by location
permission asset create it_admin
permission asset update it_admin
permission asset delete it_admin
nav register, lifecycle, warranties, my_kit, add, estate
home register
