app savings-goals "Savings Goals Jar"
  description "Save towards goals like a holiday, an emergency fund or a new bike: target, deadline, deposits and how far you've got. Also: savings tracker, sinking funds, money jar."
  access signin
  theme primary=#0891b2 background=#f5fcfe accent=#f59e0b icon="🐷"

entity goal
  icon "🎯"
  display name
  order deadline
  name: text required
  image: image
  target: money(USD) required min=1
  saved: money(USD) min=0 default=0
  progress_pct: computed label="Progress %" = round(saved / target * 100, 0)
  still_needed: computed = target - saved
  deadline: date
  days_left: computed = days_between(today(), deadline)
  priority: choice(Must:#ef4444, Should:#f59e0b, Nice to have:#22c55e) default=Should
  status: choice(Saving:#3b82f6, Reached:#22c55e, Paused:#94a3b8) default=Saving

entity deposit
  icon "🪙"
  order -made_on
  goal: reference(goal) required
  made_on: date required
  amount: money(USD) required
  note: text

view goals cards goal "Goals" fields=target,saved,progress_pct,deadline image_field=image
view goal_table table goal "Goal list" fields=name,target,saved,still_needed,progress_pct,deadline,days_left,status sort=deadline
view deposits table deposit fields=made_on,goal,amount,note sort=-made_on
view add_deposit form deposit "Add money" fields=goal,made_on,amount,note
dashboard savings "Savings"
  stat "Saved so far" sum goal.saved
  stat "Still needed" sum goal.still_needed where status=Saving
  bar "Saved per goal" sum goal.saved by name
  line "Deposits per month" sum deposit.amount by made_on per month

nav savings, goals, goal_table, deposits, add_deposit
home goals
