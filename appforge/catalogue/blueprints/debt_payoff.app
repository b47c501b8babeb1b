app debt-payoff "Debt Snowball Planner"
  description "List every debt with balance, interest rate and minimum payment, log payments and watch balances fall with the snowball or avalanche method. Also: debt tracker, loan payoff, credit card payoff plan."
  access signin
  theme primary=#be123c background=#fff7f8 accent=#16a34a icon="⛓️"

entity debt
  icon "💳"
  display name
  order balance
  name: text required
  type: choice(Credit card:#ef4444, Student loan:#3b82f6, Car loan:#64748b, Personal loan:#f59e0b, Mortgage:#7c3aed, Overdraft:#f97316, Family:#22c55e)
  lender: text
  original_balance: money(USD) min=0
  balance: money(USD) required min=0
  apr_pct: decimal label="APR %" min=0 max=100
  monthly_interest: computed = round(balance * apr_pct / 1200, 2)
  minimum_payment: money(USD) min=0
  payment_day: integer label="Payment day of month" min=1 max=31
  priority: integer label="Payoff order" min=1
  status: choice(Paying:#f59e0b, Focus:#ef4444, Paid off:#22c55e) default=Paying

entity payment
  icon "💵"
  order -paid_on
  debt: reference(debt) required
  paid_on: date required
  amount: money(USD) required min=0
  extra: boolean label="Extra payment" default=false
  note: text

view debts table debt fields=name,type,balance,apr_pct,monthly_interest,minimum_payment,priority,status sort=priority
view snowball kanban debt "Snowball" fields=name,balance,apr_pct group_by=status
view payments table payment fields=paid_on,debt,amount,extra sort=-paid_on
view pay form payment "Log a payment" fields=debt,paid_on,amount,extra,note
dashboard progress "Progress"
  stat "Total owed" sum debt.balance
  stat "Monthly interest" sum debt.monthly_interest
  bar "Balance per debt" sum debt.balance by name
  line "Paid per month" sum payment.amount by paid_on per month

nav progress, debts, snowball, payments, pay
home progress
