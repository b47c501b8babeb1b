app standup-updates "Async Daily Standup"
  description "Team members post a daily standup: what they did yesterday, today's plan and blockers, and leads see the team's updates and open blockers. Also: async standup, daily check-in, status update board."
  access signin
  theme primary=#0891b2 background=#f5fbfd accent=#f43f5e icon="☀️"
role lead "Team lead"
role member "Team member"
default_role member
owner_role lead

entity team
  icon "👥"
  display name
  name: text required unique
  lead: user
  standup_time: time

entity update
  icon "🗒️"
  order -day
  day: date required
  author: created_by
  yesterday: long_text required
  today: long_text required
  blockers: long_text
  blocked: boolean default=false
  mood: choice(Great:#22c55e, Fine:#84cc16, Meh:#f59e0b, Stressed:#ef4444)
  team: reference(team)

view post form update "Post today's update" fields=day,team,yesterday,today,blockers,blocked,mood
view feed table update "Team feed" fields=day,author,team,today,blocked,mood sort=-day
view blockers table update "Blockers" fields=day,author,blockers sort=-day where blocked=true
view teams table team fields=name,lead,standup_time
view standup_calendar calendar update "Calendar" fields=author,mood date_field=day
dashboard team_pulse "Team pulse"
  pie "Mood" count update by mood
  bar "Updates per person" count update by author
  line "Blocked days per week" count update by day per week where blocked=true

permission update update signed_in own
permission update delete lead
permission team create lead

nav post, feed, blockers, standup_calendar, teams, team_pulse
home post
