app art-gallery "Art Gallery Inventory & Shows"
  description "A commercial art gallery tracks artists, artworks on consignment, exhibitions and sales with commission splits. Also: gallery management, artwork inventory, exhibition planner."
  access signin
  theme primary=#111827 background=#ffffff accent=#dc2626 icon="🖼️"
entity artist
  display name
  name: text required
  email: email
  website: url
  commission_pct: decimal min=0 max=100 default=50
entity exhibition
  display title
  title: text required
  opens_on: date required
  closes_on: date
  curator: text
entity artwork
  display title
  title: text required
  artist: reference(artist) required
  year: integer min=1800 max=2100
  medium: choice(Oil, Acrylic, Watercolour, Photography, Sculpture, Print, Mixed media)
  dimensions: text
  price: money(USD) min=0
  exhibitions: many_to_many(exhibition)
  status: choice(Available:#22c55e, On hold:#f59e0b, Sold:#64748b, Returned:#94a3b8) default=Available
  image: image
view works cards artwork "Works" fields=artist,medium,price,status image_field=image
view shows calendar exhibition "Exhibitions" fields=title,curator date_field=opens_on
view inventory table artwork "Inventory" fields=title,artist,year,medium,price,status
view artists table artist fields=name,email,website,commission_pct
dashboard sales "Sales"
  stat "Sold" sum artwork.price where status=Sold
  bar "Works by artist" count artwork by artist
  pie "Media" count artwork by medium
nav works, shows, inventory, artists, sales
home works
