app freelance-clients "Freelance Client Book"
  description "A freelancer's client list and projects: rates, quotes, project status, invoices sent and paid. Also: freelancer CRM, client manager, project and invoice tracker."
  access signin
  theme primary=#0f766e background=#f7fcfb accent=#e11d48 icon="🤝"

entity client
  icon "🏢"
  display name
  order name
  name: text required unique
  contact_person: text
  email: email
  phone: phone
  website: url
  hourly_rate: money(EUR) min=0
  status: choice(Lead:#94a3b8, Active:#22c55e, Dormant:#f59e0b, Past:#64748b) default=Lead

entity project
  icon "📁"
  display title
  order deadline
  title: text required
  client: reference(client) required
  quote: money(EUR) min=0
  deadline: date
  status: choice(Proposal:#94a3b8, Active:#3b82f6, Review:#f59e0b, Done:#22c55e, Cancelled:#ef4444) default=Proposal
  brief: file

entity invoice
  icon "🧾"
  order -issued_on
  number: text required unique
  project: reference(project) required
  issued_on: date required
  due_on: date
  amount: money(EUR) required min=0
  status: choice(Draft:#94a3b8, Sent:#3b82f6, Paid:#22c55e, Overdue:#ef4444) default=Draft
  days_overdue: computed = days_between(due_on, today())
  pdf: file

view clients table client fields=name,contact_person,email,hourly_rate,status sort=name
view projects kanban project "Projects" fields=title,client,deadline,quote group_by=status
view invoices table invoice fields=number,project,issued_on,due_on,amount,status,days_overdue sort=-issued_on
view deadlines calendar project "Deadlines" fields=title,client date_field=deadline
dashboard income "Income"
  stat "Paid this year" sum invoice.amount where status=Paid
  stat "Outstanding" sum invoice.amount where status=Sent
  bar "Invoiced per project" sum invoice.amount by project
  line "Invoiced per month" sum invoice.amount by issued_on per month

nav income, projects, clients, invoices, deadlines
home projects
