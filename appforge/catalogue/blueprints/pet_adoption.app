app pet-adoption "Adopt a Rescue Pet"
  description "A public adoption page for a rescue: adoptable pets with photos and temperament, and adopter applications that staff review through home check to adoption. Also: pet adoption listings, rescue adoption applications, rehoming site."
  access public
  theme primary=#ea580c background=#fffaf5 accent=#7c3aed radius=16 icon="🐈"
role rescue_staff "Rescue staff"
owner_role rescue_staff

entity pet
  icon "🐾"
  display name
  name: text required
  photo: image required
  species: choice(Dog:#a16207, Cat:#ea580c, Rabbit:#a8a29e, Guinea pig:#d97706) required
  breed: text
  age: choice(Baby, Young, Adult, Senior)
  size: choice(Small, Medium, Large)
  good_with: tags(Kids:#22c55e, Dogs:#a16207, Cats:#ea580c, First-time owners:#3b82f6)
  temperament: long_text
  adoption_fee: money(USD) min=0
  status: choice(Available:#22c55e, Reserved:#f59e0b, Adopted:#3b82f6) default=Available

entity application
  icon "📝"
  order -created_at
  pet: reference(pet) required
  full_name: text required
  email: email required
  phone: phone required
  home_type: choice(House with garden, House, Flat, Farm)
  other_pets: text
  children_ages: text
  why: long_text required label="Why this pet?"
  stage: choice(Received:#94a3b8, Phone call:#3b82f6, Home check:#a855f7, Approved:#22c55e, Declined:#ef4444) default=Received

view adopt cards pet "Meet our pets" fields=species,age,size,good_with image_field=photo where status=Available
view pet_page detail pet "Pet profile" fields=name,photo,species,breed,age,size,good_with,temperament,adoption_fee
view apply form application "Apply to adopt" fields=pet,full_name,email,phone,home_type,other_pets,children_ages,why
view applications kanban application "Applications" fields=full_name,pet,phone group_by=stage
view pets table pet "All pets" fields=name,species,breed,age,status,adoption_fee
dashboard adoptions "Adoptions"
  stat "Adopted" count pet where status=Adopted
  pie "Applications by stage" count application by stage
  bar "Applications per pet" count application by pet

permission pet create rescue_staff
permission pet update rescue_staff
permission pet delete rescue_staff
permission application read rescue_staff
permission application update rescue_staff

nav adopt, apply, applications, pets, adoptions
home adopt
