app pool-service "Pool Service Route"
  description "A pool maintenance company runs weekly service routes, logs water chemistry readings and chemicals added, and flags repairs. Also: swimming pool cleaning, pool maintenance log, spa service."
  access signin
  theme primary=#0284c7 background=#f0f9ff accent=#06b6d4 icon="🏊"
role owner "Owner"
role tech "Pool tech"
default_role tech
owner_role owner
entity pool
  display address
  address: text required
  owner_name: text required
  gallons: integer min=0
  surface: choice(Plaster, Vinyl, Fiberglass)
  sanitizer: choice(Chlorine, Salt, Bromine)
  service_day: choice(Mon, Tue, Wed, Thu, Fri)
  monthly_rate: money(USD) min=0
entity service_visit "Service visit"
  pool: reference(pool) required
  visited_at: datetime required
  tech: user
  ph: decimal min=6 max=9
  free_chlorine_ppm: decimal min=0 max=20
  alkalinity_ppm: integer min=0 max=300
  chemicals_added: text
  needs_repair: boolean default=false
  photo: image
view route calendar service_visit "Route" fields=pool,tech date_field=visited_at
view log form service_visit "Log visit" fields=pool,visited_at,ph,free_chlorine_ppm,alkalinity_ppm,chemicals_added,needs_repair,photo
view repairs table service_visit "Repairs needed" fields=visited_at,pool,tech where needs_repair=true
view pools table pool fields=address,owner_name,gallons,sanitizer,service_day,monthly_rate
dashboard route_stats "Route"
  stat "Monthly recurring" sum pool.monthly_rate
  stat "Average pH" avg service_visit.ph
  bar "Pools by service day" count pool by service_day
permission pool create owner
nav route, log, repairs, pools, route_stats
home route
