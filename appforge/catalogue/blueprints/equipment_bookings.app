app equipment-bookings "Shared Equipment Booking"
  description "Book shared equipment like projectors, cameras, lab instruments or vans by time slot, avoiding clashes, with check-out and return condition. Also: equipment reservation, resource booking, AV kit loans, lab instrument scheduler."
  access signin
  theme primary=#4338ca background=#f8f8ff accent=#0d9488 icon="📽️"
role admin "Equipment admin"
role staff "Staff"
default_role staff
owner_role admin

entity equipment
  icon "🎥"
  plural "Equipment"
  display name
  order name
  name: text required unique
  category: choice(AV:#6366f1, Camera:#ec4899, Laptop:#3b82f6, Lab instrument:#0d9488, Vehicle:#64748b, Audio:#f59e0b)
  asset_tag: text unique
  location: text
  photo: image
  status: choice(Available:#22c55e, In repair:#ef4444, Retired:#94a3b8) default=Available
  requires_training: boolean default=false

entity booking
  icon "📅"
  order starts_at
  equipment: reference(equipment) required
  booked_by: user required
  starts_at: datetime required
  ends_at: datetime required
  purpose: text
  status: choice(Requested:#94a3b8, Confirmed:#3b82f6, Checked out:#f59e0b, Returned:#22c55e, Cancelled:#ef4444) default=Requested
  return_condition: choice(Fine, Dirty, Damaged, Missing parts)

view calendar calendar booking "Bookings calendar" fields=equipment,booked_by date_field=starts_at
view book form booking "Book equipment" fields=equipment,booked_by,starts_at,ends_at,purpose
view my_bookings table booking "My bookings" fields=equipment,starts_at,ends_at,status where booked_by=me
view desk kanban booking "Checkout desk" fields=equipment,booked_by,starts_at group_by=status
view equipment_list cards equipment "Equipment" fields=category,location,status image_field=photo
dashboard usage "Usage"
  bar "Bookings per item" count booking by equipment
  line "Bookings per week" count booking by starts_at per week
  pie "Return condition" count booking by return_condition

permission equipment create admin
permission equipment update admin
permission booking update admin
permission booking update staff own
permission booking delete staff own

nav calendar, book, my_bookings, desk, equipment_list, usage
home calendar
