app vacation-rentals "Vacation Rental Manager"
  description "A holiday let manager runs several properties: bookings from channels, cleaning turnovers, owner payouts and guest check-in details. Also: Airbnb host manager, short-term rental, holiday cottage bookings."
  access signin
  theme primary=#0e7490 background=#f0fdfa accent=#f43f5e icon="🏖️"
role manager "Manager"
role cleaner "Cleaner"
default_role cleaner
owner_role manager
entity property
  display name
  name: text required
  address: text
  bedrooms: integer min=0 max=20
  owner_email: email
  wifi_password: text
  photo: image
entity booking
  property: reference(property) required
  guest_name: text required
  channel: choice(Airbnb:#f43f5e, Vrbo:#1d4ed8, Booking.com:#0ea5e9, Direct:#22c55e)
  check_in: date required
  check_out: date required
  guests: integer min=1 max=20
  payout: money(USD) min=0
  status: choice(Confirmed:#3b82f6, Checked in:#22c55e, Completed:#94a3b8, Cancelled:#ef4444) default=Confirmed
entity turnover
  property: reference(property) required
  clean_on: date required
  cleaner: user
  status: choice(To do:#f59e0b, Done:#22c55e, Issue:#ef4444) default="To do"
  issues: long_text
view properties cards property "Properties" fields=address,bedrooms image_field=photo
view bookings calendar booking "Bookings" fields=property,guest_name date_field=check_in
view cleans kanban turnover "Turnovers" fields=property,clean_on,cleaner group_by=status
view my_cleans table turnover "My cleans" fields=clean_on,property,status where cleaner=me
dashboard revenue "Revenue"
  stat "Payouts" sum booking.payout
  bar "Payout by property" sum booking.payout by property
  pie "Channels" count booking by channel
permission booking read manager
permission property create manager
permission turnover update manager,cleaner
nav bookings, cleans, my_cleans, properties, revenue
home bookings
