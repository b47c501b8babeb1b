app lost-and-found "Lost & Found Board"
  description "A public lost and found board for a venue, campus or neighbourhood: report lost or found items with photos and where they were, and mark them reunited. Also: lost property office, found items register, lost pet board."
  access public
  theme primary=#0369a1 background=#f5faff accent=#f59e0b icon="🔍"
role desk "Front desk"
owner_role desk

entity report
  icon "📌"
  display item
  order -happened_on
  kind: choice(Lost:#ef4444, Found:#22c55e) required
  item: text required help="What is it? e.g. blue umbrella, house keys."
  category: choice(Keys:#f59e0b, Phone:#3b82f6, Wallet:#a16207, Bag:#8b5cf6, Clothing:#ec4899, Jewellery:#eab308, Pet:#22c55e, Other)
  description: long_text
  happened_on: date required label="Date lost or found"
  location: text required
  photo: image
  contact_name: text required
  contact_email: email
  contact_phone: phone
  status: choice(Open:#3b82f6, Matched:#f59e0b, Reunited:#22c55e, Disposed:#94a3b8) default=Open
  held_at: text label="Where it is held"
  posted_at: created_at label="Posted"

entity claim
  icon "🙋"
  report: reference(report) required
  claimant_name: text required
  claimant_email: email required
  proof: long_text required help="Describe it: marks, contents, where you lost it."
  status: choice(Pending:#f59e0b, Verified:#22c55e, Rejected:#ef4444) default=Pending

view board cards report "Board" fields=kind,category,location,happened_on image_field=photo where status=Open
view report_it form report "Report an item" fields=kind,item,category,description,happened_on,location,photo,contact_name,contact_email,contact_phone
view all_reports table report "All reports" fields=happened_on,kind,item,category,location,status sort=-happened_on
view status kanban report "Status" fields=item,kind,location group_by=status
view claim_it form claim "Claim an item" fields=report,claimant_name,claimant_email,proof
view claims kanban claim "Claims" fields=report,claimant_name group_by=status
view report_calendar calendar report "By date" fields=item,kind date_field=happened_on
dashboard stats "Stats"
  stat "Reunited" count report where status=Reunited
  pie "Lost vs found" count report by kind
  bar "Reports by category" count report by category

permission report update desk
permission report delete desk
permission claim read desk
permission claim update desk

nav board, report_it, claim_it, all_reports, status, claims, report_calendar, stats
home board
