app mortgage-pipeline "Mortgage Broker Pipeline"
  description "A mortgage broker or loan officer tracks applications from lead through underwriting to completion, with lenders, rates and documents. Also: loan origination pipeline, home loan CRM."
  access signin
  theme primary=#1e40af background=#f8fafc accent=#059669 icon="🏦"
role broker "Broker"
role processor "Processor"
default_role processor
owner_role broker
entity application
  display borrower
  borrower: text required
  email: email
  phone: phone
  loan_type: choice(Purchase, Refinance, Remortgage, Buy-to-let, First-time buyer)
  property_value: money(USD) min=0
  loan_amount: money(USD) min=0 required
  ltv_pct: computed = round(loan_amount / property_value * 100, 1)
  lender: choice(Chase, Wells Fargo, Rocket, Local credit union, Other)
  rate_pct: decimal min=0 max=20
  stage: choice(Lead:#94a3b8, Application:#3b82f6, Underwriting:#f59e0b, Approved:#a855f7, Closed:#22c55e, Declined:#ef4444) default=Lead
  broker: user
  closing_on: date
  documents: file
view pipeline kanban application "Pipeline" fields=borrower,loan_amount,lender,ltv_pct group_by=stage
view closings calendar application "Closings" fields=borrower,loan_amount date_field=closing_on
view mine table application "My files" fields=borrower,loan_type,loan_amount,stage where broker=me
view apply form application "New application" fields=borrower,email,phone,loan_type,property_value,loan_amount
dashboard volume "Volume"
  stat "Closed volume" sum application.loan_amount where stage=Closed
  bar "Volume by lender" sum application.loan_amount by lender
  line "Closings per month" count application by closing_on per month
permission application update broker,processor
permission application delete broker
nav pipeline, closings, mine, apply, volume
home pipeline
