app food-safety-audits "Food Safety Audits"
  description "A restaurant group or food business runs HACCP checks, fridge temperature logs and food safety audits across sites, with corrective actions. Also: HACCP log, kitchen hygiene audit, health inspection prep."
  access signin
  theme primary=#15803d background=#f0fdf4 accent=#dc2626 icon="🌡️"
role auditor "Auditor"
role site_manager "Site manager"
default_role site_manager
owner_role auditor
entity site
  display name
  name: text required
  address: text
  hygiene_rating: integer min=0 max=5
entity audit
  site: reference(site) required
  audited_on: date required
  auditor: user
  score_pct: integer min=0 max=100
  result: choice(Pass:#22c55e, Improvement needed:#f59e0b, Fail:#ef4444)
  next_audit: date
  report: file
entity temp_check "Temperature check"
  site: reference(site) required
  unit: choice(Walk-in fridge, Reach-in fridge, Freezer, Hot hold, Delivery)
  checked_at: datetime required
  temp_c: decimal min=-40 max=100 required
  in_range: boolean default=true
  action_taken: text
view audits table audit fields=audited_on,site,score_pct,result,next_audit sort=-audited_on
view schedule calendar audit "Audit calendar" fields=site,result date_field=next_audit
view log_temp form temp_check "Log temperature" fields=site,unit,checked_at,temp_c,in_range,action_taken
view temps table temp_check "Temperature log" fields=checked_at,site,unit,temp_c,in_range sort=-checked_at
dashboard compliance "Compliance"
  stat "Average audit score" avg audit.score_pct
  bar "Score by site" avg audit.score_pct by site
  stat "Out-of-range readings" count temp_check where in_range=false
permission audit create auditor
permission audit update auditor
nav audits, schedule, log_temp, temps, compliance
home temps
