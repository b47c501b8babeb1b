app video-game-backlog "Video Game Backlog"
  description "Tame the pile of shame: games owned and wanted, platform, hours played, completion status and rating. Also: gaming backlog, game completion tracker, games library."
  access signin
  theme primary=#7c3aed background=#0f0a1e text=#ede9fe accent=#22d3ee dark=true icon="🎮"

entity game
  icon "🕹️"
  display title
  order title
  title: text required
  cover: image
  platform: choice(PC:#64748b, PlayStation 5:#2563eb, Xbox Series:#16a34a, Switch:#ef4444, Steam Deck:#1e293b, Mobile:#f59e0b, Retro:#a855f7) required
  genre: choice(RPG, Action, Adventure, Strategy, Puzzle, Platformer, Shooter, Sports, Roguelike, Simulation)
  status: choice(Wishlist:#94a3b8, Backlog:#f59e0b, Playing:#3b82f6, Beaten:#22c55e, 100%:#eab308, Dropped:#ef4444) default=Backlog
  hours_played: decimal min=0
  hours_to_beat: decimal help="From HowLongToBeat."
  hours_left: computed = hours_to_beat - hours_played
  price_paid: money(USD) min=0
  store: choice(Steam, Epic, GOG, PlayStation Store, Xbox Store, eShop, Physical)
  started_on: date
  finished_on: date
  rating: rating
  notes: long_text

entity play_session "Play session"
  icon "🎮"
  order -played_on
  game: reference(game) required
  played_on: date required
  hours: decimal required min=0.1 max=24
  note: text

view backlog kanban game "Backlog board" fields=title,platform,hours_left group_by=status
view library cards game "Library" fields=platform,status,rating image_field=cover
view games table game "All games" fields=title,platform,genre,status,hours_played,hours_to_beat,rating sort=title
view add form game "Add a game" fields=title,cover,platform,genre,status,hours_to_beat,price_paid,store
view log_play form play_session "Log a session" fields=game,played_on,hours,note
view finished calendar game "Finished" fields=title,platform date_field=finished_on
dashboard pile "Pile of shame"
  stat "Hours left in backlog" sum game.hours_left where status=Backlog
  stat "Games beaten" count game where status=Beaten
  pie "By platform" count game by platform
  line "Hours played per week" sum play_session.hours by played_on per week

nav backlog, library, games, add, log_play, finished, pile
home backlog
