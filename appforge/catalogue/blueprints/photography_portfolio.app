app photography-portfolio "Photography Portfolio"
  description "A photographer's public portfolio of photo series and images with camera, lens and settings, plus client enquiries. Also: photo gallery, photographer website, image portfolio."
  access public
  theme primary=#111827 background=#ffffff accent=#f43f5e font="Helvetica Neue, Arial, sans-serif" radius=0 icon="📷"
role photographer "Photographer"
owner_role photographer

entity series
  icon "🗂️"
  plural "Series"
  display title
  title: text required unique
  genre: choice(Portrait:#f43f5e, Landscape:#16a34a, Street:#64748b, Wedding:#f9a8d4, Wildlife:#a16207, Product:#3b82f6, Architecture:#78716c)
  year: integer min=1900 max=2100
  statement: long_text

entity photo
  icon "🖼️"
  display title
  order -taken_on
  title: text required
  image: image required
  series: reference(series)
  taken_on: date
  location: text
  camera: text
  lens: text
  settings: text help="e.g. f/2.8, 1/250s, ISO 200"
  featured: boolean default=false
  print_price: money(USD) min=0

entity enquiry
  icon "✉️"
  name: text required
  email: email required
  shoot_type: choice(Portrait, Wedding, Event, Commercial, Print purchase)
  preferred_date: date
  message: long_text required
  status: choice(New:#3b82f6, Replied:#f59e0b, Booked:#22c55e, Declined:#94a3b8) default=New

view portfolio cards photo "Portfolio" fields=series,location image_field=image
view photo_page detail photo "Photo" fields=title,image,series,taken_on,location,camera,lens,settings,print_price
view series_list table series "Series" fields=title,genre,year
view contact form enquiry "Book a shoot" fields=name,email,shoot_type,preferred_date,message
view enquiries kanban enquiry "Enquiries" fields=name,shoot_type,preferred_date group_by=status

permission photo create photographer
permission photo update photographer
permission photo delete photographer
permission series create photographer
permission series update photographer
permission enquiry read photographer
permission enquiry update photographer

nav portfolio, series_list, contact, enquiries
home portfolio
