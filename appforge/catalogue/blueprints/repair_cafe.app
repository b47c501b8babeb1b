app repair-cafe "Repair Café Log"
  description "Run a repair café: visitors bring broken items, volunteer fixers log the fault, the repair and the outcome, and events track the weight saved from landfill. Also: fix-it clinic, restart party log, repair event tracker."
  access signin
  theme primary=#0f766e background=#f5fcfa accent=#f97316 icon="🪛"
role host "Host"
role fixer "Fixer"
default_role fixer
owner_role host

entity repair_event "Event"
  icon "☕"
  display venue
  order -held_on
  held_on: date required
  venue: text required
  fixers_present: integer min=0

entity repair
  icon "🔧"
  order -created_at
  event: reference(repair_event) required
  item: text required
  category: choice(Electrical:#f59e0b, Electronics:#3b82f6, Textiles:#ec4899, Bikes:#22c55e, Furniture:#a16207, Toys:#a855f7, Jewellery:#eab308) required
  brand_model: text
  fault: long_text required
  visitor_name: text
  visitor_email: email
  fixer: user
  outcome: choice(Waiting:#94a3b8, Fixing:#3b82f6, Fixed:#22c55e, Advice given:#f59e0b, Not fixable:#ef4444, Needs part:#a855f7) default=Waiting
  weight_kg: decimal label="Weight (kg)" min=0
  what_was_done: long_text
  photo: image

view queue kanban repair "Repair queue" fields=item,category,fixer group_by=outcome
view check_in form repair "Check in an item" fields=event,item,category,brand_model,fault,visitor_name,visitor_email,weight_kg
view repairs table repair fields=event,item,category,outcome,fixer,weight_kg
view events calendar repair_event "Events" fields=venue date_field=held_on
dashboard saved "Saved from landfill"
  stat "Kg saved" sum repair.weight_kg where outcome=Fixed
  pie "Outcomes" count repair by outcome
  bar "Fixed items by category" count repair by category where outcome=Fixed

permission repair_event create host
permission repair update host,fixer

nav queue, check_in, repairs, events, saved
home queue
