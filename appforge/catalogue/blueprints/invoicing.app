app invoicing "Invoicing & Payments"
  description "A small business issues invoices with line items and tax, tracks due dates and payments, and chases overdue clients. Also: billing, invoice generator, accounts receivable."
  access signin
  theme primary=#0f766e background=#ffffff accent=#e11d48 icon="🧾"
entity customer
  display name
  name: text required
  email: email
  billing_address: long_text
  tax_id: text
entity invoice
  display number
  number: text required unique
  customer: reference(customer) required
  issued_on: date required
  due_on: date required
  days_overdue: computed = days_between(due_on, today())
  status: choice(Draft:#94a3b8, Sent:#3b82f6, Paid:#22c55e, Overdue:#ef4444, Void:#64748b) default=Draft
  amount_paid: money(EUR) min=0 default=0
  notes: text
entity line_item "Line item"
  invoice: reference(invoice) required
  description: text required
  quantity: decimal min=0 default=1
  unit_price: money(EUR) min=0 required
  tax_rate_pct: decimal min=0 max=30 default=20
  line_total: computed = round(quantity * unit_price * (1 + tax_rate_pct / 100), 2)
view invoices table invoice fields=number,customer,issued_on,due_on,status sort=-issued_on
view status kanban invoice "Status" fields=number,customer,due_on group_by=status
view due calendar invoice "Due dates" fields=number,customer date_field=due_on
view lines table line_item "Line items" fields=invoice,description,quantity,unit_price,line_total
view customers table customer fields=name,email,tax_id
dashboard receivables "Receivables"
  stat "Invoiced" sum line_item.line_total
  stat "Paid" sum invoice.amount_paid
  pie "Invoice status" count invoice by status
  line "Invoices per month" count invoice by issued_on per month
nav invoices, status, due, lines, customers, receivables
home invoices
