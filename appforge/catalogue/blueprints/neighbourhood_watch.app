app neighbourhood-watch "Neighbourhood Watch Log"
  description "Neighbours report incidents and suspicious activity on their streets, coordinators follow up and share alerts, and patrol walks are scheduled. Also: community safety log, crime watch, street watch incidents."
  access signin
  theme primary=#1e293b background=#f8fafc accent=#f59e0b icon="🏘️"
role coordinator "Coordinator"
role resident "Resident"
default_role resident
owner_role coordinator

entity street
  icon "🛣️"
  display name
  name: text required unique
  coordinator: user
  households: integer min=1

entity incident
  icon "🚨"
  display summary
  order -occurred_at
  summary: text required
  type: choice(Burglary:#ef4444, Vehicle crime:#f97316, Suspicious person:#f59e0b, Antisocial behaviour:#a855f7, Vandalism:#8b5cf6, Scam:#0ea5e9, Lost pet:#22c55e, Other) required
  street: reference(street)
  occurred_at: datetime required
  details: long_text
  police_reference: text
  photo: image
  status: choice(Reported:#3b82f6, Under review:#f59e0b, Passed to police:#ef4444, Resolved:#22c55e) default=Reported

entity patrol
  icon "🔦"
  order starts_at
  starts_at: datetime required
  route: text
  walker: user
  notes: text

view incidents table incident fields=occurred_at,summary,type,street,status sort=-occurred_at
view report form incident "Report an incident" fields=summary,type,street,occurred_at,details,photo
view follow_up kanban incident "Follow-up" fields=summary,type,street group_by=status
view incident_calendar calendar incident "Calendar" fields=summary,type date_field=occurred_at
view patrols calendar patrol "Patrols" fields=route,walker date_field=starts_at
dashboard safety "Safety"
  bar "Incidents per street" count incident by street
  pie "Types" count incident by type
  line "Incidents per month" count incident by occurred_at per month

permission incident update coordinator
permission incident update resident own
permission street create coordinator

nav incidents, report, follow_up, incident_calendar, patrols, safety
home incidents
