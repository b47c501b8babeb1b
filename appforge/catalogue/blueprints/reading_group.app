app reading-group "Book Club Meetups"
  description "Run a book club: members, the books chosen, meeting dates and hosts, attendance and everyone's ratings. Also: book club organiser, reading circle, book group schedule."
  access signin
  theme primary=#9d174d background=#fff8fa accent=#0f766e font="Georgia, serif" icon="📖"
role organiser "Organiser"
role member "Member"
default_role member
owner_role organiser

entity club_book "Book"
  icon "📕"
  display title
  title: text required
  author: text required
  cover: image
  pages: integer min=1
  suggested_by: text
  status: choice(Suggested:#94a3b8, Chosen:#3b82f6, Discussed:#22c55e) default=Suggested

entity meeting
  icon "☕"
  order meets_at
  book: reference(club_book) required
  meets_at: datetime required
  host: user
  venue: text
  questions: long_text label="Discussion questions"

entity review
  icon "⭐"
  book: reference(club_book) required
  rating: rating required
  finished: boolean default=true
  thoughts: long_text

view shelf cards club_book "Our books" fields=author,status image_field=cover
view suggestions kanban club_book "Suggestions" fields=title,author,suggested_by group_by=status
view meetings calendar meeting "Meetings" fields=book,host,venue date_field=meets_at
view reviews table review fields=book,rating,finished,created_by
view rate form review "Rate the book" fields=book,rating,finished,thoughts
dashboard club "Club"
  bar "Average rating per book" avg review.rating by book
  stat "Books discussed" count club_book where status=Discussed

permission meeting create organiser
permission meeting update organiser
permission review update signed_in own
permission review delete signed_in own

nav meetings, shelf, suggestions, rate, reviews, club
home meetings
