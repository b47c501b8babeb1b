app tattoo-studio "Tattoo Studio Manager"
  description "A tattoo studio manages enquiries, consultations, sessions, deposits and signed consent forms for each artist. Also: tattoo booking, piercing studio scheduler, ink parlour CRM."
  access signin
  theme primary=#111827 background=#fafaf9 accent=#b91c1c dark=false icon="🖋️"
role owner "Studio owner"
role artist "Artist"
default_role artist
owner_role owner
entity client
  display name
  name: text required
  email: email
  phone: phone
  date_of_birth: date required help="Must be 18 or over"
  consent_form: file
entity piece "Tattoo piece"
  icon "🎨"
  display title
  title: text required
  client: reference(client) required
  artist: user required
  placement: choice(Arm, Forearm, Leg, Back, Chest, Ribs, Hand, Neck, Other)
  style: choice(Traditional:#dc2626, Neo-trad:#f97316, Blackwork:#111827, Fine line:#64748b, Realism:#0ea5e9, Japanese:#16a34a)
  stage: choice(Enquiry:#94a3b8, Consultation:#a855f7, Deposit paid:#f59e0b, In progress:#3b82f6, Healed:#22c55e) default=Enquiry
  quote: money(USD) min=0
  deposit: money(USD) min=0
  balance: computed = quote - coalesce(deposit, 0)
  reference_art: image
entity session
  icon "⏱️"
  order starts_at
  piece: reference(piece) required
  starts_at: datetime required
  hours: decimal min=0.5 max=12
  paid: money(USD) min=0
view pipeline kanban piece "Pipeline" fields=title,client,style,quote group_by=stage
view sessions calendar session "Sessions" fields=piece,hours date_field=starts_at
view portfolio cards piece "Portfolio" fields=style,placement,artist image_field=reference_art
view enquiry form piece "New enquiry" fields=title,client,artist,placement,style,reference_art
view clients table client fields=name,email,phone,date_of_birth
dashboard studio "Studio"
  stat "Open quotes" sum piece.quote where stage!=Healed
  bar "Pieces by artist" count piece by artist
  pie "Styles" count piece by style
  line "Session hours" sum session.hours by starts_at per month
permission piece update owner,artist own
permission piece delete owner
permission client delete owner
nav pipeline, sessions, portfolio, enquiry, clients, studio
home pipeline
