app horse-stable "Livery Yard Manager"
  description "Run a livery yard or riding stable: horses, owners, stables, farrier and vet appointments and the daily turnout and feed chart. Also: stable management, equine care log, horse yard admin."
  access signin
  theme primary=#78350f background=#fdfaf6 accent=#15803d icon="🐴"
role yard_manager "Yard manager"
role owner "Horse owner"
default_role owner
owner_role yard_manager

entity horse
  icon "🐎"
  display name
  name: text required
  passport_number: text unique
  breed: text
  colour: text
  height_hh: decimal label="Height (hh)" min=8 max=19
  born: integer label="Year born" min=1990 max=2100
  owner_name: text
  owner_phone: phone
  stable: text label="Stable number"
  livery: choice(Full:#7c3aed, Part:#3b82f6, DIY:#22c55e, Grass:#84cc16)
  feed: long_text help="Morning and evening feeds."
  photo: image

entity appointment
  icon "🗓️"
  order when
  horse: reference(horse) required
  when: datetime required
  type: choice(Farrier:#78716c, Vet:#ef4444, Dentist:#f59e0b, Physio:#8b5cf6, Worming:#22c55e, Vaccination:#3b82f6) required
  provider: text
  cost: money(GBP) min=0
  done: boolean default=false
  notes: text

view horses cards horse "Horses" fields=breed,livery,stable image_field=photo
view horse_table table horse "Horse list" fields=name,breed,livery,stable,owner_name,owner_phone
view visits calendar appointment "Farrier & vet" fields=horse,type date_field=when
view appointments table appointment fields=when,horse,type,provider,cost,done sort=when
dashboard yard "Yard"
  stat "Horses" count horse
  pie "Livery types" count horse by livery
  bar "Appointment costs per horse" sum appointment.cost by horse

permission horse create yard_manager
permission horse delete yard_manager
permission appointment update yard_manager

nav horses, visits, appointments, horse_table, yard
home visits
