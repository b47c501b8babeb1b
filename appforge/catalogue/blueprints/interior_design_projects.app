app interior-design-projects "Interior Design Studio"
  description "An interior designer manages client projects room by room, with mood boards, a product schedule of furniture and finishes, and procurement. Also: interior decorator, FF&E schedule, home staging projects."
  access signin
  theme primary=#a16207 background=#fdfaf5 accent=#0f766e icon="🛋️"
entity project
  display name
  name: text required
  client: text required
  address: text
  style: choice(Modern, Scandinavian, Mid-century, Industrial, Traditional, Boho)
  budget: money(USD) min=0
  install_on: date
  stage: choice(Consultation:#94a3b8, Concept:#a855f7, Sourcing:#f59e0b, Ordering:#3b82f6, Installation:#06b6d4, Complete:#22c55e) default=Consultation
  mood_board: image
entity product_item "Product"
  project: reference(project) required
  room: choice(Living, Kitchen, Bedroom, Bathroom, Dining, Office, Hallway)
  name: text required
  supplier: text
  link: url
  quantity: integer min=1 default=1
  unit_price: money(USD) min=0
  total: computed = quantity * unit_price
  status: choice(Proposed:#94a3b8, Approved:#3b82f6, Ordered:#f59e0b, Delivered:#22c55e) default=Proposed
  photo: image
view projects kanban project "Projects" fields=name,client,budget group_by=stage
view boards cards project "Mood boards" fields=client,style image_field=mood_board
view schedule table product_item "Product schedule" fields=project,room,name,quantity,total,status
view products cards product_item "Products" fields=room,unit_price,status image_field=photo
view installs calendar project "Installs" fields=name,client date_field=install_on
dashboard studio "Studio"
  stat "Products specified" sum product_item.total
  bar "Spend by room" sum product_item.total by room
  pie "Styles" count project by style
nav projects, boards, schedule, products, installs, studio
home projects
