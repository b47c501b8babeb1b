app motorcycle-maintenance "Motorbike Garage Log"
  description "Maintain motorcycles: chain lube and adjustment, oil, tyres, valve checks, mods and parts bought, by mileage. Also: motorcycle service log, bike maintenance tracker, moto garage."
  access signin
  theme primary=#111827 background=#fafafa accent=#f97316 icon="🏍️"

entity motorcycle
  icon "🏍️"
  display name
  name: text required
  make_model: text required label="Make and model"
  year: integer min=1900 max=2100
  engine_cc: integer label="Engine (cc)" min=49 max=2500
  odometer_km: integer min=0
  photo: image

entity maintenance
  icon "🛠️"
  order -done_on
  motorcycle: reference(motorcycle) required
  done_on: date required
  odometer_km: integer min=0
  job: choice(Chain lube:#a16207, Chain adjust:#92400e, Oil change:#111827, Tyres:#475569, Brake pads:#ef4444, Valve check:#8b5cf6, Coolant:#0ea5e9, Spark plugs:#facc15, Mod:#f97316) required
  diy: boolean label="Did it myself" default=true
  parts: text
  cost: money(USD) min=0
  next_due_km: integer min=0
  km_to_next: computed = next_due_km - odometer_km
  photo: image
  notes: text

view log table maintenance "Maintenance" fields=done_on,motorcycle,job,odometer_km,diy,cost,next_due_km sort=-done_on
view add form maintenance "Log work" fields=motorcycle,done_on,odometer_km,job,diy,parts,cost,next_due_km,notes
view work_calendar calendar maintenance "Calendar" fields=motorcycle,job date_field=done_on
view bikes cards motorcycle "Bikes" fields=make_model,year,odometer_km image_field=photo
dashboard costs "Costs"
  stat "Spent" sum maintenance.cost
  pie "Jobs" count maintenance by job
  bar "Spend per bike" sum maintenance.cost by motorcycle

nav bikes, log, add, work_calendar, costs
home log
