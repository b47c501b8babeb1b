app astronomy-club "Astronomy Society"
  description "An amateur astronomy society: members, public star parties and dark-sky sessions, the club's loan telescopes, and a public events page. Also: astronomical society, stargazing club, star party organiser."
  access public
  theme primary=#1e1b4b background=#0c0a1d text=#e0e7ff accent=#fbbf24 dark=true icon="🌠"
role committee "Committee"
role member "Member"
default_role member
owner_role committee

entity session
  icon "🔭"
  order starts_at
  title: text required
  starts_at: datetime required
  kind: choice(Star party:#fbbf24, Public outreach:#22c55e, Talk:#818cf8, Imaging night:#ec4899, Meteor watch:#38bdf8) required
  site: text
  moon_phase: choice(New, Waxing crescent, First quarter, Waxing gibbous, Full, Waning gibbous, Last quarter, Waning crescent)
  scopes: many_to_many(telescope) label="Club scopes brought"
  go_ahead: choice(Planned:#94a3b8, Go:#22c55e, Clouded out:#64748b) default=Planned
  description: long_text

entity telescope
  icon "🔭"
  display name
  name: text required unique
  type: choice(Dobsonian, Refractor, SCT, Newtonian, Binoculars)
  aperture_mm: integer label="Aperture (mm)" min=10 max=1000
  on_loan_to: user
  due_back: date
  condition: choice(Good:#22c55e, Needs collimation:#f59e0b, Damaged:#ef4444) default=Good

view programme calendar session "Programme" fields=title,kind,go_ahead date_field=starts_at
view sessions table session fields=starts_at,title,kind,site,moon_phase,go_ahead sort=starts_at
view tonight kanban session "Go / no go" fields=title,starts_at,site group_by=go_ahead
view scopes table telescope "Loan telescopes" fields=name,type,aperture_mm,on_loan_to,due_back,condition
dashboard society "Society"
  pie "Sessions by kind" count session by kind
  stat "Clouded out" count session where go_ahead="Clouded out"
  stat "Scopes on loan" count telescope where on_loan_to:not_empty

permission session create committee
permission session update committee
permission telescope read member,committee
permission telescope update committee

nav programme, sessions, tonight, scopes, society
home programme
