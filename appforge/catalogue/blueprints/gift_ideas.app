app gift-ideas "Gift Idea Keeper"
  description "Jot down gift ideas for friends and family all year, with occasions, budget, links and what's been bought or given. Also: present list, Christmas gift planner, wishlist tracker."
  access signin
  theme primary=#b91c1c background=#fffaf8 accent=#15803d icon="🎁"

entity person
  icon "🙂"
  plural "People"
  display name
  name: text required unique
  relationship: choice(Family:#ec4899, Friend:#3b82f6, Partner:#ef4444, Colleague:#64748b, Kid:#f59e0b)
  birthday: date
  sizes: text help="Clothes and shoe sizes."
  likes: long_text

entity gift
  icon "🎀"
  display idea
  order -created_at
  person: reference(person) required
  idea: text required
  occasion: choice(Birthday:#f59e0b, Christmas:#dc2626, Anniversary:#ec4899, Wedding:#a855f7, Thank you:#22c55e, Just because:#0ea5e9)
  link: url
  price: money(USD) min=0
  status: choice(Idea:#94a3b8, Bought:#3b82f6, Wrapped:#a855f7, Given:#22c55e) default=Idea
  give_on: date
  photo: image

view ideas kanban gift "Gift board" fields=idea,person,price group_by=status
view gifts table gift fields=person,idea,occasion,price,status,give_on sort=give_on
view gallery cards gift "Wishlist" fields=person,price image_field=photo
view people table person fields=name,relationship,birthday,sizes
view dates calendar gift "Giving dates" fields=idea,person date_field=give_on
dashboard spending "Gift spending"
  stat "Spent on gifts" sum gift.price where status!=Idea
  bar "Spend per person" sum gift.price by person
  pie "Occasions" count gift by occasion

nav ideas, gifts, gallery, people, dates, spending
home ideas
