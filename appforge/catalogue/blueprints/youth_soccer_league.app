app youth-soccer-league "Youth Soccer League"
  description "Run a youth football league: age-group teams, registered players with guardian contacts and medical notes, coaches, fixtures and results tables, public fixtures page. Also: junior football league, kids soccer club admin, league fixtures."
  access public
  theme primary=#15803d background=#f7fdf9 accent=#f59e0b icon="⚽"
role league_admin "League admin"
role coach "Coach"
owner_role league_admin

entity team
  icon "🛡️"
  display name
  name: text required unique
  age_group: choice(U7:#a3e635, U9:#84cc16, U11:#22c55e, U13:#15803d, U15:#0f766e, U17:#1e3a8a) required
  coach: user
  kit_colour: text

entity player
  icon "🧒"
  display name
  name: text required
  team: reference(team) required
  born_on: date required
  guardian_name: text required
  guardian_phone: phone required
  guardian_email: email
  medical_notes: long_text
  photo_consent: boolean default=false
  registration_fee_paid: boolean default=false

entity match
  icon "🥅"
  plural "Matches"
  order kick_off
  home_team: reference(team) required
  away_team: reference(team) required
  kick_off: datetime required
  pitch: choice(Pitch 1, Pitch 2, Pitch 3, Astro)
  home_goals: integer min=0
  away_goals: integer min=0
  status: choice(Scheduled:#3b82f6, Played:#22c55e, Postponed:#f59e0b, Cancelled:#ef4444) default=Scheduled

view fixtures calendar match "Fixtures" fields=home_team,away_team,pitch date_field=kick_off
view results table match "Results" fields=kick_off,home_team,home_goals,away_goals,away_team,status sort=-kick_off
view teams table team fields=name,age_group,coach,kit_colour
view players table player fields=name,team,born_on,guardian_name,guardian_phone,registration_fee_paid
view register form player "Register a player" fields=name,team,born_on,guardian_name,guardian_phone,guardian_email,medical_notes,photo_consent
dashboard league "League"
  bar "Players per team" count player by team
  pie "Teams by age group" count team by age_group
  stat "Fees outstanding" count player where registration_fee_paid=false

permission player read league_admin,coach
permission player update league_admin
permission match create league_admin
permission match update league_admin,coach
permission team create league_admin

nav fixtures, results, teams, players, register, league
home fixtures
