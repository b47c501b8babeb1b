app cat-cafe-visitors "Cat Café Bookings"
  description "A cat café's visitor bookings by time slot and party size, the resident cats with their personalities and adoption status, and waivers. Also: cat cafe reservations, cafe visitor booking, resident cats adoption page."
  access public
  theme primary=#c2410c background=#fffaf5 accent=#0d9488 radius=16 icon="🐱"
role staff "Café staff"
owner_role staff

entity cat
  icon "🐈"
  display name
  name: text required
  photo: image
  age_years: decimal min=0 max=30
  personality: tags(Cuddly:#ec4899, Playful:#f59e0b, Shy:#94a3b8, Lap cat:#a855f7, Chatty:#0ea5e9, Sleepy:#64748b)
  favourite_toy: text
  adoptable: boolean default=true
  adoption_status: choice(Resident:#0d9488, Available:#22c55e, Adoption pending:#f59e0b, Adopted:#3b82f6) default=Resident

entity visit
  icon "☕"
  order slot
  visitor_name: text required
  email: email required
  phone: phone
  slot: datetime required label="Time slot"
  party_size: integer required min=1 max=8 default=2
  children_under_12: integer min=0 default=0
  price_per_person: money(GBP) min=0 default=12
  total: computed = party_size * price_per_person
  waiver_accepted: boolean required default=false
  status: choice(Booked:#3b82f6, Arrived:#22c55e, No-show:#ef4444, Cancelled:#94a3b8) default=Booked

view cats cards cat "Meet the cats" fields=age_years,personality,adoption_status image_field=photo
view book form visit "Book a visit" fields=visitor_name,email,phone,slot,party_size,children_under_12,waiver_accepted
view day calendar visit "Bookings" fields=visitor_name,party_size date_field=slot
view front_desk kanban visit "Front desk" fields=visitor_name,slot,party_size group_by=status
dashboard cafe "Café"
  stat "Visitors booked" sum visit.party_size where status!=Cancelled
  stat "Takings" sum visit.total where status=Arrived
  line "Visitors per week" sum visit.party_size by slot per week

permission visit read staff
permission visit update staff
permission visit delete staff
permission cat create staff
permission cat update staff

nav cats, book, day, front_desk, cafe
home cats
