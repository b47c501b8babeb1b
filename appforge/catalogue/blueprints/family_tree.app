app family-tree "Family Tree & Genealogy"
  description "Research family history: ancestors with birth and death dates and places, parents, marriages and source documents like certificates and census records. Also: genealogy research, ancestry tree, family history."
  access signin
  theme primary=#78350f background=#fbf7ef accent=#166534 font="Georgia, serif" icon="🌳"

entity person
  icon "🧑"
  plural "People"
  display full_name
  order surname
  given_names: text required
  surname: text required
  full_name: computed = concat(given_names, " ", surname)
  sex: choice(Female, Male, Unknown)
  born_on: date
  birthplace: text
  died_on: date
  lifespan_days: computed = days_between(born_on, died_on)
  father: reference(person)
  mother: reference(person)
  occupation: text
  portrait: image
  biography: long_text

entity marriage
  icon "💒"
  spouse_a: reference(person) required label="Spouse"
  spouse_b: reference(person) required label="Spouse"
  married_on: date
  place: text

entity source
  icon "📜"
  display title
  title: text required
  kind: choice(Birth certificate:#22c55e, Marriage certificate:#ec4899, Death certificate:#64748b, Census:#3b82f6, Parish record:#a16207, Photo:#f59e0b, Letter:#a855f7)
  people: many_to_many(person)
  year: integer min=1000 max=2100
  scan: file
  citation: text

view people table person fields=full_name,born_on,birthplace,died_on,father,mother sort=surname
view portraits cards person "Portraits" fields=born_on,died_on,birthplace image_field=portrait
view person_page detail person "Person" fields=full_name,portrait,born_on,birthplace,died_on,father,mother,occupation,biography
view marriages table marriage fields=spouse_a,spouse_b,married_on,place
view sources table source fields=title,kind,year,scan,citation
dashboard research "Research"
  stat "People" count person
  pie "Sources by kind" count source by kind

nav people, portraits, marriages, sources, research
home people
