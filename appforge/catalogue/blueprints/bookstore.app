app bookstore "Independent Bookstore"
  description "An independent bookshop manages its stock by ISBN, special orders for customers, and author events. Also: bookshop inventory, used books, book store POS."
  access signin
  theme primary=#7c2d12 background=#fdf8f3 accent=#1e3a8a font="Georgia, serif" icon="📖"
entity book
  display title
  title: text required
  author: text required
  isbn: text unique pattern="[0-9Xx-]{10,17}"
  genre: choice(Fiction, Non-fiction, Children, Crime, Sci-fi & fantasy, Poetry, Local interest)
  condition: choice(New, Used - fine, Used - good)
  price: money(GBP) min=0
  stock: integer min=0
  cover: image
  staff_pick: boolean default=false
entity special_order "Special order"
  customer: text required
  phone: phone
  title: text required
  isbn: text
  ordered_on: date required
  status: choice(Ordered:#3b82f6, Arrived:#22c55e, Collected:#64748b, Cancelled:#ef4444) default=Ordered
entity shop_event "Event"
  title: text required
  author: text
  at: datetime required
  tickets: integer min=0
view shelves cards book "Shelves" fields=author,price,genre image_field=cover
view stock table book "Stock" fields=title,author,isbn,genre,stock,price sort=title
view orders kanban special_order "Special orders" fields=title,customer group_by=status
view events calendar shop_event "Events" fields=title,author date_field=at
dashboard shop "Shop"
  stat "Books in stock" sum book.stock
  pie "Genres" count book by genre
nav shelves, stock, orders, events, shop
home shelves
