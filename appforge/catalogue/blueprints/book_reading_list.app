app book-reading-list "Reading List & Book Log"
  description "Books to read, reading now and finished, with ratings, reviews and a yearly reading challenge. Also: TBR list, book tracker, reading journal, Goodreads alternative."
  access signin
  theme primary=#7c2d12 background=#fdf8f3 accent=#0f766e font="Georgia, serif" icon="📚"

entity book
  icon "📕"
  display title
  order title
  title: text required
  author: text required
  cover: image
  genre: choice(Fiction:#3b82f6, Fantasy:#8b5cf6, Sci-fi:#06b6d4, Crime:#ef4444, Romance:#ec4899, History:#a16207, Biography:#f59e0b, Science:#22c55e, Self-help:#84cc16, Poetry:#d946ef)
  format: choice(Paperback, Hardback, Ebook, Audiobook)
  pages: integer min=1 max=5000
  isbn: text pattern="[0-9Xx-]{10,17}"
  shelf: choice(Want to read:#94a3b8, Reading:#3b82f6, Finished:#22c55e, Abandoned:#ef4444) default="Want to read"
  started_on: date
  finished_on: date
  days_to_read: computed = days_between(started_on, finished_on)
  rating: rating
  review: long_text
  recommended_by: text

entity reading_session "Reading session"
  icon "⏳"
  order -read_on
  book: reference(book) required
  read_on: date required
  pages_read: integer min=1 max=2000
  minutes: integer min=1

view shelves kanban book "Shelves" fields=title,author,genre group_by=shelf
view covers cards book "Covers" fields=author,genre,rating image_field=cover
view books table book "All books" fields=title,author,genre,pages,shelf,finished_on,rating sort=title
view add form book "Add a book" fields=title,author,cover,genre,format,pages,shelf,recommended_by
view log_reading form reading_session "Log reading" fields=book,read_on,pages_read,minutes
view finished calendar book "Finished" fields=title,rating date_field=finished_on
dashboard challenge "Reading challenge"
  stat "Books finished" count book where shelf=Finished
  stat "Pages read" sum book.pages where shelf=Finished
  pie "Genres" count book by genre where shelf=Finished
  line "Pages per week" sum reading_session.pages_read by read_on per week

nav shelves, covers, books, add, log_reading, finished, challenge
home shelves
