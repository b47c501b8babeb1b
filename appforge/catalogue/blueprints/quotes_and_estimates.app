app quotes-and-estimates "Quotes & Estimates"
  description "A trade or service business writes quotes and estimates for prospects with priced line items, sends them and tracks acceptance. Also: quotation builder, job estimates, proposal tracker."
  access signin
  theme primary=#7c3aed background=#faf5ff accent=#16a34a icon="📝"
entity prospect
  display name
  name: text required
  email: email
  phone: phone
  address: text
entity quote
  display reference
  reference: text required unique
  prospect: reference(prospect) required
  title: text required
  issued_on: date required
  valid_until: date
  status: choice(Draft:#94a3b8, Sent:#3b82f6, Accepted:#22c55e, Declined:#ef4444, Expired:#64748b) default=Draft
  discount: money(USD) min=0 default=0
  terms: long_text
entity quote_line "Quote line"
  quote: reference(quote) required
  item: text required
  kind: choice(Labour, Materials, Equipment, Subcontract)
  quantity: decimal min=0 default=1
  unit_price: money(USD) min=0
  amount: computed = quantity * unit_price
view quotes kanban quote "Quotes" fields=reference,prospect,title,valid_until group_by=status
view lines table quote_line "Lines" fields=quote,item,kind,quantity,unit_price,amount
view expiry calendar quote "Expiring" fields=reference,prospect date_field=valid_until
view prospects table prospect fields=name,email,phone
dashboard win_rate "Win rate"
  stat "Quoted value" sum quote_line.amount
  pie "Quote status" count quote by status
  bar "Value by kind" sum quote_line.amount by kind
nav quotes, lines, expiry, prospects, win_rate
home quotes
