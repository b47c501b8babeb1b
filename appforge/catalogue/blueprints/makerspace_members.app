app makerspace-members "Makerspace Membership"
  description "A makerspace or hackerspace's members, their tool inductions (laser cutter, CNC, 3D printers), membership dues and space access fobs. Also: hackerspace membership, fab lab tool training, maker club admin."
  access signin
  theme primary=#ea580c background=#fffaf5 accent=#0f172a icon="🛠️"
role trustee "Trustee"
role maker "Maker"
default_role maker
owner_role trustee

entity member
  icon "🧑‍🔧"
  display name
  order name
  name: text required
  email: email required unique
  plan: choice(Full:#ea580c, Off-peak:#f59e0b, Student:#3b82f6, Concession:#22c55e) required
  monthly_fee: money(GBP) min=0
  fob_number: text unique
  joined_on: date
  dues_paid_until: date
  account: user
  skills: tags(Electronics:#eab308, Woodwork:#a16207, 3D printing:#3b82f6, Laser:#ef4444, Sewing:#ec4899, Metalwork:#64748b, Coding:#22c55e)

entity machine
  icon "⚙️"
  display name
  name: text required unique
  needs_induction: boolean default=true
  status: choice(Working:#22c55e, Needs attention:#f59e0b, Out of order:#ef4444) default=Working
  manual: file

entity induction
  icon "🎓"
  order -inducted_on
  member: reference(member) required
  machine: reference(machine) required
  inducted_on: date required
  trainer: user

view members table member fields=name,email,plan,fob_number,dues_paid_until sort=name
view machines kanban machine "Machines" fields=name,needs_induction group_by=status
view inductions table induction fields=inducted_on,member,machine,trainer sort=-inducted_on
view record_induction form induction "Record an induction" fields=member,machine,inducted_on,trainer
view induction_calendar calendar induction "Induction calendar" fields=member,machine date_field=inducted_on
dashboard space "Space"
  stat "Members" count member
  stat "Monthly dues" sum member.monthly_fee
  pie "Plans" count member by plan
  bar "Inductions per machine" count induction by machine

permission induction create trustee
permission machine update signed_in
permission member read trustee
permission member read maker own

nav members, machines, inductions, record_induction, induction_calendar, space
home machines
