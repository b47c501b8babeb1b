app tailoring-alterations "Tailor Alterations Tickets"
  description "A tailor or alterations shop tickets garments for hemming, taking in and repairs, with measurements, fitting dates and pickup. Also: seamstress orders, clothing alterations, bespoke tailoring."
  access signin
  theme primary=#334155 background=#f8fafc accent=#c2410c icon="🧵"
entity customer
  display name
  name: text required
  phone: phone required
  chest_cm: decimal min=0
  waist_cm: decimal min=0
  inseam_cm: decimal min=0
entity ticket
  ticket_number: text required unique
  customer: reference(customer) required
  garment: choice(Trousers, Suit jacket, Dress, Shirt, Coat, Wedding gown)
  work: tags(Hem, Take in, Let out, Zip, Sleeves, Repair)
  fitting_at: datetime
  ready_on: date required
  price: money(USD) min=0
  status: choice(Received:#94a3b8, In work:#3b82f6, Fitting:#a855f7, Ready:#22c55e, Collected:#64748b) default=Received
  notes: long_text
view bench kanban ticket "Workbench" fields=ticket_number,garment,ready_on group_by=status
view fittings calendar ticket "Fittings" fields=customer,garment date_field=fitting_at
view intake form ticket "New ticket" fields=ticket_number,customer,garment,work,ready_on,price,notes
view customers table customer fields=name,phone,chest_cm,waist_cm,inseam_cm
dashboard shop "Shop"
  stat "Tickets open" count ticket where status!=Collected
  pie "Garments" count ticket by garment
  line "Takings" sum ticket.price by ready_on per week
nav bench, fittings, intake, customers, shop
home bench
