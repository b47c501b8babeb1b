app construction-punch-list "Construction Punch List"
  description "Site teams walk a building before handover and log snag items by location and trade with photos, assign them to subcontractors and close them out. Also: snagging list, defects list, site walk punch items."
  access signin
  theme primary=#f59e0b background=#fffbeb accent=#1e293b icon="📋"
role site_manager "Site manager"
role subcontractor "Subcontractor"
default_role subcontractor
owner_role site_manager
entity punch_item "Punch item"
  display description
  description: text required
  building: text
  level: text
  room: text
  trade: choice(Drywall, Paint, Electrical, Plumbing, Flooring, Joinery, HVAC, Glazing) required
  priority: choice(High:#ef4444, Medium:#f59e0b, Low:#22c55e) default=Medium
  assigned_to: user
  due_on: date
  status: choice(Open:#ef4444, In progress:#3b82f6, Ready for inspection:#f59e0b, Closed:#22c55e) default=Open
  photo: image
  closeout_photo: image
view board kanban punch_item "Punch list" fields=description,room,trade,assigned_to group_by=status
view add form punch_item "Log item" fields=description,building,level,room,trade,priority,assigned_to,due_on,photo
view mine table punch_item "My items" fields=description,room,due_on,status where assigned_to=me
view photos cards punch_item "Photos" fields=room,trade,status image_field=photo
view due calendar punch_item "Due" fields=description,trade date_field=due_on
dashboard closeout "Close-out"
  stat "Open items" count punch_item where status!=Closed
  bar "Items by trade" count punch_item by trade
  pie "Status" count punch_item by status
permission punch_item create site_manager
permission punch_item delete site_manager
permission punch_item update site_manager,subcontractor
nav board, add, mine, photos, due, closeout
home board
