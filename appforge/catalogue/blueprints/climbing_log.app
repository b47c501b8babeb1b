app climbing-log "Climbing Ascent Logbook"
  description "Log climbing and bouldering sessions and every route or problem sent: grade, style, crag or gym, attempts. Also: bouldering log, climbing tracker, tick list."
  access signin
  theme primary=#9a3412 background=#fdf9f6 accent=#0f766e icon="🧗"

entity venue
  icon "🏔️"
  display name
  name: text required unique
  kind: choice(Indoor gym:#6366f1, Crag:#a16207, Boulder field:#78716c)
  location: text
  website: url

entity ascent
  icon "🧗"
  display route_name
  order -climbed_on
  route_name: text required label="Route or problem"
  venue: reference(venue)
  climbed_on: date required
  discipline: choice(Boulder:#f59e0b, Sport:#3b82f6, Trad:#a16207, Top rope:#22c55e, Ice:#0ea5e9) required
  grade: text required help="e.g. V4, 6b+, E1 5b."
  style: choice(Onsight:#a855f7, Flash:#eab308, Redpoint:#ef4444, Repeat:#64748b, Project:#94a3b8) required
  attempts: integer min=1 default=1
  stars: rating
  photo: image
  notes: text

view ascents table ascent "Logbook" fields=climbed_on,route_name,venue,discipline,grade,style,attempts,stars sort=-climbed_on
view tick form ascent "Tick a climb" fields=route_name,venue,climbed_on,discipline,grade,style,attempts,stars,notes
view session_calendar calendar ascent "Sessions" fields=route_name,grade date_field=climbed_on
view projects kanban ascent "Projects" fields=route_name,grade,venue group_by=style
view venues table venue fields=name,kind,location
dashboard pyramid "Grade pyramid"
  bar "Sends per grade" count ascent by grade
  pie "Disciplines" count ascent by discipline
  line "Climbs per week" count ascent by climbed_on per week

nav ascents, tick, session_calendar, projects, venues, pyramid
home ascents
