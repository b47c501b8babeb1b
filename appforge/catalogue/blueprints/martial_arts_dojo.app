app martial-arts-dojo "Martial Arts Dojo"
  description "A dojo tracks students, belt ranks, class attendance and gradings for karate, judo, BJJ or taekwondo. Also: karate club, dojang management, belt tracker."
  access signin
  theme primary=#991b1b background=#fef2f2 accent=#111827 icon="🥋"
role sensei "Instructor"
role student "Student"
default_role student
owner_role sensei
entity student
  display name
  name: text required
  date_of_birth: date
  guardian_phone: phone
  belt: choice(White:#f5f5f5, Yellow:#facc15, Orange:#f97316, Green:#22c55e, Blue:#3b82f6, Brown:#92400e, Black:#111827) default=White
  joined_on: date
  monthly_fee: money(USD) min=0
  photo: image
entity attendance
  student: reference(student) required
  class_on: date required
  class_type: choice(Kids, Adults, Sparring, Kata, Open mat)
entity grading
  icon "🎖️"
  student: reference(student) required
  graded_on: date required
  from_belt: choice(White, Yellow, Orange, Green, Blue, Brown)
  result: choice(Passed:#22c55e, Failed:#ef4444, Deferred:#f59e0b)
  fee: money(USD) min=0
  examiner_notes: long_text
view students kanban student "Belts" fields=name,joined_on group_by=belt
view roster cards student "Roster" fields=belt,joined_on image_field=photo
view gradings calendar grading "Gradings" fields=student,result date_field=graded_on
view sign_in form attendance "Class sign-in" fields=student,class_on,class_type
dashboard dojo "Dojo"
  stat "Students" count student
  pie "Belts" count student by belt
  line "Attendance" count attendance by class_on per week
permission student update sensei
permission grading create sensei
permission grading update sensei
nav students, roster, gradings, sign_in, dojo
home students
