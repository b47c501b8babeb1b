app electrician-jobs "Electrical Contractor Jobs"
  description "An electrician quotes and completes jobs, records circuits tested and certificates issued for compliance. Also: electrical contractor, sparky job tracker, EICR certificates."
  access signin
  theme primary=#ca8a04 background=#fefce8 accent=#1e3a8a icon="⚡"
entity client
  display name
  name: text required
  phone: phone
  address: text
entity job
  display title
  title: text required
  client: reference(client) required
  kind: choice(Rewire, Consumer unit, Fault finding, EV charger, Lighting, Inspection)
  scheduled_on: date
  quote: money(GBP) min=0
  stage: choice(Quote:#94a3b8, Accepted:#3b82f6, Scheduled:#6366f1, Done:#22c55e, Paid:#a855f7) default=Quote
  certificate: file
  certificate_type: choice(EIC, EICR, Minor works)
  next_inspection: date
view pipeline kanban job "Pipeline" fields=title,client,quote group_by=stage
view schedule calendar job "Schedule" fields=title,client date_field=scheduled_on
view inspections calendar job "Inspections due" fields=client,certificate_type date_field=next_inspection
view clients table client fields=name,phone,address
dashboard work "Work"
  stat "Quoted" sum job.quote where stage=Quote
  pie "Job types" count job by kind
  line "Jobs per month" count job by scheduled_on per month
nav pipeline, schedule, inspections, clients, work
home pipeline
