app campground-bookings "Campground Site Bookings"
  description "A campsite or RV park lists pitches with hookups and takes online bookings, check-ins and payments. Also: caravan park, RV park reservations, campsite booking."
  access public
  theme primary=#166534 background=#f0fdf4 accent=#b45309 icon="🏕️"
role ranger "Site warden"
owner_role ranger
entity site "Pitch"
  display code
  code: text required unique
  kind: choice(Tent:#22c55e, RV:#3b82f6, Cabin:#a16207, Glamping:#ec4899)
  max_length_ft: integer min=0 max=60
  hookups: tags(Electric, Water, Sewer, Wifi)
  nightly_rate: money(USD) min=0
  photo: image
entity booking
  site: reference(site) required
  camper_name: text required
  email: email required
  arrive_on: date required
  depart_on: date required
  nights: computed = days_between(arrive_on, depart_on)
  people: integer min=1 max=12
  vehicle_plate: text
  pets: boolean default=false
  status: choice(Reserved:#3b82f6, Checked in:#22c55e, Departed:#94a3b8, Cancelled:#ef4444) default=Reserved
view sites cards site "Pitches" fields=kind,hookups,nightly_rate image_field=photo
view book form booking "Book a pitch" fields=site,camper_name,email,arrive_on,depart_on,people,vehicle_plate,pets
view arrivals calendar booking "Arrivals" fields=camper_name,site date_field=arrive_on
view gate kanban booking "Gate" fields=camper_name,site,vehicle_plate group_by=status
dashboard park "Park"
  stat "Nights booked" sum booking.nights
  bar "Bookings by pitch type" count site by kind
  line "Arrivals per week" count booking by arrive_on per week
permission booking read ranger
permission booking update ranger
permission site create ranger
nav sites, book, arrivals, gate, park
home sites
