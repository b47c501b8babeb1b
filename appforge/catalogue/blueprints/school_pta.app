app school-pta "School PTA Hub"
  description "A school's parent-teacher association: events and fundraisers, volunteer sign-ups, money raised and spending requests from teachers. Also: PTA organiser, parents association, school fundraising committee, PTO."
  access signin
  theme primary=#0369a1 background=#f5faff accent=#f59e0b radius=12 icon="🍎"
role committee "Committee"
role parent "Parent"
default_role parent
owner_role committee

entity event
  icon "🎪"
  display name
  order date
  name: text required
  date: datetime required
  type: choice(Fair:#ec4899, Bake sale:#f59e0b, Disco:#8b5cf6, Quiz night:#3b82f6, Uniform sale:#64748b, Sponsored event:#22c55e) required
  volunteers_needed: integer min=0
  target: money(GBP) min=0
  raised: money(GBP) min=0
  poster: image

entity volunteer_slot "Volunteer slot"
  icon "🙋"
  event: reference(event) required
  task: text required
  volunteer: user
  status: choice(Open:#ef4444, Filled:#22c55e) default=Open

entity spend_request "Spending request"
  icon "🧾"
  order -created_at
  title: text required
  requested_by: text required help="Teacher or class."
  amount: money(GBP) required min=0
  reason: long_text
  status: choice(Requested:#94a3b8, Approved:#22c55e, Declined:#ef4444, Paid:#3b82f6) default=Requested

view events calendar event "Events" fields=name,type date_field=date
view slots kanban volunteer_slot "Volunteer slots" fields=task,event,volunteer group_by=status
view my_slots table volunteer_slot "My slots" fields=event,task where volunteer=me
view requests kanban spend_request "Spending requests" fields=title,requested_by,amount group_by=status
view event_list table event "Event results" fields=name,date,type,target,raised sort=-date
dashboard money "Money"
  stat "Raised this year" sum event.raised
  bar "Raised per event" sum event.raised by name
  stat "Approved spending" sum spend_request.amount where status=Approved

permission event create committee
permission event update committee
permission spend_request update committee
permission volunteer_slot create committee

nav events, slots, my_slots, requests, event_list, money
home events
