app after-school-club "After School Club"
  description "An after-school club books children into sessions, registers attendance and pickups, and tracks fees owed by parents. Also: out-of-school care, kids club, wraparound care."
  access signin
  theme primary=#16a34a background=#f0fdf4 accent=#f97316 icon="🎒"
role leader "Club leader"
role parent "Parent"
default_role parent
owner_role leader
entity child
  display name
  name: text required
  school_year: choice(Reception, Year 1, Year 2, Year 3, Year 4, Year 5, Year 6)
  parent_phone: phone required
  allergies: text
entity booking
  child: reference(child) required
  session_on: date required
  activity: choice(Homework club:#3b82f6, Sports:#22c55e, Arts & crafts:#ec4899, Cooking:#f97316, Free play:#a3a3a3)
  collected_by: text
  collected_at: time
  fee: money(GBP) min=0 default=12.5
  paid: boolean default=false
view sessions calendar booking "Sessions" fields=child,activity date_field=session_on
view book form booking "Book a session" fields=child,session_on,activity
view register table booking "Pickup register" fields=child,activity,collected_by,collected_at where session_on=today
view unpaid table booking "Fees owed" fields=session_on,child,fee where paid=false
dashboard club "Club"
  stat "Fees owed" sum booking.fee where paid=false
  pie "Activities" count booking by activity
  line "Bookings per week" count booking by session_on per week
permission booking read leader,parent own
permission booking update leader
permission child read leader,parent own
nav sessions, book, register, unpaid, club
home sessions
