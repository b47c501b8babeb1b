app plumbing-jobs "Plumbing Job Dispatch"
  description "A plumbing business takes call-outs and booked jobs, dispatches plumbers, records parts and labour and invoices. Also: plumber scheduling, emergency call-out, drain and boiler jobs."
  access signin
  theme primary=#1d4ed8 background=#eff6ff accent=#f97316 icon="🔧"
role dispatcher "Dispatcher"
role plumber "Plumber"
default_role plumber
owner_role dispatcher
entity customer
  display name
  name: text required
  phone: phone required
  address: text required
entity job
  customer: reference(customer) required
  problem: choice(Leak:#3b82f6, Blocked drain:#a16207, No hot water:#ef4444, Boiler service:#f59e0b, Installation:#22c55e, Burst pipe:#b91c1c) required
  priority: choice(Emergency:#dc2626, Urgent:#f59e0b, Routine:#22c55e) default=Routine
  plumber: user
  scheduled_at: datetime
  status: choice(New:#94a3b8, Assigned:#3b82f6, On site:#f59e0b, Complete:#22c55e, Invoiced:#a855f7) default=New
  labour_hours: decimal min=0
  hourly_rate: money(USD) min=0 default=95
  parts_cost: money(USD) min=0
  total: computed = labour_hours * hourly_rate + coalesce(parts_cost, 0)
  notes: long_text
view dispatch kanban job "Dispatch" fields=customer,problem,priority,plumber group_by=status
view schedule calendar job "Schedule" fields=customer,problem date_field=scheduled_at
view mine table job "My jobs" fields=scheduled_at,customer,problem,status where plumber=me
view call form job "Log call" fields=customer,problem,priority,scheduled_at,notes
dashboard business "Business"
  stat "Invoiced" sum job.total where status=Invoiced
  pie "Problems" count job by problem
  bar "Jobs by plumber" count job by plumber
permission job delete dispatcher
nav dispatch, schedule, mine, call, business
home dispatch
