app bowling-league "Bowling League Scores"
  description "A bowling alley or league secretary runs a league: teams, bowlers with averages and handicaps, weekly match schedule and game scores. Also: tenpin league, bowling standings, league secretary."
  access signin
  theme primary=#1e3a8a background=#f8fafc accent=#dc2626 icon="🎳"
role secretary "League secretary"
role bowler_role "Bowler"
default_role bowler_role
owner_role secretary
entity team
  display name
  name: text required unique
  captain: text
  sponsor: text
entity bowler
  display name
  name: text required
  team: reference(team) required
  email: email
  average: integer min=0 max=300
  handicap: integer min=0 max=100
entity match_night "Match"
  week: integer min=1 max=40 required
  played_on: date required
  home_team: reference(team) required
  away_team: reference(team) required
  lanes: text
entity game_score "Score"
  match_night: reference(match_night) required
  bowler: reference(bowler) required
  game_1: integer min=0 max=300
  game_2: integer min=0 max=300
  game_3: integer min=0 max=300
  series: computed = game_1 + game_2 + game_3
view schedule calendar match_night "Schedule" fields=home_team,away_team,lanes date_field=played_on
view scores table game_score "Scores" fields=match_night,bowler,game_1,game_2,game_3,series
view enter form game_score "Enter scores" fields=match_night,bowler,game_1,game_2,game_3
view bowlers table bowler fields=name,team,average,handicap sort=-average
dashboard standings "Standings"
  bar "Pins by bowler" sum game_score.series by bowler
  stat "High series" max game_score.series
  stat "League average" avg bowler.average
permission game_score create secretary
permission game_score update secretary
permission match_night create secretary
nav schedule, scores, enter, bowlers, standings
home standings
