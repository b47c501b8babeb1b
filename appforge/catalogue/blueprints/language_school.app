app language-school "Language School Courses"
  description "A language school runs group courses by CEFR level, places students with a level test and tracks attendance and certificates. Also: ESL school, English courses, language academy."
  access signin
  theme primary=#0891b2 background=#ecfeff accent=#e11d48 icon="🗣️"
role admin "Admin"
role teacher "Teacher"
default_role teacher
owner_role admin
entity course
  display title
  title: text required
  language: choice(English:#1d4ed8, Spanish:#dc2626, French:#2563eb, German:#111827, Japanese:#e11d48, Mandarin:#b91c1c) required
  level: choice(A1, A2, B1, B2, C1, C2) required
  teacher: user
  starts_on: date required
  ends_on: date
  fee: money(EUR) min=0
  room: text
entity student
  display name
  name: text required
  email: email required
  nationality: text
  course: reference(course)
  placement_score: integer min=0 max=100
  certificate_issued: boolean default=false
view courses table course fields=title,language,level,teacher,starts_on sort=starts_on
view calendar calendar course "Course starts" fields=title,level date_field=starts_on
view enrol form student "Enrol" fields=name,email,nationality,course,placement_score
view students table student fields=name,course,placement_score,certificate_issued
dashboard school "School"
  stat "Students" count student
  bar "Students by course" count student by course
  pie "Languages" count course by language
permission course create admin
permission course update admin,teacher own
nav courses, calendar, enrol, students, school
home courses
