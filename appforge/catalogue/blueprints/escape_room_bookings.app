app escape-room-bookings "Escape Room Bookings"
  description "An escape room venue takes online bookings for its themed rooms by time slot, records team names, escape times and hints used. Also: escape game booking, puzzle room scheduler, team-building games."
  access public
  theme primary=#581c87 background=#0b0b12 text=#f5f3ff accent=#f59e0b dark=true icon="🗝️"
role game_master "Game master"
owner_role game_master
entity room
  display name
  name: text required unique
  theme: choice(Heist, Horror, Sci-fi, Mystery, Adventure)
  difficulty: rating
  min_players: integer min=1 max=12 default=2
  max_players: integer min=1 max=12 default=6
  price_per_player: money(GBP) min=0
  poster: image
entity booking
  room: reference(room) required
  team_name: text required
  contact_email: email required
  players: integer min=1 max=12 required
  slot: datetime required
  status: choice(Booked:#3b82f6, Playing:#f59e0b, Escaped:#22c55e, Failed:#ef4444, Cancelled:#94a3b8) default=Booked
  escape_minutes: integer min=0 max=90
  hints_used: integer min=0 max=10
  team_photo: image
view rooms cards room "Rooms" fields=theme,difficulty,price_per_player image_field=poster
view book form booking "Book a room" fields=room,team_name,contact_email,players,slot
view slots calendar booking "Slots" fields=team_name,room date_field=slot
view leaderboard table booking "Leaderboard" fields=team_name,room,escape_minutes,hints_used sort=escape_minutes where status=Escaped
view wall cards booking "Team photos" fields=team_name,room,escape_minutes image_field=team_photo
dashboard venue "Venue"
  stat "Players" sum booking.players
  pie "Outcomes" count booking by status
  bar "Bookings by room" count booking by room
permission booking update game_master
permission booking delete game_master
permission room create game_master
permission room update game_master
nav rooms, book, slots, leaderboard, wall, venue
home rooms
