app pawn-shop "Pawn Shop Loans"
  description "A pawnbroker records pledged items and pawn loans with interest and due dates, buys items outright and sells forfeited stock. Also: pawnbroker, collateral loans, second-hand dealer."
  access signin
  theme primary=#a16207 background=#fefce8 accent=#1e293b icon="💰"
role manager "Manager"
role clerk "Clerk"
default_role clerk
owner_role manager
entity customer
  display name
  name: text required
  phone: phone
  id_number: text required unique
  id_scan: file
entity pawn_loan "Pawn loan"
  ticket: text required unique
  customer: reference(customer) required
  item: text required
  category: choice(Jewellery:#f59e0b, Electronics:#3b82f6, Tools:#64748b, Instruments:#a855f7, Watches:#111827)
  serial_number: text
  principal: money(USD) min=0 required
  monthly_rate_pct: decimal min=0 max=25 default=10
  pawned_on: date required
  due_on: date required
  interest_due: computed = round(principal * monthly_rate_pct / 100 * days_between(pawned_on, today()) / 30, 2)
  status: choice(Active:#3b82f6, Redeemed:#22c55e, Extended:#f59e0b, Forfeited:#ef4444) default=Active
  photo: image
view loans kanban pawn_loan "Loans" fields=ticket,customer,item,due_on group_by=status
view due calendar pawn_loan "Due dates" fields=ticket,item date_field=due_on
view new_loan form pawn_loan "New pawn" fields=ticket,customer,item,category,serial_number,principal,pawned_on,due_on,photo
view forfeited cards pawn_loan "Forfeited stock" fields=item,category,principal image_field=photo where status=Forfeited
dashboard book "Loan book"
  stat "Out on loan" sum pawn_loan.principal where status=Active
  pie "Categories" count pawn_loan by category
  line "Pawns per month" count pawn_loan by pawned_on per month
permission pawn_loan delete manager
permission customer delete manager
nav loans, due, new_loan, forfeited, book
home loans
