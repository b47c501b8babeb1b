app cleaning-service "Cleaning Service Jobs"
  description "A house and office cleaning company schedules recurring and one-off cleans, assigns cleaners and checks quality. Also: maid service, janitorial scheduling, commercial cleaning."
  access signin
  theme primary=#0d9488 background=#f0fdfa accent=#8b5cf6 icon="🧽"
role manager "Manager"
role cleaner "Cleaner"
default_role cleaner
owner_role manager
entity client
  display name
  name: text required
  address: text required
  phone: phone
  access_notes: long_text
  frequency: choice(Weekly, Fortnightly, Monthly, One-off)
entity clean
  client: reference(client) required
  cleaner: user
  starts_at: datetime required
  kind: choice(Standard:#14b8a6, Deep clean:#8b5cf6, End of tenancy:#f59e0b, Office:#3b82f6)
  hours: decimal min=1 max=12 default=2
  price: money(USD) min=0
  status: choice(Scheduled:#3b82f6, Done:#22c55e, Skipped:#94a3b8, Complaint:#ef4444) default=Scheduled
  quality: rating
view schedule calendar clean "Schedule" fields=client,cleaner date_field=starts_at
view my_jobs table clean "My jobs" fields=starts_at,client,kind,hours where cleaner=me
view jobs kanban clean "Jobs" fields=client,cleaner,starts_at group_by=status
view clients table client fields=name,address,frequency
dashboard business "Business"
  stat "Average quality" avg clean.quality
  bar "Hours by cleaner" sum clean.hours by cleaner
  line "Revenue" sum clean.price by starts_at per month
permission clean create manager
permission clean update manager,cleaner
nav schedule, my_jobs, jobs, clients, business
home schedule
