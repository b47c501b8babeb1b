app sales-pipeline "B2B Sales Pipeline"
  description "A sales team tracks deals through pipeline stages with value, probability and expected close date, and forecasts revenue per rep. Also: deal tracker, opportunity pipeline, sales forecast."
  access signin
  theme primary=#4f46e5 background=#f8fafc accent=#10b981 icon="📊"
role sales_manager "Sales manager"
role rep "Sales rep"
default_role rep
owner_role sales_manager
entity account
  display name
  name: text required unique
  industry: text
  website: url
  region: choice(North America, EMEA, APAC, LATAM)
entity deal
  display title
  title: text required
  account: reference(account) required
  owner: user required
  value: money(USD) min=0 required
  probability_pct: integer min=0 max=100 default=20
  weighted_value: computed = value * probability_pct / 100
  stage: choice(Qualified:#94a3b8, Discovery:#3b82f6, Proposal:#a855f7, Negotiation:#f59e0b, Won:#22c55e, Lost:#ef4444) default=Qualified
  close_on: date
  source: choice(Inbound, Outbound, Partner, Event)
  lost_reason: text
view board kanban deal "Pipeline" fields=title,account,value,owner group_by=stage
view closing calendar deal "Close dates" fields=title,value date_field=close_on
view my_deals table deal "My deals" fields=title,account,value,stage,close_on sort=close_on where owner=me
view accounts table account fields=name,industry,region
dashboard forecast "Forecast"
  stat "Weighted pipeline" sum deal.weighted_value
  stat "Won" sum deal.value where stage=Won
  bar "Pipeline by rep" sum deal.value by owner
  line "Closing per month" sum deal.value by close_on per month
permission deal update sales_manager,rep own
permission deal delete sales_manager
nav board, closing, my_deals, accounts, forecast
home board
