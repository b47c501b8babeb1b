app law-firm-matters "Law Firm Matter Management"
  description "A law firm opens matters for clients, tracks deadlines and court dates, time entries and billing per fee earner. Also: legal case management, solicitor practice, attorney matters."
  access signin
  theme primary=#1e293b background=#f8fafc accent=#b45309 icon="⚖️"
role partner "Partner"
role fee_earner "Fee earner"
default_role fee_earner
owner_role partner
entity client
  display name
  name: text required
  email: email
  phone: phone
  conflict_checked: boolean default=false
entity matter
  display title
  title: text required
  client: reference(client) required
  practice_area: choice(Litigation:#b91c1c, Family:#ec4899, Conveyancing:#0ea5e9, Employment:#f59e0b, Corporate:#1e3a8a, Probate:#64748b)
  responsible: user
  opened_on: date
  next_court_date: datetime
  status: choice(Open:#3b82f6, On hold:#94a3b8, Closed:#22c55e) default=Open
entity time_entry "Time entry"
  matter: reference(matter) required
  worked_on: date required
  hours: decimal min=0.1 max=24 required
  rate: money(GBP) min=0
  value: computed = hours * rate
  narrative: text
view matters table matter fields=title,client,practice_area,responsible,status
view court calendar matter "Court dates" fields=title,client date_field=next_court_date
view record_time form time_entry "Record time" fields=matter,worked_on,hours,rate,narrative
view wip table time_entry "WIP" fields=worked_on,matter,hours,value sort=-worked_on
dashboard firm "Firm"
  stat "Unbilled WIP" sum time_entry.value
  pie "Practice areas" count matter by practice_area
  bar "Hours by matter" sum time_entry.hours by matter
permission matter delete partner
permission time_entry update fee_earner own
nav matters, court, record_time, wip, firm
home matters
