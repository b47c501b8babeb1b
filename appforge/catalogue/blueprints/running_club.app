app running-club "Running Club Hub"
  description "A running club's members, weekly group runs with routes and pace groups, race entries and results, and membership fees. Also: athletics club admin, run club organiser, club race results."
  access signin
  theme primary=#dc2626 background=#fffafa accent=#2563eb icon="🏃‍♂️"
role committee "Committee"
role runner "Runner"
default_role runner
owner_role committee

entity member
  icon "🏃"
  display name
  order name
  name: text required
  email: email required unique
  phone: phone
  membership: choice(Full:#22c55e, Second claim:#3b82f6, Social:#f59e0b, Junior:#a855f7)
  renewal_due: date
  emergency_contact: text
  account: user

entity group_run "Group run"
  icon "🗺️"
  order starts_at
  title: text required
  starts_at: datetime required
  meeting_point: text
  distance_km: decimal min=1 max=50
  pace_groups: tags(Sub-5 min/km:#ef4444, 5-6 min/km:#f59e0b, 6-7 min/km:#22c55e, Walk-run:#3b82f6)
  route_link: url
  leader: reference(member)

entity race_result "Race result"
  icon "🏁"
  order -race_date
  member: reference(member) required
  race: text required
  race_date: date required
  distance: choice(5K, 10K, Half marathon, Marathon, Ultra, Cross country, Parkrun) required
  chip_time_min: decimal label="Chip time (min)" min=1
  position: integer min=1
  pb: boolean label="PB" default=false

view runs calendar group_run "Club runs" fields=title,meeting_point,leader date_field=starts_at
view members table member fields=name,email,membership,renewal_due sort=name
view results table race_result "Results" fields=race_date,member,race,distance,chip_time_min,position,pb sort=-race_date
view submit_result form race_result "Submit a result" fields=member,race,race_date,distance,chip_time_min,position,pb
dashboard club "Club"
  stat "Members" count member
  stat "PBs this year" count race_result where pb=true
  bar "Races per distance" count race_result by distance

permission group_run create committee
permission group_run update committee
permission member read committee
permission race_result update signed_in own

nav runs, results, submit_result, members, club
home runs
