app computer-repair-shop "Computer Repair Shop"
  description "A PC and laptop repair shop tracks devices in for repair, diagnostics, data recovery and upgrades, with parts and invoices. Also: IT repair, laptop repair tickets, computer service desk."
  access signin
  theme primary=#2563eb background=#f8fafc accent=#f97316 icon="💻"
entity customer
  display name
  name: text required
  email: email
  phone: phone
  business: boolean default=false
entity repair
  customer: reference(customer) required
  device: choice(Laptop, Desktop, Mac, All-in-one, Server, Printer)
  make_model: text
  serial: text
  issue: long_text required
  services: tags(Diagnostics, Virus removal, Data recovery, SSD upgrade, RAM upgrade, Screen, OS reinstall)
  backup_needed: boolean default=false
  received_on: date required
  price: money(USD) min=0
  status: choice(Received:#94a3b8, Diagnosing:#f59e0b, Approved:#3b82f6, Done:#22c55e, Collected:#64748b) default=Received
view bench kanban repair "Bench" fields=customer,device,issue group_by=status
view intake form repair "Intake" fields=customer,device,make_model,serial,issue,backup_needed,received_on
view repairs table repair fields=received_on,customer,device,services,price,status
view customers table customer fields=name,email,phone,business
dashboard shop "Shop"
  stat "Revenue" sum repair.price where status=Collected
  pie "Devices" count repair by device
  line "Intake per week" count repair by received_on per week
nav bench, intake, repairs, customers, shop
home bench
