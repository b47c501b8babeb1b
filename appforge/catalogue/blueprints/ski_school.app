app ski-school "Ski School Lessons"
  description "A ski and snowboard school books private and group lessons by ability level, assigns instructors and tracks student progress. Also: snowboard lessons, ski instructor scheduling, snowsports school."
  access public
  theme primary=#1d4ed8 background=#f8fafc accent=#ef4444 icon="⛷️"
role director "Ski school director"
role instructor "Instructor"
default_role instructor
owner_role director
entity lesson
  student_name: text required
  email: email required
  phone: phone
  age: integer min=3 max=99
  discipline: choice(Ski:#1d4ed8, Snowboard:#7c3aed, Telemark:#0d9488)
  level: choice(First timer:#22c55e, Beginner:#3b82f6, Intermediate:#ef4444, Advanced:#111827) required
  kind: choice(Private, Group, Kids club)
  starts_at: datetime required
  hours: decimal min=1 max=6 default=2
  instructor: user
  price: money(EUR) min=0
  rental_needed: boolean default=false
  status: choice(Booked:#3b82f6, Taught:#22c55e, Cancelled:#94a3b8) default=Booked
  progress_notes: long_text
view book form lesson "Book a lesson" fields=student_name,email,phone,age,discipline,level,kind,starts_at,hours,rental_needed
view schedule calendar lesson "Schedule" fields=student_name,level,instructor date_field=starts_at
view my_lessons table lesson "My lessons" fields=starts_at,student_name,level,hours where instructor=me
view levels kanban lesson "By level" fields=student_name,discipline,starts_at group_by=level
dashboard season "Season"
  stat "Lesson hours" sum lesson.hours
  bar "Hours by instructor" sum lesson.hours by instructor
  pie "Disciplines" count lesson by discipline
permission lesson read director,instructor
permission lesson update director,instructor
permission lesson delete director
nav book, schedule, my_lessons, levels, season
home book
