app mutual-aid-requests "Mutual Aid Network"
  description "Neighbours post requests for help (shopping, lifts, meals, prescriptions) and offers, volunteers claim them and mark them done. Also: mutual aid group, community help board, neighbour support requests."
  access signin
  theme primary=#dc2626 background=#fff8f7 accent=#15803d icon="🤲"
role coordinator "Coordinator"
role neighbour "Neighbour"
default_role neighbour
owner_role coordinator

entity request
  icon "🆘"
  display title
  order needed_by
  title: text required
  kind: choice(Groceries:#22c55e, Prescription:#ef4444, Lift:#3b82f6, Meal:#f97316, Childcare:#ec4899, Check-in call:#a855f7, Odd job:#a16207, Other) required
  area: text required help="Street or postcode area, never a full address."
  details: long_text
  needed_by: datetime
  urgency: choice(Today:#ef4444, This week:#f59e0b, Whenever:#22c55e) default="This week"
  contact_phone: phone
  volunteer: user label="Claimed by"
  matched_offer: reference(offer)
  status: choice(Open:#3b82f6, Claimed:#f59e0b, Done:#22c55e, Cancelled:#94a3b8) default=Open
  posted_at: created_at label="Posted"

entity offer
  icon "💚"
  display title
  title: text required
  kind: choice(Groceries, Lifts, Cooking, Childcare, Calls, DIY, Other)
  availability: text
  area: text

view board kanban request "Requests" fields=title,kind,area,urgency group_by=status
view ask form request "Ask for help" fields=title,kind,area,details,needed_by,urgency,contact_phone
view my_claims table request "My claims" fields=title,kind,area,needed_by,status where volunteer=me
view when calendar request "Needed by" fields=title,kind date_field=needed_by
view offers table offer "Offers of help" fields=title,kind,availability,area
dashboard network "Network"
  stat "Open requests" count request where status=Open
  stat "Requests met" count request where status=Done
  pie "Requests by kind" count request by kind

permission request read signed_in
permission request delete coordinator
permission request delete neighbour own

nav board, ask, my_claims, when, offers, network
home board
