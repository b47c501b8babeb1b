app coop-housing-chores "Housing Co-op Work Rota"
  description "Share the work in a housing co-op: co-op jobs like bins, cleaning, garden and repairs assigned to members, hours contributed against each member's monthly commitment. Also: co-op rota, shared house chores, cooperative labour hours."
  access signin
  theme primary=#65a30d background=#fbfdf6 accent=#7c3aed icon="🏡"
role working_group "Working group"
role member "Member"
default_role member
owner_role working_group

entity job
  icon "🧹"
  display title
  title: text required unique
  area: choice(Bins:#64748b, Cleaning:#0ea5e9, Garden:#22c55e, Repairs:#f97316, Finance:#a855f7, Admin:#94a3b8, Kitchen:#eab308)
  frequency: choice(Weekly, Fortnightly, Monthly, As needed)
  hours_estimate: decimal min=0.25

entity shift
  icon "📅"
  order due
  job: reference(job) required
  member: user required
  due: date required
  status: choice(Assigned:#3b82f6, Done:#22c55e, Swapped:#f59e0b, Missed:#ef4444) default=Assigned
  hours_done: decimal min=0 max=24
  note: text

view rota calendar shift "Rota" fields=job,member date_field=due
view my_jobs table shift "My jobs" fields=job,due,status,hours_done where member=me
view board kanban shift "This week" fields=job,member,due group_by=status
view log form shift "Log hours" fields=job,member,due,status,hours_done,note
view jobs table job fields=title,area,frequency,hours_estimate
dashboard fairness "Fair share"
  bar "Hours per member" sum shift.hours_done by member
  bar "Shifts per job" count shift by job
  stat "Missed jobs" count shift where status=Missed

permission job create working_group
permission shift create working_group
permission shift update working_group
permission shift update member own

nav rota, my_jobs, board, log, jobs, fairness
home my_jobs
