app home-care-agency "Home Care Visits"
  description "A home care agency schedules carers to visit clients at home, records tasks done and visit notes; carers see only their own visits. Also: domiciliary care rota, elderly care scheduling, caregiver visits."
  access signin
  theme primary=#be123c background=#fff1f2 accent=#0d9488 icon="🏘️"
role coordinator "Care coordinator"
role carer "Carer"
default_role carer
owner_role coordinator
entity client
  display name
  name: text required
  address: text required
  phone: phone
  next_of_kin: text
  care_needs: tags(Personal care, Medication, Meals, Mobility, Companionship, Dementia)
  care_plan: file
  key_safe_notes: long_text
entity visit
  icon "🚗"
  order starts_at
  client: reference(client) required
  carer: user required
  starts_at: datetime required
  duration_min: integer min=15 max=240 default=30
  status: choice(Scheduled:#3b82f6, In progress:#f59e0b, Completed:#22c55e, Missed:#ef4444) default=Scheduled
  medication_given: boolean default=false
  notes: long_text
view rota calendar visit "Rota" fields=client,carer date_field=starts_at
view my_visits table visit "My visits" fields=starts_at,client,duration_min,status sort=starts_at where carer=me
view board kanban visit "Today" fields=client,carer group_by=status
view clients table client fields=name,address,phone,care_needs
view schedule form visit "Schedule visit" fields=client,carer,starts_at,duration_min
dashboard care "Care"
  stat "Visits" count visit
  stat "Missed visits" count visit where status=Missed
  bar "Hours by carer" sum visit.duration_min by carer
permission visit create coordinator
permission visit delete coordinator
permission visit update coordinator,carer
permission client update coordinator
nav rota, my_visits, board, clients, schedule, care
home my_visits
