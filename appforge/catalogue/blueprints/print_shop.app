app print-shop "Print Shop Jobs"
  description "A print shop quotes and produces jobs like business cards, flyers, banners and signs, from artwork proof to pickup. Also: copy shop, print job tracker, signage orders."
  access signin
  theme primary=#0284c7 background=#f0f9ff accent=#e11d48 icon="🖨️"
entity customer
  display name
  name: text required
  company: text
  email: email
entity print_job "Job"
  display title
  title: text required
  customer: reference(customer) required
  product: choice(Business cards, Flyers, Posters, Banner, Booklet, Stickers, Signage)
  quantity: integer min=1 required
  paper: choice(Matte 350gsm, Gloss 170gsm, Recycled, Vinyl, Card)
  unit_price: money(USD) min=0
  total: computed = quantity * unit_price
  artwork: file
  due_on: date required
  stage: choice(Quote:#94a3b8, Awaiting artwork:#f59e0b, Proof sent:#a855f7, Printing:#3b82f6, Ready:#22c55e, Collected:#64748b) default=Quote
view jobs kanban print_job "Jobs" fields=title,customer,quantity,due_on group_by=stage
view due calendar print_job "Due dates" fields=title,customer date_field=due_on
view new_job form print_job "New job" fields=title,customer,product,quantity,paper,unit_price,artwork,due_on
view customers table customer fields=name,company,email
dashboard shop "Shop"
  stat "Work in progress" sum print_job.total where stage=Printing
  bar "Revenue by product" sum print_job.total by product
  line "Jobs per week" count print_job by due_on per week
nav jobs, due, new_job, customers, shop
home jobs
