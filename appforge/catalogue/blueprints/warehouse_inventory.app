app warehouse-inventory "Warehouse Stock & Bins"
  description "A warehouse tracks SKUs by bin location, stock movements in and out, and reorder points. Also: WMS, stock control, inventory management, stockroom."
  access signin
  theme primary=#334155 background=#f8fafc accent=#f59e0b icon="🏭"
role supervisor "Supervisor"
role picker "Picker"
default_role picker
owner_role supervisor
entity sku "SKU"
  display code
  code: text required unique
  description: text required
  category: choice(Raw material, Component, Finished good, Packaging)
  bin: text
  on_hand: integer min=0 default=0
  reorder_point: integer min=0
  unit_cost: money(USD) min=0
  stock_value: computed = on_hand * unit_cost
entity movement
  sku: reference(sku) required
  kind: choice(Receipt:#22c55e, Pick:#3b82f6, Adjustment:#f59e0b, Return:#a855f7) required
  quantity: integer required
  moved_at: datetime required
  by: user
  reference_doc: text
view stock table sku "Stock" fields=code,description,bin,on_hand,reorder_point,stock_value sort=code
view movements table movement fields=moved_at,sku,kind,quantity,by sort=-moved_at
view record form movement "Record movement" fields=sku,kind,quantity,moved_at,reference_doc
view low table sku "Reorder" fields=code,description,on_hand,reorder_point where on_hand<=5
dashboard warehouse "Warehouse"
  stat "Stock value" sum sku.stock_value
  pie "Movements by kind" count movement by kind
  line "Movements per day" count movement by moved_at per day
permission sku create supervisor
permission movement delete supervisor
nav stock, movements, record, low, warehouse
home stock
