app nail-studio "Nail Studio Bookings"
  description "Nail technicians book manicures, pedicures and nail art, keep a gallery of designs and track polish stock. Also: nail salon scheduler, manicure booking, nail bar."
  access signin
  theme primary=#db2777 background=#fdf2f8 accent=#a855f7 icon="💅"
role owner "Owner"
role technician "Nail technician"
default_role technician
owner_role owner
entity client
  display name
  name: text required
  phone: phone
  sensitivities: text help="Acetone, acrylic or gel allergies"
entity booking
  icon "📅"
  order starts_at
  client: reference(client) required
  technician: user required
  starts_at: datetime required
  treatment: choice(Gel manicure:#ec4899, Acrylic full set:#a855f7, Infill:#8b5cf6, Pedicure:#14b8a6, Nail art:#f59e0b, Removal:#94a3b8) required
  status: choice(Booked:#3b82f6, Done:#22c55e, No-show:#ef4444, Cancelled) default=Booked
  price: money(GBP) min=0
  design_photo: image
  rating: rating
entity polish
  icon "🧴"
  display shade
  shade: text required
  brand: text
  finish: choice(Cream, Shimmer, Glitter, Matte, Chrome)
  stock: integer min=0 default=1
  swatch: image
view calendar calendar booking "Calendar" fields=client,treatment date_field=starts_at
view book form booking "Book" fields=client,technician,treatment,starts_at
view gallery cards booking "Design gallery" fields=treatment,client image_field=design_photo where design_photo:not_empty
view polishes cards polish "Polish wall" fields=brand,finish,stock image_field=swatch
view clients table client fields=name,phone,sensitivities
dashboard studio "Studio"
  stat "Revenue" sum booking.price where status=Done
  stat "Average rating" avg booking.rating
  pie "Treatments" count booking by treatment
  bar "Bookings by technician" count booking by technician
permission booking update owner,technician
permission booking delete owner
permission polish delete owner
nav calendar, book, gallery, polishes, clients, studio
home calendar
