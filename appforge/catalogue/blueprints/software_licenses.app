app software-licenses "Software License Manager"
  description "IT and finance track SaaS subscriptions and software licences: seats bought and used, owners, costs and renewal dates. Also: SaaS spend management, licence compliance, subscription audit."
  access signin
  theme primary=#4338ca background=#f5f3ff accent=#f59e0b icon="🔐"
role admin "IT admin"
owner_role admin
entity license "Licence"
  display product
  product: text required
  vendor: text
  category: choice(Productivity:#3b82f6, Design:#ec4899, Engineering:#22c55e, Security:#ef4444, Finance:#f59e0b, HR:#a855f7)
  plan: text
  seats_bought: integer min=0
  seats_used: integer min=0
  unused_seats: computed = seats_bought - seats_used
  cost_per_seat: money(USD) min=0
  annual_cost: computed = seats_bought * cost_per_seat * 12
  billing: choice(Monthly, Annual)
  renews_on: date
  owner: user
  auto_renew: boolean default=true
  contract: file
view licences table license "Licences" fields=product,vendor,seats_bought,seats_used,unused_seats,annual_cost,renews_on sort=renews_on
view renewals calendar license "Renewals" fields=product,annual_cost date_field=renews_on
view by_category kanban license "By category" fields=product,seats_used group_by=category
view add form license "Add licence" fields=product,vendor,category,plan,seats_bought,cost_per_seat,billing,renews_on,owner,contract
dashboard spend "Spend"
  stat "Annual spend" sum license.annual_cost
  stat "Unused seats" sum license.unused_seats
  bar "Spend by category" sum license.annual_cost by category
permission license create admin
permission license update admin
permission license delete admin
nav licences, renewals, by_category, add, spend
home licences
