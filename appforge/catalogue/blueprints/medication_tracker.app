app medication-tracker "Medication & Dose Tracker"
  description "Keep a list of medicines with dose and schedule, log each dose taken and know when a prescription needs refilling. Also: pill reminder, medicine log, prescription tracker."
  access signin
  theme primary=#0e7490 background=#f5fbfc accent=#e11d48 icon="💊"

entity medication
  icon "💊"
  display name
  order name
  name: text required
  strength: text help="e.g. 10 mg"
  form: choice(Tablet, Capsule, Liquid, Inhaler, Injection, Cream, Drops)
  dose: text required help="e.g. 1 tablet"
  times_per_day: integer min=1 max=12 default=1
  take_with_food: boolean default=false
  prescriber: text
  pharmacy_phone: phone
  pills_left: integer min=0
  days_supply_left: computed = pills_left // times_per_day
  refill_due: date
  active: boolean default=true
  leaflet: file

entity dose_log "Dose"
  icon "⏰"
  order -taken_at
  medication: reference(medication) required
  taken_at: datetime required
  status: choice(Taken:#22c55e, Late:#f59e0b, Skipped:#ef4444) required default=Taken
  side_effects: text

view meds table medication "Medicines" fields=name,strength,dose,times_per_day,pills_left,days_supply_left,refill_due,active sort=name
view take form dose_log "Log a dose" fields=medication,taken_at,status,side_effects
view doses calendar dose_log "Dose calendar" fields=medication,status date_field=taken_at
view refills calendar medication "Refills" fields=name date_field=refill_due
dashboard adherence "Adherence"
  pie "Doses by status" count dose_log by status
  bar "Doses per medicine" count dose_log by medication where status=Taken
  line "Doses per week" count dose_log by taken_at per week

nav meds, take, doses, refills, adherence
home meds
