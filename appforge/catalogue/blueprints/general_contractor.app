app general-contractor "General Contractor Projects"
  description "A builder or general contractor runs renovation and construction projects with subcontractors, budgets, change orders and milestones. Also: construction project management, home builder, remodeling contractor."
  access signin
  theme primary=#ea580c background=#fafaf9 accent=#1e293b icon="🏗️"
role pm "Project manager"
role sub "Subcontractor"
default_role sub
owner_role pm
entity project
  display name
  name: text required
  client: text required
  address: text
  contract_value: money(USD) min=0
  start_on: date
  finish_on: date
  stage: choice(Pre-construction:#94a3b8, Demolition:#ef4444, Framing:#f59e0b, MEP:#3b82f6, Finishes:#a855f7, Closed out:#22c55e) default=Pre-construction
entity subcontractor
  display company
  company: text required
  trade: choice(Electrical, Plumbing, HVAC, Drywall, Framing, Roofing, Painting)
  phone: phone
  insurance_expires: date
entity change_order "Change order"
  project: reference(project) required
  description: text required
  amount: money(USD)
  approved: boolean default=false
  submitted_on: date
view projects kanban project "Projects" fields=name,client,contract_value group_by=stage
view timeline calendar project "Start dates" fields=name,client date_field=start_on
view subs table subcontractor "Subcontractors" fields=company,trade,phone,insurance_expires sort=insurance_expires
view changes table change_order "Change orders" fields=project,description,amount,approved
dashboard portfolio "Portfolio"
  stat "Contract value" sum project.contract_value
  bar "Change orders by project" sum change_order.amount by project
  pie "Trades" count subcontractor by trade
permission project create pm
permission change_order update pm
nav projects, timeline, subs, changes, portfolio
home projects
