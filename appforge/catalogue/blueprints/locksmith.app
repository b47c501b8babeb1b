app locksmith "Locksmith Call-outs & Keys"
  description "A locksmith handles lockouts, lock changes and key cutting, records jobs by urgency and keeps a key code register for master-keyed sites. Also: emergency locksmith, key cutting shop, security locks."
  access signin
  theme primary=#854d0e background=#fefce8 accent=#111827 icon="🔑"
entity lock_job "Job"
  customer: text required
  phone: phone required
  address: text
  job_type: choice(Lockout:#ef4444, Lock change:#3b82f6, Key cutting:#22c55e, Safe opening:#a855f7, Access control:#f59e0b) required
  urgency: choice(Emergency:#dc2626, Same day:#f59e0b, Booked:#22c55e) default=Booked
  at: datetime required
  id_checked: boolean default=false help="Proof of residence seen"
  price: money(GBP) min=0
  status: choice(New:#94a3b8, En route:#3b82f6, Done:#22c55e) default=New
entity key_record "Key record"
  site: text required
  key_code: text required unique
  system: choice(Master key, Restricted, Standard)
  copies_cut: integer min=0
  authorised_person: text
view jobs kanban lock_job "Jobs" fields=customer,job_type,urgency group_by=status
view diary calendar lock_job "Diary" fields=customer,job_type date_field=at
view keys table key_record "Key register" fields=site,key_code,system,copies_cut,authorised_person
view new form lock_job "New job" fields=customer,phone,address,job_type,urgency,at
dashboard work "Work"
  stat "Revenue" sum lock_job.price
  pie "Job types" count lock_job by job_type
nav jobs, diary, keys, new, work
home jobs
