app expense-claims "Expense Claims"
  description "Staff submit expense claims with receipts for travel, meals and supplies; managers approve and finance reimburses. Also: expense reports, receipts reimbursement, travel expenses."
  access signin
  theme primary=#059669 background=#f0fdf4 accent=#dc2626 icon="💳"
role finance "Finance"
role manager "Manager"
role employee "Employee"
default_role employee
owner_role finance
entity expense
  claimant: user required
  spent_on: date required
  category: choice(Travel:#3b82f6, Meals:#f59e0b, Accommodation:#a855f7, Mileage:#22c55e, Supplies:#64748b, Client entertainment:#ec4899) required
  merchant: text
  amount: money(EUR) min=0 required
  vat: money(EUR) min=0
  receipt: image
  project_code: text
  status: choice(Submitted:#3b82f6, Approved:#22c55e, Rejected:#ef4444, Reimbursed:#a855f7) default=Submitted
  comments: text
view submit form expense "New expense" fields=claimant,spent_on,category,merchant,amount,vat,receipt,project_code
view mine table expense "My expenses" fields=spent_on,category,amount,status sort=-spent_on where claimant=me
view approvals kanban expense "Approvals" fields=claimant,category,amount group_by=status
view receipts cards expense "Receipts" fields=merchant,amount image_field=receipt
dashboard spend "Spend"
  stat "Awaiting reimbursement" sum expense.amount where status=Approved
  pie "Categories" count expense by category
  line "Spend per month" sum expense.amount by spent_on per month
permission expense read finance,manager,employee own
permission expense update finance,manager
permission expense delete finance,employee own
nav submit, mine, approvals, receipts, spend
home mine
