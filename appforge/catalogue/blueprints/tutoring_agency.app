app tutoring-agency "Tutoring Agency Matches"
  description "A tutoring agency matches tutors with students by subject and level, books sessions and invoices families. Also: tutor matching, private tuition agency, homework help service."
  access signin
  theme primary=#2563eb background=#eff6ff accent=#facc15 icon="📚"
role coordinator "Coordinator"
role tutor "Tutor"
default_role tutor
owner_role coordinator
entity subject
  display name
  name: text required unique
entity tutor
  display name
  name: text required
  email: email required unique
  subjects: many_to_many(subject)
  hourly_rate: money(USD) min=0
  dbs_checked: boolean default=false
  rating: rating
  cv: file
entity student
  display name
  name: text required
  level: choice(Primary, Middle school, GCSE, A-level, University)
  parent_email: email
  needs: many_to_many(subject)
entity tutoring_session "Session"
  student: reference(student) required
  tutor: reference(tutor) required
  subject: reference(subject)
  starts_at: datetime required
  hours: decimal min=0.5 max=4 default=1
  status: choice(Booked:#3b82f6, Done:#22c55e, Cancelled:#94a3b8, Invoiced:#a855f7) default=Booked
view sessions calendar tutoring_session "Sessions" fields=student,tutor,subject date_field=starts_at
view tutors table tutor fields=name,subjects,hourly_rate,rating,dbs_checked
view students table student fields=name,level,needs
view billing kanban tutoring_session "Billing" fields=student,hours group_by=status
dashboard agency "Agency"
  stat "Hours tutored" sum tutoring_session.hours where status=Done
  bar "Sessions by subject" count tutoring_session by subject
  pie "Student levels" count student by level
permission tutor create coordinator
permission tutoring_session delete coordinator
nav sessions, tutors, students, billing, agency
home sessions
