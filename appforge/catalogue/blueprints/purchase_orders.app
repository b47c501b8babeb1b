app purchase-orders "Purchase Orders"
  description "A purchasing team raises purchase orders to suppliers with line items, gets approval and receives goods. Also: procurement, PO approval, supplier ordering."
  access signin
  theme primary=#1e3a8a background=#f8fafc accent=#f59e0b icon="🛒"
role buyer "Buyer"
role approver "Approver"
default_role buyer
owner_role approver
entity supplier
  display name
  name: text required unique
  email: email
  phone: phone
  payment_terms: choice(Net 15, Net 30, Net 60, Prepaid)
entity purchase_order "Purchase order"
  display po_number
  po_number: text required unique
  supplier: reference(supplier) required
  raised_by: user
  ordered_on: date required
  expected_on: date
  status: choice(Draft:#94a3b8, Pending approval:#f59e0b, Approved:#3b82f6, Received:#22c55e, Cancelled:#ef4444) default=Draft
entity po_line "PO line"
  purchase_order: reference(purchase_order) required
  item: text required
  quantity: integer min=1 required
  unit_price: money(USD) min=0 required
  line_total: computed = quantity * unit_price
view orders kanban purchase_order "Orders" fields=po_number,supplier,expected_on group_by=status
view lines table po_line "Lines" fields=purchase_order,item,quantity,unit_price,line_total
view deliveries calendar purchase_order "Expected deliveries" fields=po_number,supplier date_field=expected_on
view suppliers table supplier fields=name,email,payment_terms
dashboard spend "Spend"
  stat "Committed spend" sum po_line.line_total
  bar "Orders by supplier" count purchase_order by supplier
  line "POs per month" count purchase_order by ordered_on per month
permission purchase_order update approver,buyer own
permission purchase_order delete approver
nav orders, lines, deliveries, suppliers, spend
home orders
