app veterinary-clinic "Veterinary Clinic Records"
  description "A vet practice keeps patient records for animals, owners, consultations, vaccinations and invoices. Also: vet practice management, animal hospital records, veterinary EHR."
  access signin
  theme primary=#047857 background=#f0fdf4 accent=#2563eb icon="🩺"
role vet "Veterinarian"
role nurse "Vet nurse"
role reception "Receptionist"
default_role reception
owner_role vet
entity client "Owner"
  display name
  name: text required
  phone: phone required
  email: email
entity patient
  icon "🐾"
  display name
  name: text required
  owner: reference(client) required
  species: choice(Dog, Cat, Rabbit, Bird, Reptile, Horse, Other) required
  breed: text
  date_of_birth: date
  weight_kg: decimal min=0
  microchip: text unique
  allergies: text
entity consultation
  icon "📋"
  order -seen_at
  patient: reference(patient) required
  vet: user
  seen_at: datetime required
  reason: text required
  findings: long_text
  treatment: long_text
  next_vaccination: date
  fee: money(USD) min=0
  status: choice(Waiting:#f59e0b, In consult:#3b82f6, Done:#22c55e, Invoiced:#a855f7) default=Waiting
view diary calendar consultation "Diary" fields=patient,reason,vet date_field=seen_at
view waiting kanban consultation "Waiting room" fields=patient,reason group_by=status
view book form consultation "Book consult" fields=patient,vet,seen_at,reason
view patients table patient fields=name,species,breed,owner,weight_kg
view record detail consultation "Consult record" fields=patient,seen_at,reason,findings,treatment,next_vaccination,fee
dashboard clinic "Clinic"
  stat "Consults" count consultation
  pie "Species" count patient by species
  line "Consults per week" count consultation by seen_at per week
  bar "Fees by vet" sum consultation.fee by vet
permission consultation update vet,nurse
permission consultation delete vet
permission patient delete vet
nav waiting, diary, book, patients, record, clinic
home waiting
