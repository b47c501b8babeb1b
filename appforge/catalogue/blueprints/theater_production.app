app theater-production "Theatre Production Manager"
  description "Put on a community or school theatre production: cast and crew, roles, the rehearsal schedule with scenes and calls, props and costumes lists. Also: play production planner, drama club rehearsal schedule, stage management."
  access signin
  theme primary=#881337 background=#fff8f9 accent=#ca8a04 font="Georgia, serif" icon="🎭"
role director "Director"
role company "Company member"
default_role company
owner_role director

entity person
  icon "🎭"
  plural "People"
  display name
  name: text required
  email: email
  phone: phone
  department: choice(Cast:#881337, Stage management:#1e3a8a, Lighting:#facc15, Sound:#0ea5e9, Costume:#ec4899, Set:#a16207, Front of house:#22c55e) required
  role_or_job: text label="Role / job"
  account: user
  headshot: image

entity rehearsal
  icon "📅"
  order starts_at
  starts_at: datetime required
  ends_at: datetime
  scenes: text
  called: many_to_many(person)
  venue: text
  type: choice(Read-through:#94a3b8, Blocking:#3b82f6, Music:#a855f7, Run:#f59e0b, Tech:#64748b, Dress:#ec4899, Performance:#881337) required

entity prop
  icon "🪑"
  display item
  item: text required
  kind: choice(Prop:#a16207, Costume:#ec4899, Set piece:#64748b)
  scene: text
  source: choice(Have it, Borrow, Buy, Make)
  status: choice(Needed:#ef4444, Sourced:#f59e0b, Ready:#22c55e) default=Needed

view schedule calendar rehearsal "Rehearsal schedule" fields=type,scenes date_field=starts_at
view company cards person "Company" fields=department,role_or_job image_field=headshot
view people table person "Contact sheet" fields=name,department,role_or_job,email,phone
view props kanban prop "Props & costumes" fields=item,kind,scene group_by=status
dashboard production "Production"
  pie "Company by department" count person by department
  stat "Props still needed" count prop where status=Needed

permission rehearsal create director
permission rehearsal update director
permission person create director

nav schedule, company, people, props, production
home schedule
