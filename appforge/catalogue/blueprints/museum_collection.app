app museum-collection "Museum Collection Catalogue"
  description "Catalogue a small museum or archive's collection: objects with accession numbers, provenance, materials, condition, location, loans and exhibitions. Also: collections management, heritage catalogue, archive inventory, accession register."
  access signin
  theme primary=#57534e background=#fafaf9 accent=#b45309 font="Georgia, serif" icon="🏛️"
role curator "Curator"
role volunteer "Volunteer"
default_role volunteer
owner_role curator

entity artefact
  icon "🏺"
  display title
  order accession_number
  accession_number: text required unique pattern="[0-9]{4}\\.[0-9]+(\\.[0-9]+)?"
  title: text required
  object_type: choice(Ceramic:#b45309, Textile:#ec4899, Photograph:#64748b, Document:#a8a29e, Tool:#78716c, Painting:#7c3aed, Coin:#ca8a04, Natural history:#15803d)
  maker: text
  date_made: text help="e.g. c. 1850"
  materials: tags(Wood:#a16207, Metal:#64748b, Paper:#e7e5e4, Cloth:#f9a8d4, Clay:#b45309, Glass:#67e8f9, Stone:#78716c)
  dimensions: text
  provenance: long_text
  acquired_on: date
  acquisition: choice(Donation, Purchase, Bequest, Transfer, Field collection)
  condition: choice(Excellent:#22c55e, Good:#84cc16, Fair:#f59e0b, Poor:#ef4444) default=Good
  location: text help="Store, shelf, box or gallery case."
  on_display: boolean default=false
  photo: image

entity exhibition
  icon "🖼️"
  display title
  title: text required
  opens_on: date required
  closes_on: date
  artefacts: many_to_many(artefact)
  gallery: text

view catalogue table artefact "Catalogue" fields=accession_number,title,object_type,date_made,condition,location,on_display sort=accession_number
view object_record detail artefact "Object record" fields=accession_number,title,photo,object_type,maker,date_made,materials,dimensions,provenance,acquisition,condition,location
view gallery cards artefact "Gallery" fields=accession_number,object_type,date_made image_field=photo
view accession form artefact "Accession an object" fields=accession_number,title,object_type,maker,date_made,materials,dimensions,provenance,acquired_on,acquisition,condition,location,photo
view exhibitions calendar exhibition "Exhibitions" fields=title,gallery date_field=opens_on
dashboard collection "Collection"
  stat "Objects" count artefact
  pie "Condition" count artefact by condition
  bar "Objects by type" count artefact by object_type

permission artefact create curator
permission artefact delete curator
permission exhibition create curator

nav catalogue, gallery, accession, exhibitions, collection
home catalogue
