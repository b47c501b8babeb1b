app personal-library-lending "Books I've Lent Out"
  description "Keep track of which of your own books, games and DVDs friends have borrowed, when they took them and nudge them to give them back. Also: lending tracker, who borrowed my book, personal loans list."
  access signin
  theme primary=#0f766e background=#f7fbfa accent=#dc2626 icon="🤝"

entity friend
  icon "🧑"
  display name
  name: text required unique
  email: email
  phone: phone
  trust: rating help="How good they are at giving things back."

entity belonging
  icon "📚"
  display title
  order title
  title: text required
  kind: choice(Book:#0f766e, Board game:#7c3aed, DVD:#2563eb, Vinyl:#111827, Tool:#f59e0b, Other)
  creator: text label="Author / maker"
  cover: image
  value: money(GBP) min=0
  lendable: boolean default=true

entity loan
  icon "🔁"
  order lent_on
  belonging: reference(belonging) required label="Item"
  friend: reference(friend) required
  lent_on: date required
  expected_back: date
  returned_on: date
  days_out: computed = days_between(lent_on, today())
  status: choice(Out:#f59e0b, Overdue:#ef4444, Returned:#22c55e, Lost:#64748b) default=Out
  note: text

view out table loan "Lent out" fields=belonging,friend,lent_on,days_out,expected_back,status sort=lent_on where status!=Returned
view lend form loan "Lend something" fields=belonging,friend,lent_on,expected_back,note
view loans_board kanban loan "Loans" fields=belonging,friend,days_out group_by=status
view shelf cards belonging "My shelf" fields=kind,creator,lendable image_field=cover
view friends table friend fields=name,email,phone,trust
dashboard lending "Lending"
  stat "Out right now" count loan where status=Out
  bar "Loans per friend" count loan by friend
  stat "Overdue" count loan where status=Overdue

nav out, lend, loans_board, shelf, friends, lending
home out
