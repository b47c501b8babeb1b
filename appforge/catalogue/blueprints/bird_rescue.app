app bird-rescue "Wild Bird Rescue Centre"
  description "A wildlife rehabilitation centre for injured and orphaned wild birds: admissions with species, finder and injury, daily care and feeding, and release or outcome. Also: wildlife rescue log, bird hospital records, rehab admissions."
  access signin
  theme primary=#0e7490 background=#f5fbfc accent=#ea580c icon="🪶"
role rehabber "Rehabilitator"
role volunteer "Volunteer"
default_role volunteer
owner_role rehabber

entity patient
  icon "🐦"
  display case_number
  order -admitted_on
  case_number: text required unique
  species: text required
  age: choice(Nestling:#fde68a, Fledgling:#facc15, Juvenile:#84cc16, Adult:#15803d, Unknown)
  admitted_on: date required
  found_at: text
  finder_name: text
  finder_phone: phone
  reason: choice(Cat attack:#ef4444, Window strike:#0ea5e9, Orphaned:#f59e0b, Road traffic:#64748b, Oiled:#111827, Disease:#a855f7, Fishing line:#0d9488, Other) required
  weight_g: decimal label="Admission weight (g)" min=1
  enclosure: text
  days_in_care: computed = days_between(admitted_on, today())
  outcome: choice(In care:#3b82f6, Released:#22c55e, Transferred:#a855f7, Died:#64748b, Euthanised:#94a3b8) default="In care"
  outcome_on: date
  photo: image

entity care_log "Care log"
  icon "🩹"
  order -logged_at
  patient: reference(patient) required
  logged_at: datetime required
  task: choice(Feed:#f59e0b, Medication:#ef4444, Weigh:#3b82f6, Clean enclosure:#22c55e, Flight test:#0ea5e9) required
  weight_g: decimal min=0
  food: text
  notes: text

view ward kanban patient "Ward" fields=case_number,species,enclosure,days_in_care group_by=outcome
view admit form patient "Admit a bird" fields=case_number,species,age,admitted_on,found_at,finder_name,finder_phone,reason,weight_g,enclosure,photo
view patients table patient fields=case_number,species,reason,admitted_on,days_in_care,outcome sort=-admitted_on
view log_care form care_log "Log care" fields=patient,logged_at,task,weight_g,food,notes
view care calendar care_log "Care rota" fields=patient,task date_field=logged_at
dashboard outcomes "Outcomes"
  stat "In care" count patient where outcome="In care"
  pie "Outcomes" count patient by outcome
  bar "Admissions by reason" count patient by reason
  line "Admissions per month" count patient by admitted_on per month

permission patient update rehabber
permission patient delete rehabber

nav ward, admit, patients, log_care, care, outcomes
home ward
