app tool-library "Community Tool Library"
  description "A lending library of tools for the neighbourhood: catalogue of drills, ladders and gardening kit, member loans with due dates, deposits and condition checks. Also: tool lending library, library of things, tool share."
  access signin
  theme primary=#ca8a04 background=#fffdf5 accent=#1e40af icon="🧰"
role librarian "Librarian"
role member "Member"
default_role member
owner_role librarian

entity tool
  icon "🔨"
  display name
  order name
  name: text required
  category: choice(Power tools:#ef4444, Hand tools:#f59e0b, Garden:#22c55e, Ladders:#64748b, Decorating:#ec4899, Cleaning:#0ea5e9, Camping:#15803d)
  brand: text
  photo: image
  deposit: money(GBP) min=0
  condition: choice(Great:#22c55e, Good:#84cc16, Worn:#f59e0b, Needs repair:#ef4444) default=Good
  available: boolean default=true
  manual: file
  safety_notes: text

entity loan
  icon "📋"
  order due_back
  tool: reference(tool) required
  borrower: user required
  borrowed_on: date required
  due_back: date required
  returned_on: date
  days_late: computed = days_between(due_back, today())
  condition_on_return: choice(Same, Dirty, Damaged, Missing parts)
  status: choice(Requested:#94a3b8, Out:#3b82f6, Returned:#22c55e, Late:#ef4444) default=Requested

view catalogue cards tool "Catalogue" fields=category,condition,available,deposit image_field=photo
view borrow form loan "Borrow a tool" fields=tool,borrowed_on,due_back
view loans kanban loan "Loans" fields=tool,borrower,due_back group_by=status
view due calendar loan "Due back" fields=tool,borrower date_field=due_back
view tools table tool "Inventory" fields=name,category,brand,condition,available,deposit sort=name
dashboard lending "Lending"
  stat "Tools out" count loan where status=Out
  bar "Most borrowed" count loan by tool
  pie "Tool condition" count tool by condition

permission tool create librarian
permission tool update librarian
permission loan update librarian
permission loan read librarian
permission loan read member own

nav catalogue, borrow, loans, due, tools, lending
home catalogue
