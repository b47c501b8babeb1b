app school-library-loans "School Library Loans Desk"
  description "Run a school library: the book catalogue, pupils, loans with due dates, returns and overdue books. Also: library checkout system, book lending register, classroom library tracker."
  access signin
  theme primary=#7c2d12 background=#fffbf5 accent=#2563eb icon="🏫"
role librarian "Librarian"
role pupil "Pupil"
default_role pupil
owner_role librarian

entity book
  icon "📗"
  display title
  order title
  title: text required
  author: text
  isbn: text unique
  reading_level: choice(Early reader:#22c55e, Year 3-4:#84cc16, Year 5-6:#f59e0b, Teen:#8b5cf6, Reference:#64748b)
  copies: integer min=1 default=1
  cover: image

entity pupil
  icon "🧒"
  display name
  name: text required
  class_name: text required label="Class"
  library_card: text unique

entity loan
  icon "🔖"
  order due_on
  book: reference(book) required
  pupil: reference(pupil) required
  borrowed_on: date required
  due_on: date required
  returned_on: date
  days_overdue: computed = days_between(due_on, today())
  status: choice(On loan:#3b82f6, Returned:#22c55e, Overdue:#ef4444, Lost:#7f1d1d) default="On loan"

view loans table loan fields=book,pupil,borrowed_on,due_on,days_overdue,status sort=due_on where status!=Returned
view checkout form loan "Check out" fields=book,pupil,borrowed_on,due_on
view catalogue cards book "Catalogue" fields=author,reading_level,copies image_field=cover
view due calendar loan "Due back" fields=book,pupil date_field=due_on
view pupils table pupil fields=name,class_name,library_card
dashboard circulation "Circulation"
  stat "On loan" count loan where status="On loan"
  stat "Overdue" count loan where status=Overdue
  bar "Loans per book" count loan by book
  line "Loans per week" count loan by borrowed_on per week

permission loan create librarian
permission loan update librarian
permission loan read librarian
permission book create librarian
permission pupil read librarian

nav loans, checkout, catalogue, due, pupils, circulation
home loans
