app church-volunteer-rota "Church Service Rota"
  description "Fill the Sunday service rota at a church: services, volunteer roles like welcome, readings, music, coffee and crèche, who's serving and swaps. Also: church rota, volunteer scheduling, ministry team rota."
  access signin
  theme primary=#1e3a8a background=#f8f9ff accent=#ca8a04 icon="⛪"
role coordinator "Rota coordinator"
role volunteer "Volunteer"
default_role volunteer
owner_role coordinator

entity service
  icon "🕯️"
  display title
  order starts_at
  title: text required default="Sunday service"
  starts_at: datetime required
  type: choice(Sunday morning:#1e3a8a, Evening:#6366f1, Festival:#ca8a04, Wedding:#ec4899, Funeral:#475569, Youth:#22c55e)
  theme_reading: text label="Theme / reading"

entity duty
  icon "🙌"
  plural "Duties"
  service: reference(service) required
  role: choice(Welcome:#22c55e, Reader:#3b82f6, Prayers:#a855f7, Music:#ec4899, Sound desk:#64748b, Coffee:#a16207, Crèche:#f59e0b, Sidesperson:#14b8a6) required
  volunteer: user
  status: choice(Needs someone:#ef4444, Assigned:#3b82f6, Confirmed:#22c55e, Swap requested:#f59e0b) default="Needs someone"
  note: text

view rota table duty "Rota" fields=service,role,volunteer,status sort=service
view gaps kanban duty "Fill the gaps" fields=service,role,volunteer group_by=status
view my_duties table duty "My duties" fields=service,role,status where volunteer=me
view services calendar service "Services" fields=title,type date_field=starts_at
dashboard coverage "Coverage"
  stat "Unfilled duties" count duty where status="Needs someone"
  bar "Duties per volunteer" count duty by volunteer
  pie "Roles" count duty by role

permission service create coordinator
permission service update coordinator
permission duty create coordinator
permission duty delete coordinator

nav rota, gaps, my_duties, services, coverage
home my_duties
