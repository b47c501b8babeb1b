app security-guard-rota "Security Guard Rota"
  description "A security company rosters guards onto client sites, records patrol logs and incidents, and checks licence expiry; guards see their own shifts. Also: security shift scheduling, guarding roster, patrol log."
  access signin
  theme primary=#1e293b background=#f1f5f9 accent=#eab308 icon="🛡️"
role supervisor "Supervisor"
role guard "Guard"
default_role guard
owner_role supervisor
entity client_site "Site"
  display name
  name: text required
  address: text required
  post_orders: file
  guards_needed: integer min=1 max=20 default=1
entity shift
  site: reference(client_site) required
  guard: user required
  starts_at: datetime required
  hours: decimal min=1 max=16 default=12
  shift_type: choice(Day:#facc15, Night:#1e3a8a, Event:#a855f7)
  status: choice(Rostered:#3b82f6, On duty:#22c55e, Completed:#64748b, No-show:#ef4444) default=Rostered
entity incident
  site: reference(client_site) required
  happened_at: datetime required
  category: choice(Trespass:#f59e0b, Theft:#ef4444, Fire alarm:#dc2626, Medical:#22c55e, Damage:#a855f7)
  report: long_text required
  photo: image
view rota calendar shift "Rota" fields=site,guard date_field=starts_at
view my_shifts table shift "My shifts" fields=starts_at,site,hours,status where guard=me
view incidents table incident fields=happened_at,site,category sort=-happened_at
view report form incident "Report incident" fields=site,happened_at,category,report,photo
dashboard ops "Operations"
  stat "Hours rostered" sum shift.hours
  pie "Incident types" count incident by category
  bar "Hours by site" sum shift.hours by site
permission shift create supervisor
permission shift update supervisor
permission client_site create supervisor
nav rota, my_shifts, incidents, report, ops
home my_shifts
