app personal-training "Personal Trainer Clients"
  description "A personal trainer manages clients, sessions, session packs and body measurements to show progress. Also: PT client tracker, fitness coaching, online coaching CRM."
  access signin
  theme primary=#ea580c background=#fff7ed accent=#0f172a icon="💪"
entity client
  display name
  name: text required
  email: email
  phone: phone
  goal: choice(Fat loss:#f97316, Strength:#dc2626, Muscle gain:#7c3aed, Mobility:#14b8a6, Event prep:#0ea5e9)
  sessions_bought: integer min=0 default=10
  pack_price: money(GBP) min=0
  injuries: long_text
  start_photo: image
entity session
  icon "⏱️"
  client: reference(client) required
  starts_at: datetime required
  focus: choice(Upper body, Lower body, Full body, Cardio, Mobility)
  status: choice(Booked:#3b82f6, Done:#22c55e, Late cancel:#f59e0b, No-show:#ef4444) default=Booked
  notes: long_text
entity measurement
  client: reference(client) required
  taken_on: date required
  weight_kg: decimal min=30 max=300
  body_fat_pct: decimal min=2 max=60
  waist_cm: decimal min=40 max=200
  progress_photo: image
view diary calendar session "Diary" fields=client,focus date_field=starts_at
view clients cards client "Clients" fields=goal,sessions_bought image_field=start_photo
view book form session "Book session" fields=client,starts_at,focus
view progress table measurement "Progress" fields=taken_on,client,weight_kg,body_fat_pct,waist_cm sort=-taken_on
dashboard business "Business"
  stat "Sessions done" count session where status=Done
  pie "Client goals" count client by goal
  line "Sessions per week" count session by starts_at per week
  line "Average weight" avg measurement.weight_kg by taken_on per month
nav diary, clients, book, progress, business
home diary
