app kids-allowance "Kids Pocket Money Bank"
  description "Pocket money for children: weekly allowance, money earned for chores, spending and savings jars, and each child's balance. Also: allowance tracker, kids bank, pocket money ledger."
  access signin
  theme primary=#16a34a background=#f6fef8 accent=#facc15 radius=16 icon="🐖"
role parent "Parent"
role child "Child"
default_role child
owner_role parent

entity child
  icon "🧒"
  plural "Children"
  display name
  name: text required unique
  weekly_allowance: money(GBP) min=0
  savings_goal: text
  goal_amount: money(GBP) min=0
  account: user
  photo: image

entity money_move "Transaction"
  icon "🪙"
  order -happened_on
  child: reference(child) required
  happened_on: date required
  kind: choice(Allowance:#22c55e, Chore earnings:#14b8a6, Gift:#ec4899, Spent:#ef4444, Saved:#3b82f6, Interest:#a855f7) required
  amount: money(GBP) required
  jar: choice(Spend:#f97316, Save:#3b82f6, Give:#ec4899) default=Spend
  what_for: text

view kids cards child "Kids" fields=weekly_allowance,savings_goal,goal_amount image_field=photo
view ledger table money_move "Ledger" fields=happened_on,child,kind,jar,amount,what_for sort=-happened_on
view add form money_move "Add money" fields=child,happened_on,kind,jar,amount,what_for
view money_calendar calendar money_move "Calendar" fields=child,amount date_field=happened_on
dashboard jars "Money jars"
  bar "Balance per child" sum money_move.amount by child
  pie "Money by jar" sum money_move.amount by jar
  stat "Paid out in allowance" sum money_move.amount where kind=Allowance

permission money_move create parent
permission money_move update parent
permission money_move delete parent
permission money_move read parent
permission money_move read child own

nav kids, ledger, add, money_calendar, jars
home kids
