app sports-team-roster "Team Roster & Fixtures"
  description "Manage an amateur sports team: player roster with positions and numbers, fixtures and results, and who's available for each match. Also: team management, squad availability, fixture list."
  access signin
  theme primary=#1d4ed8 background=#f8faff accent=#facc15 icon="🏅"
role coach "Coach"
role player "Player"
default_role player
owner_role coach

entity player
  icon "👕"
  display name
  order shirt_number
  name: text required
  shirt_number: integer unique min=0 max=99
  position: choice(Goalkeeper:#f59e0b, Defender:#3b82f6, Midfielder:#22c55e, Forward:#ef4444)
  email: email
  phone: phone
  subs_paid: boolean default=false
  photo: image
  account: user

entity fixture
  icon "🏟️"
  display opponent
  order kick_off
  opponent: text required
  kick_off: datetime required
  home_away: choice(Home:#22c55e, Away:#3b82f6) required
  venue: text
  goals_for: integer min=0
  goals_against: integer min=0
  result: choice(Win:#22c55e, Draw:#f59e0b, Loss:#ef4444, Postponed:#94a3b8)

entity availability
  icon "✋"
  fixture: reference(fixture) required
  player: reference(player) required
  answer: choice(Available:#22c55e, Maybe:#f59e0b, Unavailable:#ef4444) required
  note: text

view squad cards player "Squad" fields=shirt_number,position,subs_paid image_field=photo
view fixtures calendar fixture "Fixtures" fields=opponent,home_away date_field=kick_off
view results table fixture "Results" fields=kick_off,opponent,home_away,goals_for,goals_against,result sort=-kick_off
view available form availability "Can you play?" fields=fixture,player,answer,note
view availability_list kanban availability "Availability" fields=player,fixture group_by=answer
dashboard season "Season"
  pie "Results" count fixture by result
  stat "Goals scored" sum fixture.goals_for
  stat "Goals conceded" sum fixture.goals_against

permission fixture create coach
permission fixture update coach
permission player create coach
permission availability update signed_in own

nav fixtures, squad, available, availability_list, results, season
home fixtures
