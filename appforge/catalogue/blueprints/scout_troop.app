app scout-troop "Scout Troop Organiser"
  description "Leaders run a scout troop or guides unit: young people in patrols, badges earned, weekly meetings and camps with permission forms and payments. Also: scouts management, cub pack admin, badge tracker, camp sign-up."
  access signin
  theme primary=#4d7c0f background=#fafdf5 accent=#7c3aed icon="⚜️"
role leader "Leader"
role parent "Parent"
default_role parent
owner_role leader

entity scout
  icon "🧒"
  display name
  order name
  name: text required
  patrol: choice(Eagles:#a16207, Owls:#78716c, Foxes:#ea580c, Otters:#0e7490, Kestrels:#b91c1c) required
  born_on: date required
  parent_name: text
  parent_phone: phone required
  medical: long_text label="Medical and dietary"
  joined_on: date
  photo_consent: boolean default=false

entity badge_award "Badge"
  icon "🎖️"
  order -awarded_on
  scout: reference(scout) required
  badge: choice(Camper:#22c55e, Hikes Away:#a16207, Navigator:#3b82f6, First Aid:#ef4444, Chef:#f59e0b, Swimmer:#0ea5e9, Digital Maker:#8b5cf6, Chief Scout's Gold:#eab308) required
  awarded_on: date required

entity activity
  icon "🏕️"
  plural "Activities"
  display title
  order starts_at
  title: text required
  kind: choice(Meeting:#3b82f6, Camp:#16a34a, Hike:#a16207, Trip:#ec4899, Service:#f59e0b) required
  starts_at: datetime required
  location: text
  cost: money(GBP) min=0
  kit_list: long_text
  permission_form: file

view troop table scout "Troop" fields=name,patrol,born_on,parent_phone,photo_consent sort=name
view programme calendar activity "Programme" fields=title,kind date_field=starts_at
view badges table badge_award "Badges" fields=awarded_on,scout,badge sort=-awarded_on
view award form badge_award "Award a badge" fields=scout,badge,awarded_on
dashboard troop_stats "Troop"
  pie "Patrols" count scout by patrol
  bar "Badges awarded" count badge_award by badge
  line "Badges per month" count badge_award by awarded_on per month

permission scout read leader
permission scout read parent own
permission badge_award create leader
permission activity create leader
permission activity update leader

nav programme, troop, badges, award, troop_stats
home programme
