app stamp-collection "Philately Stamp Album"
  description "A stamp collector's album: stamps by country and year with catalogue numbers, condition, mint or used, and value, plus wants list. Also: philatelic collection, stamp catalogue, stamp inventory."
  access signin
  theme primary=#1e3a8a background=#fbf8f1 accent=#b91c1c font="Georgia, serif" icon="📮"

entity country
  icon "🌍"
  plural "Countries"
  display name
  name: text required unique
  continent: choice(Europe:#3b82f6, Asia:#ef4444, Africa:#f59e0b, North America:#22c55e, South America:#84cc16, Oceania:#06b6d4)

entity stamp
  icon "🖼️"
  display description
  order country, year
  country: reference(country) required
  year: integer min=1840 max=2100
  description: text required
  catalogue_ref: text label="Catalogue no." help="Stanley Gibbons, Scott or Michel number."
  face_value: text
  image: image
  condition: choice(Mint never hinged:#22c55e, Mint hinged:#84cc16, Used:#f59e0b, Fine used:#eab308, Damaged:#ef4444) required
  perforation: text
  watermark: text
  catalogue_value: money(GBP) min=0
  paid: money(GBP) min=0
  album_page: text
  status: choice(In album:#22c55e, Wanted:#94a3b8, Duplicate for swap:#3b82f6) default="In album"

view album cards stamp "Album" fields=country,year,condition image_field=image where status="In album"
view stamps table stamp "Stamps" fields=country,year,description,catalogue_ref,condition,catalogue_value,status sort=country
view wants table stamp "Wants list" fields=country,year,description,catalogue_ref,catalogue_value where status=Wanted
view add form stamp "Add a stamp" fields=country,year,description,catalogue_ref,face_value,image,condition,catalogue_value,paid,album_page,status
view countries table country fields=name,continent
dashboard album_value "Album value"
  stat "Stamps" count stamp where status="In album"
  stat "Catalogue value" sum stamp.catalogue_value where status="In album"
  bar "Stamps per country" count stamp by country
  pie "Condition" count stamp by condition

nav album, stamps, wants, add, countries, album_value
home album
