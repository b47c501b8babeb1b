app daycare-center "Daycare Centre"
  description "A nursery or daycare centre keeps child records, daily sign-in and sign-out, meals, naps and incident reports for parents. Also: childcare centre, preschool, kindergarten register."
  access signin
  theme primary=#f59e0b background=#fffbeb accent=#0ea5e9 icon="🧸"
role manager "Manager"
role educator "Educator"
role parent "Parent"
default_role parent
owner_role manager
entity child
  display name
  name: text required
  date_of_birth: date required
  room: choice(Babies:#f9a8d4, Toddlers:#fcd34d, Preschool:#86efac)
  allergies: text
  emergency_contact: phone required
  authorised_pickups: text
  photo: image
entity daily_log "Daily log"
  child: reference(child) required
  day: date required
  arrived: time
  left: time
  meals: choice(Ate all, Ate some, Ate little)
  nap_minutes: integer min=0 max=240
  mood: rating
  notes: long_text
entity incident
  child: reference(child) required
  happened_at: datetime required
  kind: choice(Bump:#f59e0b, Bite:#ef4444, Illness:#a855f7, Fall:#f97316)
  description: long_text required
  parent_signed: boolean default=false
view register table daily_log "Register" fields=day,child,arrived,left,meals,nap_minutes sort=-day
view children cards child "Children" fields=room,allergies image_field=photo
view log form daily_log "Daily log" fields=child,day,arrived,left,meals,nap_minutes,mood,notes
view incidents calendar incident "Incidents" fields=child,kind date_field=happened_at
dashboard centre "Centre"
  stat "Children" count child
  pie "Rooms" count child by room
  bar "Incidents by kind" count incident by kind
permission child read manager,educator,parent own
permission daily_log create manager,educator
permission daily_log read manager,educator
permission incident create manager,educator
nav register, children, log, incidents, centre
home register
