app baby-tracker "Newborn Baby Log"
  description "Log a baby's feeds, nappies and sleeps, plus growth measurements and milestones, shared between parents and carers. Also: baby feeding log, infant tracker, nappy and sleep log."
  access signin
  theme primary=#db2777 background=#fff7fb accent=#38bdf8 radius=16 icon="👶"
role parent "Parent"
role carer "Carer"
default_role carer
owner_role parent

entity baby_event "Event"
  icon "🍼"
  order -at
  at: datetime required label="Time"
  kind: choice(Breast feed:#ec4899, Bottle:#f472b6, Solids:#f59e0b, Wet nappy:#38bdf8, Dirty nappy:#a16207, Sleep:#6366f1, Bath:#22d3ee, Medicine:#ef4444) required
  side: choice(Left, Right, Both)
  amount_ml: integer label="Amount (ml)" min=0 max=400
  duration_min: integer label="Duration (min)" min=0 max=720
  logged_by: created_by
  note: text

entity growth
  icon "📏"
  order -measured_on
  measured_on: date required
  weight_kg: decimal label="Weight (kg)" min=0.5 max=30
  length_cm: decimal label="Length (cm)" min=30 max=120
  head_cm: decimal label="Head (cm)" min=20 max=60
  measured_at: choice(Home, Health visitor, GP, Hospital) label="Where"

entity milestone
  icon "🌟"
  order -reached_on
  title: text required
  reached_on: date required
  photo: image

view log form baby_event "Quick log" fields=at,kind,side,amount_ml,duration_min,note
view timeline table baby_event "Timeline" fields=at,kind,side,amount_ml,duration_min,logged_by sort=-at
view day calendar baby_event "By day" fields=kind date_field=at
view growth_chart table growth "Growth" fields=measured_on,weight_kg,length_cm,head_cm,measured_at sort=-measured_on
view milestones cards milestone fields=reached_on image_field=photo
dashboard today "Today"
  stat "Feeds" count baby_event where kind:in=["Breast feed","Bottle"]
  pie "Events by kind" count baby_event by kind
  line "Weight" avg growth.weight_kg by measured_on per week

permission growth create parent
permission milestone create parent

nav log, timeline, day, today, growth_chart, milestones
home log
