app accounting-firm-clients "Accounting Firm Client Work"
  description "An accounting practice tracks clients, recurring engagements like bookkeeping, VAT and year-end accounts, deadlines and fees. Also: bookkeeping practice, CPA client tracker, accountancy workflow."
  access signin
  theme primary=#065f46 background=#f0fdf4 accent=#1e3a8a icon="🧮"
role partner "Partner"
role accountant "Accountant"
default_role accountant
owner_role partner
entity client
  display name
  name: text required
  entity_type: choice(Sole trader, Partnership, Limited company, Charity)
  company_number: text
  year_end: date
  contact_email: email
  monthly_fee: money(GBP) min=0
entity engagement "Job"
  client: reference(client) required
  service: choice(Bookkeeping:#22c55e, VAT return:#3b82f6, Year-end accounts:#a855f7, Payroll:#f59e0b, Tax return:#ef4444, Advisory:#64748b) required
  period_end: date
  deadline: date required
  assigned_to: user
  status: choice(Awaiting records:#94a3b8, In progress:#3b82f6, Review:#f59e0b, Filed:#22c55e) default="Awaiting records"
  fee: money(GBP) min=0
view jobs kanban engagement "Workflow" fields=client,service,deadline,assigned_to group_by=status
view deadlines calendar engagement "Deadlines" fields=client,service date_field=deadline
view mine table engagement "My jobs" fields=deadline,client,service,status sort=deadline where assigned_to=me
view clients table client fields=name,entity_type,year_end,monthly_fee
dashboard practice "Practice"
  stat "Recurring fees" sum client.monthly_fee
  pie "Services" count engagement by service
  bar "Jobs by accountant" count engagement by assigned_to
permission client create partner
permission engagement delete partner
nav jobs, deadlines, mine, clients, practice
home jobs
