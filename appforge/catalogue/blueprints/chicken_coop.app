app chicken-coop "Backyard Hen House"
  description "Keep backyard chickens: the flock, daily egg counts, feed bought and coop cleaning. Also: egg production log, poultry tracker, chicken keeping diary."
  access signin
  theme primary=#ca8a04 background=#fffdf5 accent=#b91c1c icon="🐔"

entity hen
  icon "🐓"
  display name
  name: text required
  breed: choice(Rhode Island Red:#b91c1c, Leghorn:#f5f5f4, Orpington:#f59e0b, Sussex:#e5e7eb, Marans:#78350f, Silkie:#fafaf9, Hybrid:#a16207)
  hatched_on: date
  status: choice(Laying:#22c55e, Broody:#f59e0b, Moulting:#a855f7, Retired:#94a3b8, Poorly:#ef4444) default=Laying
  photo: image

entity egg_count "Egg count"
  icon "🥚"
  order -day
  day: date required unique
  eggs: integer required min=0 max=100
  sold: integer min=0
  notes: text

entity coop_expense "Expense"
  icon "🌾"
  order -bought_on
  bought_on: date required
  item: choice(Layers pellets, Mixed corn, Bedding, Grit, Treats, Vet, Equipment) required
  cost: money(USD) required min=0

view flock cards hen "The flock" fields=breed,status image_field=photo
view eggs table egg_count "Egg log" fields=day,eggs,sold,notes sort=-day
view collect form egg_count "Collect eggs" fields=day,eggs,sold,notes
view egg_calendar calendar egg_count "Egg calendar" fields=eggs date_field=day
view expenses table coop_expense fields=bought_on,item,cost sort=-bought_on
dashboard laying "Laying"
  stat "Eggs collected" sum egg_count.eggs
  line "Eggs per week" sum egg_count.eggs by day per week
  stat "Spent on the flock" sum coop_expense.cost
  pie "Flock status" count hen by status

nav laying, collect, eggs, egg_calendar, flock, expenses
home collect
