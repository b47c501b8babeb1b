app vinyl-collection "Vinyl Record Crate"
  description "Catalogue a vinyl record collection: artist, label, catalogue number, pressing year, media and sleeve grades, and what each is worth. Also: record collection, LP catalogue, Discogs-style crate."
  access signin
  theme primary=#111827 background=#faf7f2 accent=#dc2626 font="Georgia, serif" icon="💿"

entity record
  icon "🎵"
  display title
  order artist
  artist: text required
  title: text required
  cover: image
  label: text
  catalogue_number: text label="Cat. no."
  pressing_year: integer min=1948 max=2100
  country: text
  format: choice(LP:#111827, Double LP:#374151, 7 inch single:#dc2626, 12 inch single:#f97316, EP:#a855f7, Box set:#0ea5e9) default=LP
  speed: choice(33⅓, 45, 78) default=33⅓
  genre: choice(Rock, Jazz, Soul, Hip hop, Electronic, Folk, Classical, Punk, Reggae, Pop)
  media_grade: choice(M:#22c55e, NM:#4ade80, VG+:#a3e635, VG:#facc15, G+:#f97316, G:#ef4444, P:#7f1d1d) label="Media grade"
  sleeve_grade: choice(M:#22c55e, NM:#4ade80, VG+:#a3e635, VG:#facc15, G+:#f97316, G:#ef4444, P:#7f1d1d) label="Sleeve grade"
  first_pressing: boolean default=false
  paid: money(GBP) min=0
  estimated_value: money(GBP) min=0
  bought_from: text
  discogs_link: url

entity spin
  icon "🎧"
  order -played_on
  record: reference(record) required
  played_on: date required
  side: choice(A, B, C, D, Whole record) default="Whole record"
  enjoyment: rating

view crate cards record "Crate" fields=artist,pressing_year,media_grade image_field=cover
view records table record "Collection" fields=artist,title,label,catalogue_number,pressing_year,format,media_grade,sleeve_grade,estimated_value sort=artist
view record_page detail record "Record" fields=artist,title,cover,label,catalogue_number,pressing_year,country,format,speed,media_grade,sleeve_grade,first_pressing,paid,estimated_value,discogs_link
view spins calendar spin "Listening diary" fields=record,side date_field=played_on
view add form record "Add a record" fields=artist,title,cover,label,catalogue_number,pressing_year,format,genre,media_grade,sleeve_grade,paid
dashboard worth "Collection worth"
  stat "Records" count record
  stat "Estimated value" sum record.estimated_value
  pie "Genres" count record by genre
  bar "Most played" count spin by record

nav crate, records, spins, add, worth
home crate
