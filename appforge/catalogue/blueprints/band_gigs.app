app band-gigs "Band Gig Book"
  description "A band's gigs and bookings: venues, dates, fees, set lists, promoters, merch sales and who's available. Also: gig calendar, band booking tracker, musician tour diary."
  access signin
  theme primary=#111827 background=#0a0a0a text=#f5f5f5 accent=#f43f5e dark=true icon="🎸"

entity venue
  icon "🏟️"
  display name
  name: text required unique
  city: text
  capacity: integer min=1
  promoter: text
  promoter_email: email
  website: url

entity gig
  icon "🎤"
  order starts_at
  venue: reference(venue) required
  starts_at: datetime required label="Doors / set time"
  billing: choice(Headline:#f43f5e, Support:#3b82f6, Festival:#22c55e, Private:#a855f7, Busk:#f59e0b)
  status: choice(Enquiry:#94a3b8, Offered:#f59e0b, Confirmed:#22c55e, Played:#3b82f6, Cancelled:#ef4444) default=Enquiry
  fee: money(GBP) min=0
  merch_sales: money(GBP) min=0
  setlist: long_text
  load_in: time
  poster: image

view gigs calendar gig "Gig calendar" fields=venue,billing,status date_field=starts_at
view bookings kanban gig "Bookings" fields=venue,starts_at,fee group_by=status
view gig_list table gig "All gigs" fields=starts_at,venue,billing,status,fee,merch_sales sort=starts_at
view posters cards gig "Posters" fields=venue,starts_at image_field=poster
view venues table venue fields=name,city,capacity,promoter,promoter_email
dashboard takings "Takings"
  stat "Fees earned" sum gig.fee where status=Played
  stat "Merch sold" sum gig.merch_sales
  bar "Fees per venue" sum gig.fee by venue
  line "Gigs per month" count gig by starts_at per month

nav gigs, bookings, gig_list, posters, venues, takings
home gigs
