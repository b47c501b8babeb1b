app volunteer-shifts "Volunteer Shift Scheduler"
  description "Schedule volunteers for an organisation: shifts by role and location, sign-ups, hours served and who is short-staffed; volunteers see and manage only their own sign-ups. Also: volunteer scheduling, shift sign-up sheet, volunteer hours log."
  access signin
  theme primary=#2563eb background=#f7faff accent=#f97316 icon="🙋"
role organiser "Organiser"
role volunteer "Volunteer"
default_role volunteer
owner_role organiser

entity shift
  icon "🕐"
  display title
  order starts_at
  title: text required
  role: choice(Front desk:#3b82f6, Kitchen:#f97316, Driver:#64748b, Warehouse:#a16207, Events:#ec4899, Admin:#8b5cf6) required
  location: text
  starts_at: datetime required
  ends_at: datetime required
  hours: decimal min=0.5 max=24
  spots: integer required min=1 default=2

entity signup "Sign-up"
  icon "✍️"
  order -created_at
  shift: reference(shift) required
  volunteer: user required
  status: choice(Signed up:#3b82f6, Attended:#22c55e, No-show:#ef4444, Cancelled:#94a3b8) default="Signed up"
  hours_served: decimal min=0 max=24
  note: text

view shifts calendar shift "Shift calendar" fields=title,role,spots date_field=starts_at
view sign_up form signup "Sign up for a shift" fields=shift,volunteer,note
view my_shifts table signup "My shifts" fields=shift,status,hours_served where volunteer=me
view signups kanban signup "Attendance" fields=shift,volunteer group_by=status
view shift_list table shift "All shifts" fields=title,role,location,starts_at,hours,spots sort=starts_at
dashboard hours "Volunteer hours"
  stat "Hours served" sum signup.hours_served
  bar "Hours per volunteer" sum signup.hours_served by volunteer
  pie "Shifts by role" count shift by role

permission shift create organiser
permission shift update organiser
permission shift delete organiser
permission signup read organiser
permission signup read volunteer own
permission signup update organiser
permission signup update volunteer own
permission signup delete volunteer own

nav shifts, sign_up, my_shifts, signups, shift_list, hours
home shifts
