app event-venue "Event Venue Hire"
  description "A venue hires out its halls and spaces for weddings, parties and conferences: enquiries, holds, contracts and event-day run sheets. Also: venue booking, function room hire, banquet hall calendar."
  access signin
  theme primary=#831843 background=#fdf2f8 accent=#ca8a04 icon="🏛️"
role sales "Sales"
role ops "Operations"
default_role ops
owner_role sales
entity space
  display name
  name: text required unique
  capacity_seated: integer min=1
  capacity_standing: integer min=1
  day_rate: money(GBP) min=0
  photo: image
entity venue_booking "Booking"
  display event_name
  event_name: text required
  client_email: email required
  space: reference(space) required
  event_type: choice(Wedding:#ec4899, Conference:#3b82f6, Party:#f59e0b, Gala:#a855f7, Exhibition:#14b8a6)
  starts_at: datetime required
  ends_at: datetime
  guests: integer min=1
  stage: choice(Enquiry:#94a3b8, Hold:#f59e0b, Contracted:#3b82f6, Completed:#22c55e, Lost:#ef4444) default=Enquiry
  fee: money(GBP) min=0
  contract: file
  run_sheet: long_text
view pipeline kanban venue_booking "Pipeline" fields=event_name,space,starts_at,fee group_by=stage
view calendar calendar venue_booking "Calendar" fields=event_name,space date_field=starts_at
view enquiry form venue_booking "Enquire" fields=event_name,client_email,space,event_type,starts_at,guests
view spaces cards space "Spaces" fields=capacity_seated,capacity_standing,day_rate image_field=photo
dashboard sales_dash "Sales"
  stat "Contracted revenue" sum venue_booking.fee where stage=Contracted
  pie "Event types" count venue_booking by event_type
  bar "Bookings by space" count venue_booking by space
permission venue_booking delete sales
permission space update sales
nav pipeline, calendar, enquiry, spaces, sales_dash
home pipeline
