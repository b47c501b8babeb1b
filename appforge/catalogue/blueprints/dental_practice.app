app dental-practice "Dental Practice Scheduler"
  description "A dental practice books check-ups, hygiene and treatments, keeps treatment plans and recall dates per patient. Also: dentist appointments, dental office management, orthodontic scheduling."
  access signin
  theme primary=#0369a1 background=#f0f9ff accent=#14b8a6 icon="🦷"
role dentist "Dentist"
role hygienist "Hygienist"
role reception "Reception"
default_role reception
owner_role dentist

entity patient
  display full_name
  full_name: text required
  date_of_birth: date required
  phone: phone
  email: email
  insurance_provider: text
  policy_number: text
  recall_due: date
  medical_history: long_text
entity appointment
  icon "📅"
  patient: reference(patient) required
  clinician: user required
  starts_at: datetime required
  kind: choice(Check-up:#22c55e, Hygiene:#38bdf8, Filling:#f59e0b, Root canal:#ef4444, Crown:#a855f7, Extraction:#dc2626, Emergency:#b91c1c) required
  chair: choice(Surgery 1, Surgery 2, Hygiene room)
  status: choice(Booked:#3b82f6, Confirmed:#6366f1, Attended:#22c55e, Failed to attend:#ef4444, Cancelled) default=Booked
  fee: money(USD) min=0
  insurance_covered: money(USD) min=0
  patient_pays: computed = fee - coalesce(insurance_covered, 0)
  notes: long_text

view book calendar appointment "Appointment book" fields=patient,kind,chair date_field=starts_at
view mine table appointment "My list" fields=starts_at,patient,kind,status sort=starts_at where clinician=me
view new_appt form appointment "Book patient" fields=patient,clinician,kind,chair,starts_at
view patients table patient fields=full_name,date_of_birth,phone,recall_due sort=recall_due
view recalls calendar patient "Recalls due" fields=full_name,phone date_field=recall_due
dashboard practice "Practice"
  stat "Attended" count appointment where status=Attended
  pie "Treatments" count appointment by kind
  bar "Fees by clinician" sum appointment.fee by clinician
  line "Appointments per month" count appointment by starts_at per month
permission appointment update dentist,hygienist,reception
permission appointment delete dentist
permission patient delete dentist
nav book, mine, new_appt, patients, recalls, practice
home book
