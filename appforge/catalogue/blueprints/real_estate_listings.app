app real-estate-listings "Real Estate Listings"
  description "A real estate agency publishes property listings with photos and prices, books viewings and tracks buyer enquiries and offers. Also: estate agent, realtor listings, homes for sale."
  access public
  theme primary=#0f766e background=#f8fafc accent=#d97706 icon="🏡"
role agent "Agent"
owner_role agent
entity listing
  display title
  title: text required
  address: text required
  price: money(USD) min=0 required
  bedrooms: integer min=0 max=20
  bathrooms: decimal min=0 max=20
  square_feet: integer min=0
  property_type: choice(House, Condo, Townhouse, Land, Commercial)
  status: choice(Coming soon:#a855f7, Active:#22c55e, Under offer:#f59e0b, Sold:#64748b) default="Coming soon"
  agent: user
  listed_on: date
  photo: image
  features: tags(Garage, Garden, Pool, Fireplace, New build, Waterfront)
entity enquiry
  listing: reference(listing) required
  name: text required
  email: email required
  phone: phone
  viewing_at: datetime
  pre_approved: boolean default=false
  offer: money(USD) min=0
  message: long_text
view homes cards listing "Homes for sale" fields=price,bedrooms,bathrooms,address image_field=photo where status!=Sold
view enquire form enquiry "Book a viewing" fields=listing,name,email,phone,viewing_at,message
view viewings calendar enquiry "Viewings" fields=name,listing date_field=viewing_at
view stock kanban listing "Stock" fields=title,price,agent group_by=status
dashboard agency "Agency"
  stat "Active listings" count listing where status=Active
  bar "Enquiries per listing" count enquiry by listing
  pie "Property types" count listing by property_type
permission listing create agent
permission listing update agent
permission enquiry read agent
permission enquiry update agent
nav homes, enquire, viewings, stock, agency
home homes
