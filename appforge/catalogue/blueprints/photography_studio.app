app photography-studio "Photography Studio Shoots"
  description "A photographer books shoots, tracks clients, packages, editing progress and gallery delivery. Also: photo studio booking, portrait photographer CRM, shoot scheduler."
  access signin
  theme primary=#18181b background=#fafafa accent=#f59e0b icon="📸"
entity client
  display name
  name: text required
  email: email
  phone: phone
entity shoot
  display title
  title: text required
  client: reference(client) required
  kind: choice(Portrait, Wedding, Newborn, Product, Headshots, Event)
  shoot_at: datetime required
  location: text
  package_price: money(USD) min=0
  stage: choice(Booked:#3b82f6, Shot:#f59e0b, Editing:#a855f7, Delivered:#22c55e) default=Booked
  gallery_link: url
  cover: image
  model_release: file
view shoots calendar shoot "Shoots" fields=title,client,location date_field=shoot_at
view workflow kanban shoot "Workflow" fields=title,client,kind group_by=stage
view portfolio cards shoot "Portfolio" fields=kind,client image_field=cover
view clients table client fields=name,email,phone
dashboard studio "Studio"
  stat "Revenue" sum shoot.package_price
  pie "Shoot types" count shoot by kind
  line "Shoots per month" count shoot by shoot_at per month
nav shoots, workflow, portfolio, clients, studio
home workflow
