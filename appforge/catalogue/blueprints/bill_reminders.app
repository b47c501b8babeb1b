app bill-reminders "Household Bills Due"
  description "Never miss a bill: rent, utilities, insurance and phone bills with due dates, amounts and who pays. Also: bill tracker, payment reminders, utility bills organiser."
  access signin
  theme primary=#b45309 background=#fffcf5 accent=#2563eb icon="🧾"

entity payee
  icon "🏢"
  display name
  name: text required unique
  type: choice(Rent:#7c3aed, Electricity:#facc15, Gas:#f97316, Water:#0ea5e9, Internet:#6366f1, Phone:#14b8a6, Insurance:#22c55e, Council tax:#64748b, Loan:#ef4444)
  account_number: text
  website: url
  phone: phone

entity bill
  icon "📄"
  order due_date
  payee: reference(payee) required
  amount: money(USD) required min=0
  due_date: date required
  days_left: computed = days_between(today(), due_date)
  status: choice(Upcoming:#3b82f6, Paid:#22c55e, Overdue:#ef4444, Disputed:#f59e0b) default=Upcoming
  autopay: boolean default=false
  paid_by: user
  paid_on: date
  statement: file

view upcoming table bill "Due soon" fields=payee,amount,due_date,days_left,status,autopay sort=due_date where status!=Paid
view bills table bill "All bills" fields=due_date,payee,amount,status,paid_on,paid_by sort=-due_date
view due_calendar calendar bill "Due calendar" fields=payee,amount date_field=due_date
view board kanban bill "Bill board" fields=payee,amount,due_date group_by=status
view payees table payee fields=name,type,account_number,website
dashboard money_out "Money out"
  stat "Due this month" sum bill.amount where status=Upcoming
  stat "Overdue" count bill where status=Overdue
  bar "Spend per payee" sum bill.amount by payee
  line "Bills per month" sum bill.amount by due_date per month

nav upcoming, board, due_calendar, bills, payees, money_out
home upcoming
