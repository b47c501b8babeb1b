app tax-preparation "Tax Return Preparation"
  description "A tax preparer collects client documents, prepares individual tax returns for the season, and tracks filing and refunds. Also: tax prep office, income tax filing, tax season tracker."
  access signin
  theme primary=#15803d background=#f7fee7 accent=#b91c1c icon="🧾"
role preparer "Preparer"
owner_role preparer
entity taxpayer
  display name
  name: text required
  email: email
  phone: phone
  filing_status: choice(Single, Married joint, Married separate, Head of household)
  dependents: integer min=0 max=20
entity tax_return "Return"
  taxpayer: reference(taxpayer) required
  tax_year: integer min=2000 max=2100 required
  forms: tags(W-2, 1099, Schedule C, Schedule E, 1098, K-1)
  documents: file
  stage: choice(Docs requested:#94a3b8, Docs received:#f59e0b, Preparing:#3b82f6, Client review:#a855f7, E-filed:#22c55e, Extension:#ef4444) default="Docs requested"
  due_on: date
  refund: money(USD)
  prep_fee: money(USD) min=0
view season kanban tax_return "Tax season" fields=taxpayer,tax_year,forms group_by=stage
view due calendar tax_return "Due dates" fields=taxpayer date_field=due_on
view clients table taxpayer "Clients" fields=name,email,filing_status,dependents
view returns table tax_return "Returns" fields=taxpayer,tax_year,stage,refund,prep_fee
dashboard season_stats "Season"
  stat "Fees" sum tax_return.prep_fee
  stat "Refunds secured" sum tax_return.refund
  pie "Stages" count tax_return by stage
nav season, due, clients, returns, season_stats
home season
