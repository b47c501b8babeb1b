app catering-events "Catering Event Orders"
  description "A caterer quotes and runs events: client enquiries, menus, guest counts, dietary needs, staffing and deposits. Also: event catering CRM, banquet orders, corporate catering."
  access signin
  theme primary=#9a3412 background=#fffaf5 accent=#15803d icon="🥂"
role manager "Events manager"
role chef "Chef"
default_role chef
owner_role manager
entity client
  display name
  name: text required
  company: text
  email: email
  phone: phone
entity catering_event "Event"
  display title
  title: text required
  client: reference(client) required
  event_at: datetime required
  venue: text
  guests: integer min=1 max=5000 required
  service_style: choice(Buffet, Plated, Canapés, Family style, Food stations)
  dietary: tags(Vegetarian, Vegan, Gluten-free, Halal, Kosher, Nut-free)
  price_per_head: money(GBP) min=0
  total: computed = guests * price_per_head
  deposit_paid: boolean default=false
  stage: choice(Enquiry:#94a3b8, Quoted:#f59e0b, Booked:#3b82f6, Delivered:#22c55e, Lost:#ef4444) default=Enquiry
  menu: long_text
view pipeline kanban catering_event "Pipeline" fields=title,client,guests,total group_by=stage
view events calendar catering_event "Events" fields=title,guests,venue date_field=event_at
view enquiry form catering_event "New enquiry" fields=title,client,event_at,venue,guests,service_style,dietary
view clients table client fields=name,company,email,phone
dashboard sales "Sales"
  stat "Booked value" sum catering_event.total where stage=Booked
  pie "Service styles" count catering_event by service_style
  line "Guests per month" sum catering_event.guests by event_at per month
permission catering_event delete manager
nav pipeline, events, enquiry, clients, sales
home pipeline
