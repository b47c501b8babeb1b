app tenant-association "Tenants' Union Organiser"
  description "A tenants' association organises a building: member households, repair issues raised with the landlord, meetings and votes on campaigns. Also: renters union, tenants association, housing repairs campaign."
  access signin
  theme primary=#b91c1c background=#fff8f7 accent=#1e3a8a icon="✊"
role organiser "Organiser"
role tenant "Tenant"
default_role tenant
owner_role organiser

entity household
  icon "🚪"
  display flat
  order flat
  flat: text required unique label="Flat / unit"
  contact_name: text required
  phone: phone
  email: email
  language: choice(English, Spanish, Polish, Bengali, Arabic, Other)
  member: boolean label="Paid-up member" default=false
  rep: boolean label="Floor rep" default=false

entity issue
  icon "🏚️"
  display summary
  order -reported_on
  household: reference(household) required
  summary: text required
  type: choice(Damp and mould:#0f766e, Heating:#f97316, Pests:#a16207, Leak:#0ea5e9, Safety:#ef4444, Rent increase:#7c3aed, Deposit:#64748b) required
  reported_on: date required
  reported_to_landlord: date
  days_open: computed = days_between(reported_on, today())
  photo: image
  status: choice(Logged:#94a3b8, Raised with landlord:#3b82f6, Escalated:#ef4444, Fixed:#22c55e) default=Logged

entity meeting
  icon "📣"
  order starts_at
  starts_at: datetime required
  place: text
  agenda: long_text
  minutes: long_text
  attendance: integer min=0

view issues kanban issue "Repairs campaign" fields=summary,household,days_open group_by=status
view report form issue "Report a problem" fields=household,summary,type,reported_on,photo
view households table household fields=flat,contact_name,phone,language,member,rep sort=flat
view meetings calendar meeting "Meetings" fields=place date_field=starts_at
dashboard power "Building power"
  stat "Members" count household where member=true
  bar "Issues by type" count issue by type
  stat "Average days open" avg issue.days_open

permission household read organiser
permission issue update organiser
permission meeting create organiser

nav issues, report, households, meetings, power
home issues
