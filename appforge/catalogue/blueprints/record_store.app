app record-store "Record Store Crates"
  description "A record shop catalogues new and used vinyl, grades condition, prices stock and buys collections from customers. Also: vinyl shop, used records, music store inventory."
  access signin
  theme primary=#18181b background=#fafaf9 accent=#e11d48 icon="💿"
entity record
  display title
  artist: text required
  title: text required
  label: text
  format: choice(LP, 7-inch, 12-inch, Box set, Cassette, CD)
  genre: choice(Rock:#dc2626, Jazz:#1e3a8a, Soul:#a16207, Electronic:#8b5cf6, Hip hop:#111827, Folk:#65a30d, Classical:#94a3b8)
  media_grade: choice(M, NM, VG+, VG, G)
  sleeve_grade: choice(M, NM, VG+, VG, G)
  price: money(GBP) min=0
  cost: money(GBP) min=0
  sold: boolean default=false
  cover: image
entity buy_in "Collection buy"
  seller: text required
  phone: phone
  records_count: integer min=1
  offered: money(GBP) min=0
  bought_on: date required
  notes: long_text
view crates cards record "Crates" fields=artist,format,media_grade,price image_field=cover where sold=false
view stock table record "Stock" fields=artist,title,format,genre,media_grade,price,sold
view add form record "Add record" fields=artist,title,label,format,genre,media_grade,sleeve_grade,price,cost,cover
view buys table buy_in "Buys" fields=bought_on,seller,records_count,offered sort=-bought_on
dashboard shop "Shop"
  stat "Stock value" sum record.price where sold=false
  pie "Genres" count record by genre
  line "Collections bought" count buy_in by bought_on per month
nav crates, stock, add, buys, shop
home crates
