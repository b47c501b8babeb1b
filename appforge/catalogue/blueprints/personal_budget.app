app personal-budget "Monthly Budget Tracker"
  description "Track income and spending against monthly category budgets and see where the money goes. Also: expense tracker, money manager, household budget, spending log."
  access signin
  theme primary=#047857 background=#f6fbf8 accent=#dc2626 icon="💰"

entity account
  icon "🏦"
  display name
  name: text required unique
  type: choice(Current:#3b82f6, Savings:#22c55e, Credit card:#ef4444, Cash:#a16207)
  opening_balance: money(USD)

entity category
  icon "🏷️"
  display name
  order name
  name: text required unique
  kind: choice(Expense:#ef4444, Income:#22c55e) required default=Expense
  monthly_budget: money(USD) min=0

entity transaction
  icon "💳"
  display description
  order -date
  date: date required
  description: text required
  amount: money(USD) required min=0
  kind: choice(Expense:#ef4444, Income:#22c55e) required default=Expense
  category: reference(category) required
  account: reference(account)
  payee: text
  tags: tags(Essential:#0ea5e9, Treat:#ec4899, Work:#64748b, Holiday:#f59e0b, Gift:#a855f7)
  receipt: image

view transactions table transaction fields=date,description,category,amount,kind,account sort=-date
view add form transaction "Add transaction" fields=date,description,amount,kind,category,account,payee,tags
view month calendar transaction "Spending calendar" fields=description,amount date_field=date
view categories table category fields=name,kind,monthly_budget
view accounts table account fields=name,type,opening_balance
dashboard overview "Where the money goes"
  stat "Spent" sum transaction.amount where kind=Expense
  stat "Earned" sum transaction.amount where kind=Income
  pie "Spending by category" sum transaction.amount by category where kind=Expense
  line "Spending per month" sum transaction.amount by date per month where kind=Expense

nav overview, transactions, add, month, categories, accounts
home overview
