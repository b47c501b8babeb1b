app building-inspections "Building Inspections"
  description "A building control or code enforcement office schedules site inspections for permits, records findings and issues pass, fail or re-inspection. Also: permit inspections, code compliance, building control."
  access signin
  theme primary=#1e3a8a background=#f8fafc accent=#f59e0b icon="🏢"
role supervisor "Chief inspector"
role inspector "Inspector"
default_role inspector
owner_role supervisor
entity permit
  display permit_number
  permit_number: text required unique
  address: text required
  applicant: text required
  work_type: choice(New build, Extension, Renovation, Demolition, Electrical, Plumbing)
  issued_on: date
  plans: file
entity inspection
  permit: reference(permit) required
  stage: choice(Footings, Foundation, Framing, Insulation, Drainage, Final) required
  scheduled_at: datetime required
  inspector: user
  result: choice(Scheduled:#94a3b8, Passed:#22c55e, Failed:#ef4444, Re-inspect:#f59e0b) default=Scheduled
  findings: long_text
  photo: image
view schedule calendar inspection "Schedule" fields=permit,stage,inspector date_field=scheduled_at
view mine table inspection "My inspections" fields=scheduled_at,permit,stage,result where inspector=me
view results kanban inspection "Results" fields=permit,stage group_by=result
view permits table permit fields=permit_number,address,applicant,work_type,issued_on
dashboard office "Office"
  stat "Failed" count inspection where result=Failed
  pie "Results" count inspection by result
  bar "Inspections by stage" count inspection by stage
permission permit create supervisor
permission inspection update supervisor,inspector
nav schedule, mine, results, permits, office
home schedule
