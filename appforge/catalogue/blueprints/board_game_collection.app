app board-game-collection "Board Game Shelf"
  description "Catalogue a board game collection with player counts, play time and complexity, and log plays with winners and scores. Also: tabletop game library, game night tracker, play log."
  access signin
  theme primary=#4338ca background=#f8f8ff accent=#f59e0b icon="🎲"

entity player
  icon "🧑"
  display name
  name: text required unique
  email: email

entity game
  icon "♟️"
  display title
  order title
  title: text required unique
  box_art: image
  min_players: integer min=1 max=20 default=2
  max_players: integer min=1 max=20 default=4
  play_minutes: integer label="Play time (min)" min=5
  weight: decimal label="Complexity (1-5)" min=1 max=5
  mechanics: tags(Deck building:#8b5cf6, Worker placement:#f59e0b, Co-op:#22c55e, Area control:#ef4444, Drafting:#3b82f6, Party:#ec4899, Roll and write:#14b8a6)
  owned: choice(Owned:#22c55e, Wishlist:#94a3b8, Lent out:#f59e0b, Sold:#64748b) default=Owned
  price_paid: money(USD) min=0
  bgg_link: url label="BoardGameGeek"

entity play
  icon "🏆"
  order -played_on
  game: reference(game) required
  played_on: date required
  players: many_to_many(player)
  winner: reference(player)
  scores: text help="e.g. Ana 84, Ben 79"
  duration_min: integer min=1
  fun: rating

view shelf cards game "Shelf" fields=min_players,max_players,play_minutes,weight image_field=box_art
view games table game "Collection" fields=title,min_players,max_players,play_minutes,weight,owned sort=title
view plays table play "Play log" fields=played_on,game,winner,duration_min,fun sort=-played_on
view log_play form play "Log a play" fields=game,played_on,players,winner,scores,duration_min,fun
view game_nights calendar play "Game nights" fields=game,winner date_field=played_on
view players table player fields=name,email
dashboard table_talk "Table talk"
  stat "Plays" count play
  bar "Most played" count play by game
  bar "Wins per player" count play by winner
  pie "Collection status" count game by owned

nav shelf, games, plays, log_play, game_nights, players, table_talk
home shelf
