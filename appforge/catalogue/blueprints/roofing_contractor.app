app roofing-contractor "Roofing Leads & Jobs"
  description "A roofing contractor manages leads from storm damage and referrals, inspections, estimates, insurance claims and installs. Also: roofer CRM, roof replacement tracker, storm restoration."
  access signin
  theme primary=#7c2d12 background=#fff7ed accent=#0369a1 icon="🏠"
role sales "Sales rep"
role production "Production"
default_role sales
owner_role production
entity roof_job "Roof job"
  display homeowner
  homeowner: text required
  address: text required
  phone: phone
  source: choice(Storm canvass, Referral, Website, Insurance)
  material: choice(Asphalt shingle, Metal, Tile, Slate, Flat TPO)
  squares: decimal min=0 help="Roofing squares of 100 sq ft"
  estimate: money(USD) min=0
  insurance_claim: text
  rep: user
  stage: choice(Lead:#94a3b8, Inspected:#f59e0b, Estimate sent:#a855f7, Signed:#3b82f6, Installed:#22c55e, Lost:#ef4444) default=Lead
  install_on: date
  drone_photo: image
view pipeline kanban roof_job "Pipeline" fields=homeowner,material,estimate,rep group_by=stage
view installs calendar roof_job "Installs" fields=homeowner,material date_field=install_on
view my_leads table roof_job "My leads" fields=homeowner,address,stage,estimate where rep=me
view photos cards roof_job "Roof photos" fields=address,material image_field=drone_photo
dashboard sales_dash "Sales"
  stat "Signed value" sum roof_job.estimate where stage=Signed
  pie "Lead sources" count roof_job by source
  bar "Estimates by rep" sum roof_job.estimate by rep
permission roof_job update sales own
permission roof_job update production
nav pipeline, installs, my_leads, photos, sales_dash
home pipeline
