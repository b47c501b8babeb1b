app dialysis-scheduling "Dialysis Unit Scheduling"
  description "A haemodialysis unit schedules patients onto chairs and shifts, records weights and treatment observations. Also: renal unit rota, dialysis chair planner, kidney clinic scheduling."
  access signin
  theme primary=#7c3aed background=#faf5ff accent=#0ea5e9 icon="🩸"
role nurse_lead "Charge nurse"
role nurse "Nurse"
default_role nurse
owner_role nurse_lead
entity patient
  display name
  name: text required
  hospital_number: text required unique
  dry_weight_kg: decimal min=20 max=250
  access_type: choice(Fistula:#22c55e, Graft:#f59e0b, Catheter:#ef4444)
  schedule: choice(Mon/Wed/Fri, Tue/Thu/Sat)
  shift: choice(Morning, Afternoon, Twilight)
  infection_status: choice(Clear:#22c55e, Hep B:#ef4444, MRSA:#f97316)
entity treatment
  icon "💉"
  order -starts_at
  patient: reference(patient) required
  chair: integer min=1 max=30 required
  starts_at: datetime required
  nurse: user
  pre_weight_kg: decimal min=20 max=250
  post_weight_kg: decimal min=20 max=250
  fluid_removed_kg: computed = pre_weight_kg - post_weight_kg
  duration_hours: decimal min=0 max=8 default=4
  status: choice(Scheduled:#3b82f6, On machine:#f59e0b, Completed:#22c55e, Missed:#ef4444) default=Scheduled
  observations: long_text
view chairs calendar treatment "Chair schedule" fields=patient,chair date_field=starts_at
view floor kanban treatment "Unit floor" fields=patient,chair,nurse group_by=status
view patients table patient fields=name,hospital_number,schedule,shift,access_type
view record form treatment "Record treatment" fields=patient,chair,starts_at,pre_weight_kg,post_weight_kg,duration_hours,observations
dashboard unit "Unit"
  stat "Missed treatments" count treatment where status=Missed
  stat "Avg fluid removed" avg treatment.fluid_removed_kg
  pie "Access types" count patient by access_type
permission patient create nurse_lead
permission patient delete nurse_lead
permission treatment delete nurse_lead
nav floor, chairs, record, patients, unit
home floor
