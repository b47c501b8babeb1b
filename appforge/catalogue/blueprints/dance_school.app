app dance-school "Dance School Enrolment"
  description "A dance school runs term courses in ballet, tap, jazz and hip hop, enrols pupils, takes fees and plans shows and exams. Also: ballet school, dance academy, dance class registration."
  access signin
  theme primary=#c026d3 background=#fdf4ff accent=#f59e0b icon="🩰"
role principal "Principal"
role teacher "Teacher"
role parent "Parent"
default_role parent
owner_role principal
entity course
  display title
  title: text required
  style: choice(Ballet:#f9a8d4, Tap:#a3a3a3, Jazz:#f59e0b, Hip hop:#111827, Contemporary:#8b5cf6, Ballroom:#dc2626) required
  age_group: choice(Tots 3-5, Juniors 6-10, Seniors 11-16, Adults)
  teacher: user
  weekday: choice(Mon, Tue, Wed, Thu, Fri, Sat)
  starts: time
  term_fee: money(GBP) min=0
  places: integer min=1 max=40 default=16
entity enrolment
  pupil_name: text required
  pupil_dob: date
  course: reference(course) required
  parent_email: email required
  medical_notes: text
  fee_paid: boolean default=false
  exam_grade: choice(Primary, Grade 1, Grade 2, Grade 3, Grade 4, Grade 5)
entity show "Show & exam"
  title: text required
  on: datetime required
  venue: text
  costume_notes: long_text
view courses table course fields=title,style,age_group,weekday,starts,term_fee
view enrol form enrolment "Enrol" fields=pupil_name,pupil_dob,course,parent_email,medical_notes
view enrolments table enrolment fields=pupil_name,course,fee_paid,exam_grade
view shows calendar show "Shows & exams" fields=title,venue date_field=on
dashboard school "School"
  stat "Pupils" count enrolment
  bar "Enrolments by course" count enrolment by course
  pie "Styles" count course by style
permission enrolment read principal,teacher,parent own
permission enrolment update principal
permission course create principal
permission course update principal,teacher
nav courses, enrol, enrolments, shows, school
home courses
