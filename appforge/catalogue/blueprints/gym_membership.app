app gym-membership "Gym Membership Desk"
  description "A gym or fitness club manages members, membership plans, renewals, freezes and door check-ins. Also: fitness centre membership, health club CRM, leisure centre members."
  access signin
  theme primary=#dc2626 background=#fafafa accent=#111827 icon="🏋️"
role manager "Manager"
role front_desk "Front desk"
default_role front_desk
owner_role manager
entity plan "Membership plan"
  display name
  name: text required unique
  monthly_fee: money(USD) min=0 required
  joining_fee: money(USD) min=0
  access_hours: choice(24/7, Off-peak, Weekends)
  includes: tags(Classes, Pool, Sauna, Personal training, Towel service)
entity member
  icon "🪪"
  display name
  name: text required
  email: email unique
  phone: phone
  plan: reference(plan) required
  joined_on: date required
  renews_on: date
  status: choice(Active:#22c55e, Frozen:#38bdf8, Overdue:#f59e0b, Cancelled:#94a3b8) default=Active
  card_number: text unique
  photo: image
entity check_in "Check-in"
  member: reference(member) required
  at: datetime required
  area: choice(Gym floor, Pool, Class studio)
view members table member fields=name,plan,status,renews_on sort=renews_on
view statuses kanban member "Member status" fields=name,plan,renews_on group_by=status
view join form member "Join" fields=name,email,phone,plan,joined_on,photo
view renewals calendar member "Renewals" fields=name,plan date_field=renews_on
view plans table plan fields=name,monthly_fee,access_hours,includes
dashboard club "Club"
  stat "Active members" count member where status=Active
  bar "Members by plan" count member by plan
  line "Check-ins per week" count check_in by at per week
permission plan create manager
permission plan update manager
permission member delete manager
nav members, statuses, join, renewals, plans, club
home club
