app family-calendar "Family Hub Calendar"
  description "One shared calendar for the household: school runs, clubs, appointments, birthdays and who is driving. Also: family organiser, shared household calendar, family schedule."
  access signin
  theme primary=#2563eb background=#f8fbff accent=#ec4899 radius=12 icon="📆"

entity member
  icon "👪"
  display name
  name: text required unique
  colour: choice(Blue:#2563eb, Pink:#ec4899, Green:#22c55e, Orange:#f97316, Purple:#a855f7, Teal:#14b8a6)
  birthday: date
  phone: phone
  account: user

entity event
  icon "🗓️"
  display title
  order starts_at
  title: text required
  starts_at: datetime required
  ends_at: datetime
  category: choice(School:#3b82f6, Club:#22c55e, Appointment:#ef4444, Birthday:#ec4899, Work:#64748b, Holiday:#f59e0b, Social:#a855f7)
  who: many_to_many(member)
  driver: reference(member) label="Who's driving"
  location: text
  bring: text label="Remember to bring"
  recurring: choice(No, Weekly, Fortnightly, Monthly, Yearly) default=No

view calendar calendar event "Calendar" fields=title,category,driver date_field=starts_at
view upcoming table event "Coming up" fields=starts_at,title,category,driver,location sort=starts_at
view add form event "Add an event" fields=title,starts_at,ends_at,category,who,driver,location,bring,recurring
view members cards member "Family" fields=birthday,phone
dashboard busy "Busy-ness"
  bar "Lifts per driver" count event by driver
  pie "Events by category" count event by category
  line "Events per week" count event by starts_at per week

nav calendar, upcoming, add, members, busy
home calendar
