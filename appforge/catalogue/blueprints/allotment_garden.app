app allotment-garden "Allotment Site Manager"
  description "For an allotment association: plots, plot holders, rents, waiting list and plot inspections. Also: allotment society admin, community plot rentals, allotment waiting list."
  access signin
  theme primary=#4d7c0f background=#fafaf5 accent=#b45309 icon="🧑‍🌾"
role committee "Committee"
role holder "Plot holder"
default_role holder
owner_role committee

entity plot_holder "Plot holder"
  icon "🧑"
  display name
  name: text required
  email: email unique
  phone: phone
  account: user help="The holder's sign-in account."

entity plot
  icon "🟩"
  display number
  order number
  number: text required unique label="Plot number"
  size: choice(Full:#15803d, Half:#65a30d, Quarter:#a3e635) default=Half
  holder: reference(plot_holder)
  annual_rent: money(GBP) min=0
  rent_paid: boolean default=false
  status: choice(Let:#22c55e, Vacant:#94a3b8, Being cleared:#f59e0b, Notice given:#ef4444) default=Vacant

entity waiting_list_entry "Waiting list entry"
  icon "⏳"
  order applied_on
  name: text required
  email: email required
  applied_on: date required
  preferred_size: choice(Full, Half, Quarter)
  status: choice(Waiting:#3b82f6, Offered:#f59e0b, Accepted:#22c55e, Declined:#94a3b8) default=Waiting

entity inspection
  icon "📋"
  order -inspected_on
  plot: reference(plot) required
  inspected_on: date required
  cultivation: rating label="Cultivation score"
  outcome: choice(Good:#22c55e, Warning letter:#f59e0b, Non-cultivation notice:#ef4444) required
  notes: long_text

view plots table plot fields=number,size,holder,annual_rent,rent_paid,status sort=number
view plot_board kanban plot "Plot status" fields=number,holder,size group_by=status
view holders table plot_holder "Plot holders" fields=name,email,phone
view waiting_list table waiting_list_entry "Waiting list" fields=name,email,applied_on,preferred_size,status sort=applied_on
view inspections calendar inspection fields=plot,outcome date_field=inspected_on
dashboard overview "Site overview"
  stat "Vacant plots" count plot where status=Vacant
  stat "Rent due" sum plot.annual_rent where rent_paid=false
  pie "Plots by status" count plot by status
  bar "Inspection outcomes" count inspection by outcome

permission plot update committee
permission plot delete committee
permission inspection create committee
permission inspection update committee
permission waiting_list_entry read committee

nav overview, plots, plot_board, holders, waiting_list, inspections
home overview
