app animal-shelter "Animal Shelter Intake & Care"
  description "Shelter staff track animals from intake to outcome: kennels, medical care, behaviour notes, fosters and length of stay. Also: rescue centre management, animal intake system, kennel records."
  access signin
  theme primary=#b45309 background=#fffbf5 accent=#0d9488 icon="🏠"
role staff "Staff"
role volunteer "Volunteer"
default_role volunteer
owner_role staff

entity animal
  icon "🐕"
  display name
  order -intake_on
  name: text required
  species: choice(Dog:#a16207, Cat:#f97316, Rabbit:#d6d3d1, Small animal:#84cc16, Bird:#38bdf8) required
  breed: text
  sex: choice(Male, Female, Unknown)
  age_years: decimal min=0 max=40
  intake_on: date required
  intake_type: choice(Stray:#f59e0b, Owner surrender:#3b82f6, Transfer:#8b5cf6, Seized:#ef4444, Born in care:#22c55e)
  days_in_care: computed = days_between(intake_on, today())
  kennel: text
  neutered: boolean default=false
  microchip: text unique
  status: choice(Intake:#94a3b8, Medical hold:#ef4444, Available:#22c55e, Fostered:#a855f7, Adopted:#3b82f6, Returned to owner:#14b8a6) default=Intake
  behaviour_notes: long_text
  photo: image

entity medical_record "Medical record"
  icon "💉"
  order -done_on
  animal: reference(animal) required
  done_on: date required
  treatment: choice(Vaccination, Flea & worm, Neuter, Dental, Surgery, Check-up, Medication) required
  vet: text
  cost: money(USD) min=0
  notes: text

view board kanban animal "Animals" fields=name,species,kennel,days_in_care group_by=status
view animals table animal fields=name,species,breed,intake_on,days_in_care,kennel,status sort=-intake_on
view intake form animal "Intake" fields=name,species,breed,sex,age_years,intake_on,intake_type,kennel,microchip,photo
view medical table medical_record "Medical" fields=done_on,animal,treatment,vet,cost sort=-done_on
view vet_calendar calendar medical_record "Vet calendar" fields=animal,treatment date_field=done_on
dashboard shelter "Shelter"
  stat "In care" count animal where status!=Adopted
  stat "Average days in care" avg animal.days_in_care
  pie "Intake types" count animal by intake_type
  line "Intakes per month" count animal by intake_on per month

permission animal create staff
permission animal delete staff
permission medical_record create staff
permission medical_record update staff

nav board, animals, intake, medical, vet_calendar, shelter
home board
