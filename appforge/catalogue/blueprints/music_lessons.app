app music-lessons "Music Lessons Studio"
  description "Music teachers schedule private lessons, track each student's instrument, grade, repertoire and lesson payments. Also: piano teacher planner, guitar lessons, music tuition."
  access signin
  theme primary=#4338ca background=#eef2ff accent=#f59e0b icon="🎹"
role director "Director"
role teacher "Teacher"
default_role teacher
owner_role director
entity student
  display name
  name: text required
  instrument: choice(Piano:#111827, Guitar:#b45309, Violin:#92400e, Voice:#ec4899, Drums:#dc2626, Flute:#0ea5e9) required
  grade: integer min=0 max=8
  teacher: user
  parent_email: email
  repertoire: long_text
entity lesson
  icon "🎵"
  order starts_at
  student: reference(student) required
  starts_at: datetime required
  length_min: choice(30, 45, 60) default=30
  rate: money(USD) min=0 default=40
  status: choice(Scheduled:#3b82f6, Taught:#22c55e, Cancelled:#94a3b8, Make-up due:#f59e0b) default=Scheduled
  paid: boolean default=false
  practice_notes: long_text
view timetable calendar lesson "Timetable" fields=student,length_min date_field=starts_at
view students table student fields=name,instrument,grade,teacher sort=name
view my_students table student "My students" fields=name,instrument,grade where teacher=me
view unpaid table lesson "Unpaid lessons" fields=starts_at,student,rate where paid=false
view schedule form lesson "Schedule lesson" fields=student,starts_at,length_min,rate
dashboard studio "Studio"
  stat "Unpaid" sum lesson.rate where paid=false
  pie "Instruments" count student by instrument
  line "Lessons taught" count lesson by starts_at per month where status=Taught
permission student delete director
permission lesson delete director
nav timetable, students, my_students, unpaid, schedule, studio
home timetable
