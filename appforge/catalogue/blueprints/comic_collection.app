app comic-collection "Comic Book Longbox"
  description "Track comic book issues by series and issue number, with publisher, cover, CGC grade, key issues and value, plus the pull list. Also: comic inventory, pull list, graphic novel collection."
  access signin
  theme primary=#dc2626 background=#fffdf5 accent=#2563eb icon="🦸"

entity series
  icon "📚"
  plural "Series"
  display title
  order title
  title: text required unique
  publisher: choice(Marvel:#dc2626, DC:#2563eb, Image:#111827, Dark Horse:#475569, IDW:#f59e0b, Boom!:#f97316, Indie:#22c55e)
  start_year: integer min=1930 max=2100
  on_pull_list: boolean default=false

entity issue
  icon "📖"
  display label_text
  order series, number
  series: reference(series) required
  number: decimal required label="Issue #" min=0
  label_text: computed label="Issue" = concat("#", number)
  cover: image
  cover_date: date
  variant: text
  key_issue: boolean default=false
  key_notes: text help="First appearance, death, origin..."
  grade: decimal label="Grade (0.5-10)" min=0.5 max=10
  slabbed: choice(Raw:#94a3b8, CGC:#2563eb, CBCS:#16a34a, PGX:#f59e0b) default=Raw
  read: boolean default=false
  paid: money(USD) min=0
  value: money(USD) min=0
  box: text label="Longbox"

view issues table issue fields=series,number,cover_date,variant,grade,slabbed,key_issue,value sort=series
view covers cards issue "Covers" fields=series,number,grade image_field=cover
view keys table issue "Key issues" fields=series,number,key_notes,grade,value where key_issue=true
view pull_list table series "Series & pull list" fields=title,publisher,start_year,on_pull_list sort=title
view add form issue "Add an issue" fields=series,number,cover,cover_date,variant,grade,slabbed,key_issue,key_notes,paid,box
dashboard value "Collection value"
  stat "Issues" count issue
  stat "Total value" sum issue.value
  bar "Value per series" sum issue.value by series
  pie "Slabbed or raw" count issue by slabbed

nav issues, covers, keys, pull_list, add, value
home covers
