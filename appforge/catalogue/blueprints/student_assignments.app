app student-assignments "Homework & Assignment Planner"
  description "A student's homework planner: assignments by subject, due dates, status, marks and exam dates. Also: homework tracker, study planner, coursework deadlines, school planner."
  access signin
  theme primary=#2563eb background=#f8fbff accent=#f97316 radius=12 icon="🎒"

entity subject
  icon "📘"
  display name
  name: text required unique
  teacher: text
  teacher_email: email
  colour: choice(Red:#ef4444, Blue:#3b82f6, Green:#22c55e, Yellow:#facc15, Purple:#a855f7, Orange:#f97316)

entity assignment
  icon "📝"
  display title
  order due
  title: text required
  subject: reference(subject) required
  type: choice(Homework:#3b82f6, Essay:#8b5cf6, Project:#f59e0b, Lab report:#14b8a6, Exam:#ef4444, Reading:#22c55e)
  due: datetime required
  status: choice(Not started:#94a3b8, In progress:#3b82f6, Submitted:#f59e0b, Graded:#22c55e) default="Not started"
  estimated_hours: decimal min=0
  mark_pct: integer label="Mark %" min=0 max=100
  brief: file
  submission: file

view board kanban assignment "Assignments" fields=title,subject,due group_by=status
view due calendar assignment "Due dates" fields=title,subject date_field=due
view assignments table assignment fields=title,subject,type,due,status,mark_pct sort=due
view add form assignment "Add homework" fields=title,subject,type,due,estimated_hours,brief
view subjects table subject fields=name,teacher,teacher_email,colour
dashboard grades "Grades"
  bar "Average mark by subject" avg assignment.mark_pct by subject
  stat "Still to do" count assignment where status="Not started"
  pie "Work by type" count assignment by type

nav board, due, assignments, add, subjects, grades
home board
