app chess-club "Chess Club Ladder"
  description "A chess club's members with ratings, club nights, games played with results and openings, and the club ladder. Also: chess club ladder, tournament results, chess game log."
  access signin
  theme primary=#1c1917 background=#fafaf9 accent=#b45309 font="Georgia, serif" icon="♟️"
role captain "Captain"
role member "Member"
default_role member
owner_role captain

entity player
  icon "🧠"
  display name
  order -rating
  name: text required unique
  rating: integer min=100 max=3000 default=1200
  fide_id: text label="FIDE ID"
  email: email
  ladder_position: integer min=1
  junior: boolean default=false

entity game
  icon "♞"
  order -played_on
  played_on: date required
  white: reference(player) required
  black: reference(player) required
  result: choice(1-0:#f5f5f4, 0-1:#1c1917, ½-½:#a8a29e) required
  opening: text help="e.g. Sicilian Najdorf"
  eco_code: text label="ECO" pattern="[A-E][0-9]{2}"
  time_control: choice(Bullet, Blitz, Rapid, Classical) default=Rapid
  event: choice(Club night:#3b82f6, Ladder:#22c55e, League:#f59e0b, Tournament:#a855f7)
  pgn: file label="PGN"

view ladder table player "Ladder" fields=ladder_position,name,rating,junior sort=ladder_position
view games table game fields=played_on,white,black,result,opening,time_control,event sort=-played_on
view record form game "Record a game" fields=played_on,white,black,result,opening,eco_code,time_control,event,pgn
view club_nights calendar game "Club nights" fields=white,black,result date_field=played_on
dashboard stats "Stats"
  pie "Results" count game by result
  bar "Games as white" count game by white
  stat "Members" count player

permission player update captain
permission game delete captain

nav ladder, games, record, club_nights, stats
home ladder
