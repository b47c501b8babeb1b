app course-gradebook "Teacher's Gradebook"
  description "A teacher's gradebook for a course: students, assessments with weights and maximum marks, and each student's scores. Also: grade book, marks register, class results tracker."
  access signin
  theme primary=#1e40af background=#f8fafc accent=#16a34a icon="🧮"
role teacher "Teacher"
role student "Student"
default_role student
owner_role teacher

entity student
  icon "🧑‍🎓"
  display name
  order name
  name: text required
  student_number: text required unique
  email: email
  class_group: choice(A:#3b82f6, B:#22c55e, C:#f59e0b, D:#a855f7) label="Group"
  account: user

entity assessment
  icon "📋"
  display title
  order due_on
  title: text required
  kind: choice(Quiz:#0ea5e9, Homework:#22c55e, Midterm:#f59e0b, Project:#a855f7, Final exam:#ef4444)
  due_on: date
  max_marks: integer required min=1 default=100
  weight_pct: decimal label="Weight %" min=0 max=100

entity score
  icon "✏️"
  student: reference(student) required
  assessment: reference(assessment) required
  marks: decimal required min=0
  out_of: integer required min=1 default=100
  percent: computed = round(marks / out_of * 100, 1)
  late: boolean default=false
  feedback: long_text

view grades table score "Grades" fields=student,assessment,marks,out_of,percent,late sort=student
view enter form score "Enter a score" fields=student,assessment,marks,out_of,late,feedback
view students table student fields=name,student_number,email,class_group sort=name
view assessments calendar assessment "Assessment calendar" fields=title,kind date_field=due_on
dashboard results "Results"
  bar "Average % per assessment" avg score.percent by assessment
  bar "Average % per student" avg score.percent by student
  stat "Class average" avg score.percent

permission score create teacher
permission score update teacher
permission score read teacher
permission score read student own
permission assessment create teacher
permission student create teacher

nav results, grades, enter, students, assessments
home grades
