app food-bank "Food Bank Operations"
  description "Run a food bank: donations received by weight and category, stock on the shelves, client referrals and parcels handed out. Also: food pantry management, emergency food parcels, donation intake."
  access signin
  theme primary=#c2410c background=#fffaf5 accent=#15803d icon="🥫"
role manager "Manager"
role volunteer "Volunteer"
default_role volunteer
owner_role manager

entity donation
  icon "📥"
  order -received_on
  received_on: date required
  donor: text
  source: choice(Supermarket:#3b82f6, Public:#22c55e, School:#f59e0b, Church:#a855f7, Business:#64748b, Food drive:#ec4899)
  category: choice(Tins:#94a3b8, Pasta & rice:#eab308, Cereal:#f59e0b, Toiletries:#ec4899, Baby:#38bdf8, Fresh:#22c55e, Long-life milk:#e0f2fe) required
  weight_kg: decimal required min=0
  best_before: date

entity client_referral "Referral"
  icon "📝"
  order -referred_on
  reference_code: text required unique
  referred_on: date required
  agency: choice(Citizens Advice, GP, School, Social services, Housing, Self)
  adults: integer min=1 default=1
  children: integer min=0 default=0
  dietary_needs: text
  status: choice(New:#3b82f6, Parcel given:#22c55e, Follow-up:#f59e0b) default=New

entity parcel
  icon "🛍️"
  order -given_on
  referral: reference(client_referral) required
  given_on: date required
  size: choice(Single, Couple, Family, Large family) required
  weight_kg: decimal min=0
  delivered: boolean default=false

view intake form donation "Log a donation" fields=received_on,donor,source,category,weight_kg,best_before
view donations table donation fields=received_on,donor,source,category,weight_kg,best_before sort=-received_on
view referrals kanban client_referral "Referrals" fields=reference_code,agency,adults,children group_by=status
view parcels calendar parcel "Parcels" fields=referral,size date_field=given_on
dashboard impact "Impact"
  stat "Kg donated" sum donation.weight_kg
  stat "Parcels given" count parcel
  pie "Donations by category" sum donation.weight_kg by category
  line "Parcels per week" count parcel by given_on per week

permission client_referral read manager,volunteer
permission client_referral delete manager
permission parcel delete manager

nav intake, donations, referrals, parcels, impact
home impact
