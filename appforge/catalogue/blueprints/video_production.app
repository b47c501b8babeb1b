app video-production "Video Production Projects"
  description "A video production company runs client projects from brief through pre-production, shoot days, edit and delivery, with crew and budgets. Also: film production tracker, corporate video agency, post-production pipeline."
  access signin
  theme primary=#111827 background=#f9fafb accent=#ef4444 icon="🎬"
role producer "Producer"
role crew "Crew"
default_role crew
owner_role producer
entity project
  display title
  title: text required
  client: text required
  format: choice(Commercial, Corporate, Music video, Documentary, Social cut, Event)
  budget: money(GBP) min=0
  stage: choice(Brief:#94a3b8, Pre-production:#a855f7, Shooting:#f59e0b, Editing:#3b82f6, Client review:#06b6d4, Delivered:#22c55e) default=Brief
  delivery_on: date
  producer: user
  script: file
  thumbnail: image
entity shoot_day "Shoot day"
  project: reference(project) required
  shoot_on: date required
  location: text
  call_time: time
  crew_needed: tags(Director, DoP, Sound, Gaffer, Grip, MUA, Drone)
  kit_notes: long_text
view projects kanban project "Projects" fields=title,client,delivery_on group_by=stage
view shoots calendar shoot_day "Shoot days" fields=project,location date_field=shoot_on
view deliveries calendar project "Deliveries" fields=title,client date_field=delivery_on
view reel cards project "Reel" fields=client,format image_field=thumbnail
dashboard studio "Studio"
  stat "Budget in production" sum project.budget where stage!=Delivered
  pie "Formats" count project by format
  bar "Shoot days by project" count shoot_day by project
permission project create producer
permission shoot_day create producer
nav projects, shoots, deliveries, reel, studio
home projects
