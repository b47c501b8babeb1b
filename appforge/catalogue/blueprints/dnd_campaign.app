app dnd-campaign "D&D Campaign Manager"
  description "A dungeon master's campaign notebook for Dungeons & Dragons and other tabletop RPGs: player characters, NPCs, locations, session recaps and loot. Also: TTRPG campaign tracker, DM notes, session log, party sheet."
  access signin
  theme primary=#7f1d1d background=#fbf6ee accent=#b45309 font="Georgia, serif" icon="🐉"
role dm "Dungeon master"
role player "Player"
default_role player
owner_role dm

entity character
  icon "🧙"
  display name
  order name
  name: text required
  kind: choice(Player character:#2563eb, NPC:#a16207, Villain:#7f1d1d, Companion:#16a34a) required
  race: text label="Ancestry"
  char_class: choice(Barbarian, Bard, Cleric, Druid, Fighter, Monk, Paladin, Ranger, Rogue, Sorcerer, Warlock, Wizard, None) label="Class"
  level: integer min=1 max=20 default=1
  hit_points: integer min=0
  armour_class: integer min=1 max=30
  player: user
  portrait: image
  backstory: long_text
  status: choice(Alive:#22c55e, Dead:#111827, Missing:#f59e0b) default=Alive

entity session
  icon "📜"
  order -played_on
  number: integer required unique min=0
  title: text
  played_on: date required
  recap: long_text
  xp_awarded: integer min=0
  where_played: reference(location) label="Where the party went"
  loot: long_text

entity location
  icon "🏰"
  display name
  name: text required
  region: text
  type: choice(City, Dungeon, Wilderness, Tavern, Temple, Lair)
  secrets: long_text label="DM secrets"
  map: image

view party cards character "Characters" fields=kind,char_class,level,status image_field=portrait
view sessions table session "Session log" fields=number,title,played_on,xp_awarded sort=-number
view recap form session "Write a recap" fields=number,title,played_on,recap,xp_awarded,loot
view game_nights calendar session "Game nights" fields=title date_field=played_on
view locations cards location "Atlas" fields=region,type image_field=map
dashboard campaign "Campaign"
  stat "Sessions played" count session
  stat "XP awarded" sum session.xp_awarded
  pie "Cast" count character by kind

permission location read dm
permission session create dm
permission character update dm
permission character update player own

nav party, sessions, recap, game_nights, locations, campaign
home party
