app tennis-court-bookings "Tennis Club Court Booking"
  description "A tennis club lets members book courts by the hour, with floodlights, guest fees and coaching sessions; members manage their own bookings. Also: court reservation, padel and tennis booking, racquet club."
  access signin
  signup on
  theme primary=#15803d background=#f7fee7 accent=#facc15 icon="🎾"
role committee "Committee"
role member "Member"
default_role member
owner_role committee
entity court
  display name
  name: text required unique
  surface: choice(Hard:#3b82f6, Clay:#c2410c, Grass:#16a34a, Artificial grass:#84cc16)
  floodlit: boolean default=false
  indoor: boolean default=false
entity court_booking "Booking"
  court: reference(court) required
  starts_at: datetime required
  duration_min: choice(60, 90, 120) default=60
  kind: choice(Singles:#3b82f6, Doubles:#a855f7, Coaching:#f59e0b, Match:#ef4444) default=Singles
  players: text
  guests: integer min=0 max=3 default=0
  guest_fee: money(GBP) min=0
  lights: boolean default=false
view courts_calendar calendar court_booking "Court sheet" fields=court,kind,players date_field=starts_at
view book form court_booking "Book a court" fields=court,starts_at,duration_min,kind,players,guests,lights
view my_bookings table court_booking "My bookings" fields=starts_at,court,kind sort=starts_at where created_by=me
view courts table court fields=name,surface,floodlit,indoor
dashboard usage "Usage"
  bar "Bookings by court" count court_booking by court
  pie "Booking types" count court_booking by kind
  line "Bookings per week" count court_booking by starts_at per week
permission court create committee
permission court update committee
permission court_booking update committee,member own
permission court_booking delete committee,member own
nav courts_calendar, book, my_bookings, courts, usage
home courts_calendar
