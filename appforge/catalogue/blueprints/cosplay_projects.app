app cosplay-projects "Cosplay Build Planner"
  description "Plan cosplay builds for conventions: characters, costume parts with materials and techniques, budget, deadlines and progress photos. Also: costume planner, con prep tracker, cosplay build log."
  access signin
  theme primary=#a21caf background=#fdf7ff accent=#0891b2 radius=14 icon="🦹"

entity cosplay
  icon "🎭"
  display character
  order convention_date
  character: text required
  series: text
  reference_image: image
  convention: text
  convention_date: date
  days_left: computed = days_between(today(), convention_date)
  budget: money(USD) min=0
  status: choice(Idea:#94a3b8, Planning:#3b82f6, Building:#f59e0b, Ready:#22c55e, Worn:#a855f7) default=Idea

entity part
  icon "✂️"
  display name
  cosplay: reference(cosplay) required
  name: text required
  technique: choice(Sewing:#ec4899, EVA foam:#f97316, 3D print:#3b82f6, Worbla:#a16207, Wig styling:#a855f7, Makeup:#f43f5e, Bought:#64748b)
  materials: text
  cost: money(USD) min=0
  status: choice(To do:#94a3b8, In progress:#f59e0b, Done:#22c55e) default="To do"
  progress_photo: image

view cosplays cards cosplay "Cosplays" fields=series,convention,days_left,status image_field=reference_image
view builds kanban part "Build board" fields=name,cosplay,technique group_by=status
view parts table part fields=cosplay,name,technique,materials,cost,status
view cons calendar cosplay "Con calendar" fields=character,convention date_field=convention_date
dashboard budget "Budget"
  bar "Spend per cosplay" sum part.cost by cosplay
  pie "Techniques" count part by technique

nav cosplays, builds, parts, cons, budget
home builds
