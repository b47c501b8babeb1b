app model-railway "Model Railway Roster"
  description "Catalogue locomotives and rolling stock by scale and era, track DCC addresses and servicing, and plan layout building jobs. Also: model train inventory, layout planner, rolling stock register."
  access signin
  theme primary=#14532d background=#f8faf5 accent=#b91c1c icon="🚂"

entity locomotive
  icon "🚂"
  display name
  order running_number
  name: text required
  running_number: text
  manufacturer: choice(Hornby, Bachmann, Dapol, Heljan, Accurascale, Märklin, Kato, Other)
  scale: choice(OO:#14532d, HO:#15803d, N:#65a30d, O:#a16207, G:#78350f, TT:#0d9488) required
  traction: choice(Steam:#111827, Diesel:#f59e0b, Electric:#2563eb, DMU:#16a34a)
  livery: text
  era: text
  dcc_address: integer label="DCC address" min=1 max=9999 unique
  sound: boolean default=false
  last_serviced: date
  paid: money(GBP) min=0
  photo: image

entity layout_job "Layout job"
  icon "🛠️"
  order -created_at
  title: text required
  area: choice(Baseboard, Track, Wiring, Scenery, Buildings, Signalling, Fiddle yard)
  status: choice(Idea:#94a3b8, To do:#3b82f6, In progress:#f59e0b, Done:#22c55e) default=Idea
  due: date
  cost: money(GBP) min=0
  notes: long_text

view roster cards locomotive "Roster" fields=running_number,scale,traction,dcc_address image_field=photo
view locos table locomotive "Locomotives" fields=name,running_number,manufacturer,scale,traction,dcc_address,sound,last_serviced sort=running_number
view jobs kanban layout_job "Layout jobs" fields=title,area,due group_by=status
view job_list table layout_job fields=title,area,status,due,cost
dashboard yard "Yard"
  stat "Locomotives" count locomotive
  pie "By traction" count locomotive by traction
  stat "Layout spend" sum layout_job.cost
  bar "Jobs per area" count layout_job by area

nav roster, locos, jobs, job_list, yard
home roster
