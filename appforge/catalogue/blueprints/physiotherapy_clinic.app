app physiotherapy-clinic "Physiotherapy Clinic"
  description "Physiotherapists book treatment sessions, track injuries, pain scores and home exercise programmes. Also: physio booking, sports injury clinic, rehab tracker."
  access signin
  theme primary=#0f766e background=#f0fdfa accent=#f97316 icon="🦵"
role physio "Physiotherapist"
role admin "Clinic admin"
default_role physio
owner_role admin
entity patient
  display name
  name: text required
  phone: phone
  email: email
  condition: choice(Back pain, Knee, Shoulder, Sports injury, Post-surgery, Neck, Other)
  referral_letter: file
  goals: long_text
entity session
  icon "🗓️"
  patient: reference(patient) required
  physio: user required
  starts_at: datetime required
  type: choice(Initial assessment:#8b5cf6, Follow-up:#3b82f6, Massage:#14b8a6, Rehab class:#f59e0b) required
  pain_before: integer min=0 max=10
  pain_after: integer min=0 max=10
  improvement: computed = pain_before - pain_after
  exercises: long_text
  fee: money(GBP) min=0
  paid: boolean default=false
view diary calendar session "Diary" fields=patient,type date_field=starts_at
view my_sessions table session "My sessions" fields=starts_at,patient,type,paid sort=-starts_at where physio=me
view book form session "Book session" fields=patient,physio,type,starts_at
view patients table patient fields=name,phone,condition
dashboard outcomes "Outcomes"
  stat "Average pain improvement" avg session.improvement
  pie "Conditions" count patient by condition
  line "Sessions per week" count session by starts_at per week
permission session update physio own
permission session delete admin
nav diary, my_sessions, book, patients, outcomes
home diary
