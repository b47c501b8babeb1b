app performance-reviews "Performance Review Cycle"
  description "Managers run review cycles: self-assessments, manager ratings, goals and development plans for each employee. Also: appraisals, 360 feedback, annual review tracker."
  access signin
  theme primary=#4f46e5 background=#f8fafc accent=#f59e0b icon="📈"
role hr "HR"
role manager "Manager"
role employee "Employee"
default_role employee
owner_role hr
entity review
  employee: user required
  reviewer: user required
  cycle: choice(H1 2025, H2 2025, H1 2026, H2 2026) required
  self_assessment: long_text
  manager_comments: long_text
  rating: rating
  outcome: choice(Exceeds:#22c55e, Meets:#3b82f6, Partially meets:#f59e0b, Does not meet:#ef4444)
  stage: choice(Not started:#94a3b8, Self review:#3b82f6, Manager review:#a855f7, Calibrated:#f59e0b, Shared:#22c55e) default="Not started"
  due_on: date
entity goal
  employee: user required
  title: text required
  target_date: date
  progress_pct: integer min=0 max=100 default=0
  status: choice(On track:#22c55e, At risk:#f59e0b, Off track:#ef4444, Achieved:#3b82f6) default="On track"
view cycle kanban review "Review cycle" fields=employee,reviewer,cycle group_by=stage
view to_review table review "To review" fields=employee,cycle,stage,due_on where reviewer=me
view my_goals table goal "My goals" fields=title,target_date,progress_pct,status where employee=me
view goals kanban goal "Goals" fields=title,employee,progress_pct group_by=status
dashboard talent "Talent"
  stat "Average rating" avg review.rating
  pie "Outcomes" count review by outcome
  bar "Reviews by stage" count review by stage
permission review read hr,manager,employee own
permission review update hr,manager
permission goal update hr,manager,employee own
nav cycle, to_review, my_goals, goals, talent
home to_review
