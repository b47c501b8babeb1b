app pet-boarding "Pet Boarding Kennels"
  description "Boarding kennels and catteries take stays for dogs and cats, assign runs, log feeding and care, and bill per night. Also: pet hotel, doggy daycare, cattery bookings."
  access signin
  theme primary=#65a30d background=#f7fee7 accent=#ea580c icon="🏡"
role manager "Manager"
role carer "Kennel carer"
default_role carer
owner_role manager
entity pet
  display name
  name: text required
  species: choice(Dog:#a16207, Cat:#f97316, Rabbit:#a3a3a3) required
  owner_name: text required
  owner_phone: phone required
  vet_phone: phone
  diet: text
  medication: long_text
  photo: image
entity stay
  icon "🛏️"
  order check_in
  pet: reference(pet) required
  run: choice(Run 1, Run 2, Run 3, Run 4, Cat suite A, Cat suite B)
  check_in: date required
  check_out: date required
  nightly_rate: money(GBP) min=0 default=28
  nights: computed = days_between(check_in, check_out)
  total: computed = days_between(check_in, check_out) * nightly_rate
  status: choice(Reserved:#3b82f6, In residence:#22c55e, Checked out:#94a3b8, Cancelled:#ef4444) default=Reserved
entity care_log "Care log"
  stay: reference(stay) required
  logged_at: datetime required
  fed: boolean default=false
  walked: boolean default=false
  notes: text
view arrivals calendar stay "Arrivals" fields=pet,run date_field=check_in
view kennel kanban stay "Kennel board" fields=pet,run,check_out group_by=status
view reserve form stay "Reserve a stay" fields=pet,run,check_in,check_out
view pets cards pet "Guests" fields=species,owner_name,diet image_field=photo
view log table care_log "Care log" fields=logged_at,stay,fed,walked,notes sort=-logged_at
dashboard occupancy "Occupancy"
  stat "In residence" count stay where status="In residence"
  stat "Booked revenue" sum stay.total
  line "Check-ins per week" count stay by check_in per week
permission stay delete manager
permission care_log update carer,manager own
nav kennel, arrivals, reserve, pets, log, occupancy
home kennel
