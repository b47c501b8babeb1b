app freelance-time-tracking "Billable Hours Timesheet"
  description "Log billable time against clients and tasks, with rates and billable amounts ready for invoicing. Also: timesheet, time tracker, hours log, consultant time sheet."
  access signin
  theme primary=#4338ca background=#f8f8ff accent=#10b981 icon="⏱️"

entity client
  icon "👔"
  display name
  name: text required unique
  rate_per_hour: money(USD) required min=0
  email: email

entity time_entry "Time entry"
  icon "⏲️"
  order -worked_on
  client: reference(client) required
  worked_on: date required
  task: text required
  category: choice(Design:#ec4899, Development:#3b82f6, Meetings:#f59e0b, Admin:#94a3b8, Writing:#22c55e, Support:#14b8a6)
  hours: decimal required min=0.25 max=24
  rate: money(USD) required min=0
  amount: computed = round(hours * rate, 2)
  billable: boolean default=true
  invoiced: boolean default=false

view timesheet table time_entry "Timesheet" fields=worked_on,client,task,category,hours,rate,amount,billable,invoiced sort=-worked_on
view log form time_entry "Log time" fields=client,worked_on,task,category,hours,rate,billable
view week calendar time_entry "Week" fields=client,hours date_field=worked_on
view unbilled table time_entry "Ready to invoice" fields=worked_on,client,task,hours,amount where billable=true and invoiced=false
view clients table client fields=name,rate_per_hour,email
dashboard hours "Hours"
  stat "Hours logged" sum time_entry.hours
  stat "Unbilled" sum time_entry.amount where invoiced=false and billable=true
  bar "Hours per client" sum time_entry.hours by client
  line "Hours per week" sum time_entry.hours by worked_on per week

nav log, timesheet, week, unbilled, clients, hours
home timesheet
