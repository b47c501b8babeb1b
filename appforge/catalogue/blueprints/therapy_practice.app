app therapy-practice "Therapy Practice Notes"
  description "Counsellors and psychotherapists manage clients, sessions, confidential notes and invoices; each therapist sees only their own clients. Also: counselling practice, psychologist scheduling, mental health private practice."
  access signin
  theme primary=#6d28d9 background=#faf5ff accent=#10b981 icon="🛋️"
role clinical_lead "Clinical lead"
role therapist "Therapist"
default_role therapist
owner_role clinical_lead
entity client
  display name
  name: text required
  email: email
  phone: phone
  presenting_issue: choice(Anxiety, Depression, Trauma, Relationship, Grief, Stress, Other)
  status: choice(Assessment:#f59e0b, Active:#22c55e, On hold:#94a3b8, Discharged:#64748b) default=Assessment
  consent_signed: boolean default=false
entity session
  icon "🕰️"
  order -starts_at
  client: reference(client) required
  starts_at: datetime required
  format: choice(In person, Video, Phone) default="In person"
  attended: boolean default=true
  fee: money(USD) min=0 default=120
  paid: boolean default=false
  notes: long_text help="Confidential process notes"
view clients kanban client "Caseload" fields=name,presenting_issue group_by=status
view sessions calendar session "Sessions" fields=client,format date_field=starts_at
view log form session "Log session" fields=client,starts_at,format,attended,fee,notes
view unpaid table session "Unpaid" fields=starts_at,client,fee sort=starts_at where paid=false
dashboard practice "Practice"
  stat "Income" sum session.fee where paid=true
  pie "Presenting issues" count client by presenting_issue
  line "Sessions per month" count session by starts_at per month
permission client read clinical_lead,therapist own
permission client update therapist own
permission session read therapist own
permission session update therapist own
nav clients, sessions, log, unpaid, practice
home clients
