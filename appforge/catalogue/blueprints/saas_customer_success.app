app saas-customer-success "SaaS Customer Success"
  description "A customer success team tracks SaaS accounts by ARR, health score, renewal date and onboarding stage, and logs check-ins to prevent churn. Also: CSM portfolio, churn prevention, account health tracker."
  access signin
  theme primary=#059669 background=#f0fdf4 accent=#6366f1 icon="🚀"
role cs_lead "CS lead"
role csm "CSM"
default_role csm
owner_role cs_lead
entity account
  display name
  name: text required unique
  plan: choice(Starter, Growth, Business, Enterprise)
  arr: money(USD) min=0
  seats: integer min=0
  csm: user
  health: choice(Healthy:#22c55e, Watch:#f59e0b, At risk:#ef4444) default=Healthy
  lifecycle: choice(Onboarding:#3b82f6, Adopting:#a855f7, Mature:#22c55e, Renewal due:#f59e0b, Churned:#64748b) default=Onboarding
  renews_on: date
  nps: integer min=-100 max=100
entity check_in "Check-in"
  account: reference(account) required
  at: datetime required
  kind: choice(QBR, Onboarding call, Health check, Escalation)
  sentiment: rating
  notes: long_text
view lifecycle kanban account "Lifecycle" fields=name,arr,health,csm group_by=lifecycle
view renewals calendar account "Renewals" fields=name,arr date_field=renews_on
view my_book table account "My book" fields=name,plan,arr,health,renews_on sort=renews_on where csm=me
view log form check_in "Log check-in" fields=account,at,kind,sentiment,notes
dashboard portfolio "Portfolio"
  stat "Total ARR" sum account.arr
  stat "ARR at risk" sum account.arr where health="At risk"
  pie "Health" count account by health
  bar "ARR by CSM" sum account.arr by csm
permission account update cs_lead,csm
permission account delete cs_lead
nav lifecycle, renewals, my_book, log, portfolio
home my_book
