app meetup-group "Local Meetup Group"
  description "Run a local interest meetup: upcoming events with venue and capacity, members' RSVPs, speakers and attendance. Also: meetup organiser, community events, user group, RSVP manager."
  access public
  theme primary=#e11d48 background=#fff8f9 accent=#0ea5e9 icon="👋"
role organiser "Organiser"
role member "Member"
default_role member
owner_role organiser

entity meetup
  icon "📅"
  display title
  order starts_at
  title: text required
  starts_at: datetime required
  venue: text
  map_link: url
  capacity: integer min=1
  format: choice(Talks:#3b82f6, Workshop:#22c55e, Social:#f59e0b, Online:#8b5cf6, Hack night:#ec4899)
  speaker: text
  description: long_text
  banner: image

entity rsvp "RSVP"
  icon "🙋"
  meetup: reference(meetup) required
  name: text required
  email: email required
  answer: choice(Going:#22c55e, Maybe:#f59e0b, Not going:#94a3b8) required default=Going
  attended: boolean default=false
  first_time: boolean default=false

view upcoming cards meetup "Upcoming meetups" fields=starts_at,venue,format image_field=banner
view meetup_calendar calendar meetup "Calendar" fields=title,venue date_field=starts_at
view rsvp_form form rsvp "RSVP" fields=meetup,name,email,answer,first_time
view attendance table rsvp "Attendance" fields=meetup,name,email,answer,attended
dashboard group "Group stats"
  bar "RSVPs per meetup" count rsvp by meetup where answer=Going
  stat "First-timers" count rsvp where first_time=true
  pie "Formats" count meetup by format

permission meetup create organiser
permission meetup update organiser
permission rsvp read organiser
permission rsvp update organiser

nav upcoming, meetup_calendar, rsvp_form, attendance, group
home upcoming
