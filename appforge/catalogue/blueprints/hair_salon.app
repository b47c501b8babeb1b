app hair-salon "Hair Salon Appointments"
  description "Front desk and stylists book clients for cuts, colour and treatments, track colour formulas and revenue per stylist. Also: hairdresser booking, beauty salon scheduler, stylist diary."
  access signin
  theme primary=#9d174d background=#fff7fb accent=#f59e0b icon="💇"
role manager "Salon manager"
role stylist "Stylist"
default_role stylist
owner_role manager
entity client
  icon "🙋"
  display full_name
  order full_name
  full_name: text required
  phone: phone
  email: email unique
  hair_type: choice(Straight, Wavy, Curly, Coily)
  colour_formula: text help="Last colour mix and developer"
  photo: image
entity service
  icon "✂️"
  display name
  name: text required unique
  category: choice(Cut:#6366f1, Colour:#ec4899, Treatment:#14b8a6, Styling:#f59e0b)
  duration_min: integer min=5 max=480 default=45
  price: money(EUR) min=0 required
entity appointment
  icon "📅"
  order starts_at
  client: reference(client) required
  service: reference(service) required
  stylist: user required
  starts_at: datetime required
  status: choice(Booked:#3b82f6, Arrived:#f59e0b, Done:#22c55e, No-show:#ef4444, Cancelled:#94a3b8) default=Booked
  price: money(EUR) min=0
  tip: money(EUR) min=0 default=0
  total: computed = price + coalesce(tip, 0)
  notes: long_text
view diary calendar appointment "Diary" fields=client,service,stylist date_field=starts_at
view my_day table appointment "My appointments" fields=starts_at,client,service,status sort=starts_at where stylist=me
view book form appointment "New booking" fields=client,service,stylist,starts_at,notes
view clients table client fields=full_name,phone,email,hair_type sort=full_name
view services table service fields=name,category,duration_min,price
dashboard takings "Takings"
  stat "Revenue" sum appointment.total where status=Done
  bar "Revenue by stylist" sum appointment.total by stylist
  pie "Services by category" count service by category
  line "Bookings per week" count appointment by starts_at per week
permission service create manager
permission service update manager
permission appointment delete manager
permission appointment update manager,stylist
nav diary, my_day, book, clients, services, takings
home diary
