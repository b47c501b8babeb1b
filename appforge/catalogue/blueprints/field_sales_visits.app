app field-sales-visits "Field Sales Visits"
  description "Field sales reps plan store and customer visits, log outcomes, orders taken and photos of shelf displays. Also: territory sales, retail execution, route planning for reps."
  access signin
  theme primary=#c2410c background=#fff7ed accent=#1d4ed8 icon="🧭"
role area_manager "Area manager"
role rep "Field rep"
default_role rep
owner_role area_manager
entity outlet
  display name
  name: text required
  address: text required
  territory: choice(North, South, East, West, Central)
  channel: choice(Supermarket, Convenience, Pharmacy, Wholesale, Independent)
  rep: user
entity visit
  outlet: reference(outlet) required
  rep: user required
  visit_at: datetime required
  purpose: choice(Order, Merchandising, New listing, Complaint, Relationship)
  outcome: choice(Planned:#94a3b8, Order taken:#22c55e, No order:#f59e0b, Closed:#ef4444) default=Planned
  order_value: money(EUR) min=0
  shelf_photo: image
  notes: long_text
view plan calendar visit "Visit plan" fields=outlet,purpose date_field=visit_at
view my_visits table visit "My visits" fields=visit_at,outlet,outcome,order_value where rep=me
view log form visit "Log visit" fields=outlet,rep,visit_at,purpose,outcome,order_value,shelf_photo,notes
view shelves cards visit "Shelf photos" fields=outlet,visit_at image_field=shelf_photo
view outlets table outlet fields=name,territory,channel,rep
dashboard field "Field"
  stat "Orders taken" sum visit.order_value
  bar "Orders by rep" sum visit.order_value by rep
  pie "Outcomes" count visit by outcome
permission outlet create area_manager
permission visit update area_manager,rep own
nav plan, my_visits, log, shelves, outlets, field
home my_visits
