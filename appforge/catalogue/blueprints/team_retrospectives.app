app team-retrospectives "Sprint Retro Board"
  description "Run team retrospectives: cards for what went well, what didn't and ideas, votes on each, and action items followed up next sprint. Also: retro board, start stop continue, team reflection."
  access signin
  theme primary=#db2777 background=#fff8fc accent=#14b8a6 radius=14 icon="🔄"

entity retro
  icon "🗓️"
  display name
  order -held_on
  name: text required
  held_on: date required
  facilitator: user
  format: choice(Went well / To improve, Start Stop Continue, Mad Sad Glad, 4Ls, Sailboat)
  team_mood: rating

entity card
  icon "🗒️"
  retro: reference(retro) required
  column: choice(Went well:#22c55e, To improve:#ef4444, Ideas:#3b82f6, Shout-outs:#f59e0b) required
  text: long_text required
  votes: integer min=0 default=0
  anonymous: boolean default=true

entity action
  icon "🎬"
  display title
  retro: reference(retro) required
  title: text required
  owner: user
  due: date
  status: choice(Open:#3b82f6, Done:#22c55e, Not done:#ef4444) default=Open

view board kanban card "Retro board" fields=text,votes,retro group_by=column
view add_card form card "Add a card" fields=retro,column,text,anonymous
view cards_by_votes table card "Top voted" fields=retro,column,text,votes sort=-votes
view actions kanban action "Actions" fields=title,owner,due group_by=status
view retros calendar retro "Retros" fields=name,facilitator date_field=held_on
dashboard trends "Trends"
  line "Team mood" avg retro.team_mood by held_on per month
  pie "Cards by column" count card by column
  stat "Open actions" count action where status=Open

nav board, add_card, cards_by_votes, actions, retros, trends
home board
