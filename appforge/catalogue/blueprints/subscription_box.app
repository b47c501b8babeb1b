app subscription-box "Subscription Box Fulfilment"
  description "A subscription box business manages subscribers, plans and monthly box contents, and ships each cycle's boxes. Also: monthly box service, subscription commerce, recurring box shipments."
  access signin
  theme primary=#c026d3 background=#fdf4ff accent=#0ea5e9 icon="📦"
entity subscriber
  display name
  name: text required
  email: email required unique
  address: text required
  plan: choice(Monthly:#3b82f6, Quarterly:#a855f7, Annual:#22c55e)
  size: choice(S, M, L, XL)
  preferences: tags(Vegan, No nuts, Spicy, Eco, Surprise me)
  status: choice(Active:#22c55e, Paused:#f59e0b, Cancelled:#94a3b8) default=Active
  started_on: date
entity box_edition "Box"
  display theme_name
  theme_name: text required
  ships_on: date required
  contents: long_text
  cost_per_box: money(USD) min=0
  photo: image
entity shipment
  subscriber: reference(subscriber) required
  box: reference(box_edition) required
  tracking_number: text
  status: choice(To pack:#94a3b8, Packed:#3b82f6, Shipped:#22c55e, Returned:#ef4444) default="To pack"
view packing kanban shipment "Packing" fields=subscriber,box group_by=status
view boxes cards box_edition "Boxes" fields=ships_on,cost_per_box image_field=photo
view ship_dates calendar box_edition "Ship dates" fields=theme_name date_field=ships_on
view subscribers table subscriber fields=name,email,plan,size,status
dashboard growth "Growth"
  stat "Active subscribers" count subscriber where status=Active
  pie "Plans" count subscriber by plan
  line "New subscribers" count subscriber by started_on per month
nav packing, boxes, ship_dates, subscribers, growth
home packing
