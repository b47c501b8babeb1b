app pet-health-records "Pet Health Records"
  description "Health records for the family's pets: vaccinations, vet visits, weights, medications and insurance. Also: pet medical log, vet records, pet vaccination tracker."
  access signin
  theme primary=#0d9488 background=#f5fdfb accent=#f97316 icon="🐾"

entity pet
  icon "🐶"
  display name
  name: text required
  species: choice(Dog:#a16207, Cat:#f97316, Rabbit:#e5e7eb, Bird:#38bdf8, Guinea pig:#d97706, Other) required
  breed: text
  born_on: date
  microchip: text unique
  vet_practice: text
  vet_phone: phone
  insurer: text
  photo: image

entity vet_visit "Vet visit"
  icon "🏥"
  order -visit_date
  pet: reference(pet) required
  visit_date: date required
  reason: choice(Check-up:#22c55e, Vaccination:#3b82f6, Illness:#ef4444, Injury:#f97316, Dental:#a855f7, Surgery:#7f1d1d) required
  weight_kg: decimal label="Weight (kg)" min=0
  diagnosis: long_text
  cost: money(GBP) min=0
  claimed_on_insurance: boolean default=false
  invoice: file

entity vaccination
  icon "💉"
  order next_due
  pet: reference(pet) required
  vaccine: text required
  given_on: date required
  next_due: date
  days_until_due: computed = days_between(today(), next_due)

view pets cards pet "Our pets" fields=species,breed,born_on image_field=photo
view visits table vet_visit "Vet visits" fields=visit_date,pet,reason,weight_kg,cost,claimed_on_insurance sort=-visit_date
view vaccines table vaccination "Vaccinations" fields=pet,vaccine,given_on,next_due,days_until_due sort=next_due
view due calendar vaccination "Boosters due" fields=pet,vaccine date_field=next_due
dashboard costs "Vet costs"
  stat "Spent at the vet" sum vet_visit.cost
  bar "Cost per pet" sum vet_visit.cost by pet
  pie "Visit reasons" count vet_visit by reason

nav pets, visits, vaccines, due, costs
home pets
