app moving-company "Moving Company Bookings"
  description "A removals company surveys homes, quotes moves by volume, books crews and trucks, and tracks moving day. Also: removals firm, movers scheduling, relocation service."
  access signin
  theme primary=#1e40af background=#eff6ff accent=#f59e0b icon="📦"
role office "Office"
role crew "Crew"
default_role crew
owner_role office
entity move
  display customer
  customer: text required
  phone: phone required
  from_address: text required
  to_address: text required
  move_on: date required
  home_size: choice(Studio, 1 bed, 2 bed, 3 bed, 4+ bed, Office)
  volume_cu_ft: integer min=0
  truck: choice(Van, 18ft truck, 26ft truck, Two trucks)
  crew_size: integer min=1 max=10 default=2
  packing: boolean default=false
  quote: money(USD) min=0
  stage: choice(Enquiry:#94a3b8, Survey booked:#f59e0b, Quoted:#a855f7, Booked:#3b82f6, Moved:#22c55e, Lost:#ef4444) default=Enquiry
  inventory: file
view pipeline kanban move "Pipeline" fields=customer,move_on,quote group_by=stage
view moving_days calendar move "Moving days" fields=customer,truck,crew_size date_field=move_on
view enquiry form move "Get a quote" fields=customer,phone,from_address,to_address,move_on,home_size,packing
view moves table move fields=move_on,customer,home_size,truck,quote sort=move_on
dashboard business "Business"
  stat "Booked revenue" sum move.quote where stage=Booked
  pie "Home sizes" count move by home_size
  line "Moves per month" count move by move_on per month
permission move update office
permission move delete office
nav pipeline, moving_days, enquiry, moves, business
home pipeline
