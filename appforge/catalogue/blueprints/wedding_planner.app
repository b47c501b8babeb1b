app wedding-planner "Wedding Planner Studio"
  description "A professional wedding planner manages couples, vendors, budgets and task checklists for each wedding. Also: wedding planning agency, event planner CRM, bridal coordinator."
  access signin
  theme primary=#be185d background=#fff1f2 accent=#a3a3a3 icon="💍"
entity wedding
  display couple
  couple: text required
  date: date required
  venue: text
  guest_count: integer min=0
  budget: money(USD) min=0
  package: choice(Day-of:#94a3b8, Partial:#f59e0b, Full planning:#be185d)
  mood_board: image
entity vendor
  display name
  name: text required
  category: choice(Florist, Photographer, Caterer, DJ, Band, Cake, Hair & makeup, Officiant)
  email: email
  website: url
  rating: rating
entity booked_vendor "Booked vendor"
  wedding: reference(wedding) required
  vendor: reference(vendor) required
  cost: money(USD) min=0
  deposit_paid: boolean default=false
  contract: file
entity task
  wedding: reference(wedding) required
  title: text required
  due_on: date
  status: choice(To do:#94a3b8, Doing:#3b82f6, Done:#22c55e) default="To do"
view weddings cards wedding "Weddings" fields=date,venue,package image_field=mood_board
view calendar calendar wedding "Wedding dates" fields=couple,venue date_field=date
view tasks kanban task "Checklist" fields=title,wedding,due_on group_by=status
view vendors table vendor fields=name,category,rating,website
view spend table booked_vendor "Vendor spend" fields=wedding,vendor,cost,deposit_paid
dashboard business "Business"
  stat "Weddings" count wedding
  bar "Vendor spend by wedding" sum booked_vendor.cost by wedding
  pie "Packages" count wedding by package
nav weddings, calendar, tasks, vendors, spend, business
home weddings
