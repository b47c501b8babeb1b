app car-wash "Car Wash & Detailing"
  description "A car wash and detailing shop sells wash packages and monthly memberships and books detailing appointments. Also: auto detailing, valeting service, hand car wash."
  access signin
  theme primary=#0284c7 background=#f0f9ff accent=#facc15 icon="🧼"
entity wash_member "Member"
  display plate
  name: text required
  plate: text required unique
  plan: choice(Basic:#94a3b8, Deluxe:#3b82f6, Unlimited:#22c55e)
  monthly_fee: money(USD) min=0
  renews_on: date
entity wash
  plate: text required
  member: reference(wash_member)
  package: choice(Express:#38bdf8, Full wash:#3b82f6, Interior valet:#a855f7, Full detail:#f59e0b, Ceramic coat:#111827) required
  at: datetime required
  price: money(USD) min=0
  status: choice(Queued:#94a3b8, Washing:#3b82f6, Done:#22c55e) default=Queued
  before_photo: image
view lane kanban wash "Lane" fields=plate,package group_by=status
view details calendar wash "Detailing bookings" fields=plate,package date_field=at
view members table wash_member "Members" fields=name,plate,plan,renews_on
view log form wash "New wash" fields=plate,member,package,at,price
dashboard sales "Sales"
  stat "Members" count wash_member
  pie "Packages" count wash by package
  line "Washes per day" count wash by at per day
nav lane, details, members, log, sales
home lane
