app wedding-guest-list "Wedding Guest List & RSVPs"
  description "Manage a wedding guest list: households, invitations, RSVPs, meal choices, dietary needs, plus-ones and table seating. Also: RSVP tracker, wedding seating plan, guest manager."
  access signin
  theme primary=#9f1239 background=#fffafa accent=#a3a3a3 font="Georgia, serif" radius=12 icon="💍"

entity table_plan "Table"
  icon "🪑"
  display name
  name: text required unique
  seats: integer min=1 max=30 default=10

entity guest
  icon "💌"
  display full_name
  order last_name
  first_name: text required
  last_name: text required
  full_name: computed = concat(first_name, " ", last_name)
  email: email
  phone: phone
  side: choice(Bride:#f9a8d4, Groom:#93c5fd, Both:#d8b4fe) required
  group: choice(Family, Friends, Work, Plus one)
  invited_to: choice(Whole day:#22c55e, Evening only:#6366f1) default="Whole day"
  rsvp: choice(Not sent:#94a3b8, Awaiting:#f59e0b, Attending:#22c55e, Declined:#ef4444) default="Not sent"
  meal: choice(Beef, Fish, Vegetarian, Vegan, Child)
  dietary: text label="Dietary needs"
  plus_one: boolean default=false
  table: reference(table_plan)
  address: long_text

view guests table guest "Guest list" fields=full_name,side,group,invited_to,rsvp,meal,table sort=last_name
view rsvps kanban guest "RSVPs" fields=full_name,side,meal group_by=rsvp
view seating table guest "Seating plan" fields=table,full_name,meal,dietary sort=table where rsvp=Attending
view add form guest "Add a guest" fields=first_name,last_name,email,side,group,invited_to,plus_one,address
view tables table table_plan fields=name,seats
dashboard headcount "Headcount"
  stat "Attending" count guest where rsvp=Attending
  stat "Awaiting reply" count guest where rsvp=Awaiting
  pie "Meals" count guest by meal where rsvp=Attending
  bar "Guests per side" count guest by side

nav headcount, guests, rsvps, seating, add, tables
home guests
