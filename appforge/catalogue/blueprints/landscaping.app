app landscaping "Landscaping & Lawn Care"
  description "A landscaping company manages properties, recurring mowing routes, landscape projects and crew assignments. Also: lawn care scheduling, gardening service, grounds maintenance."
  access signin
  theme primary=#15803d background=#f7fee7 accent=#a16207 icon="🌳"
role office "Office"
role crew "Crew lead"
default_role crew
owner_role office
entity property
  display address
  address: text required
  client_name: text required
  client_phone: phone
  lawn_sq_ft: integer min=0
  service_plan: choice(Weekly mow, Biweekly mow, Seasonal, Projects only)
  gate_code: text
entity job
  property: reference(property) required
  scheduled_on: date required
  crew_lead: user
  work: tags(Mowing, Edging, Hedge trimming, Mulching, Planting, Leaf cleanup, Irrigation)
  stage: choice(Scheduled:#3b82f6, In progress:#f59e0b, Done:#22c55e, Rain delay:#64748b) default=Scheduled
  price: money(USD) min=0
  after_photo: image
view route calendar job "Route" fields=property,work date_field=scheduled_on
view board kanban job "Jobs" fields=property,crew_lead,scheduled_on group_by=stage
view properties table property fields=address,client_name,service_plan,lawn_sq_ft
view results cards job "Results" fields=property,work image_field=after_photo
dashboard ops "Operations"
  stat "Revenue" sum job.price where stage=Done
  pie "Service plans" count property by service_plan
  line "Jobs per week" count job by scheduled_on per week
permission property create office
permission job update office,crew
nav route, board, properties, results, ops
home route
