app dog-grooming "Dog Grooming Salon"
  description "Bookings for a dog grooming salon: owners, dogs, groomers and appointments with coat notes and before/after photos. Also: pet spa, grooming scheduler, mobile dog groomer."
  access signin
  theme primary=#0e7490 background=#f0fdfa accent=#f97316 icon="🐩"
role manager "Manager"
role groomer "Groomer"
default_role groomer
owner_role manager
entity owner "Dog owner"
  display name
  name: text required
  phone: phone required
  email: email
  address: text
entity dog
  icon "🐕"
  display name
  name: text required
  owner: reference(owner) required
  breed: text
  size: choice(Toy, Small, Medium, Large, Giant)
  coat: choice(Smooth, Double, Curly, Wire, Long)
  temperament_notes: long_text
  vaccinated_until: date
  photo: image
entity appointment
  icon "✂️"
  dog: reference(dog) required
  groomer: user
  starts_at: datetime required
  package: choice(Bath & brush:#38bdf8, Full groom:#0e7490, Nail clip:#a3a3a3, Puppy intro:#f472b6, De-shed:#f59e0b) required
  status: choice(Booked:#3b82f6, Checked in:#f59e0b, Ready for pickup:#a855f7, Collected:#22c55e, Cancelled:#94a3b8) default=Booked
  price: money(USD) min=0
  after_photo: image
view schedule calendar appointment "Schedule" fields=dog,package,groomer date_field=starts_at
view floor kanban appointment "Grooming floor" fields=dog,package,groomer group_by=status
view book form appointment "Book a groom" fields=dog,package,starts_at,groomer
view dogs cards dog "Dogs" fields=breed,owner,size image_field=photo
view owners table owner fields=name,phone,email
dashboard salon "Salon"
  stat "Revenue" sum appointment.price where status=Collected
  pie "Packages" count appointment by package
  bar "Grooms by groomer" count appointment by groomer
permission appointment delete manager
permission dog delete manager
nav schedule, floor, book, dogs, owners, salon
home floor
