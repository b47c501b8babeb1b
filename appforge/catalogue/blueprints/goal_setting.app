app goal-setting "Personal Goals & Milestones"
  description "Set yearly and quarterly personal goals by life area, break them into milestones with due dates and track progress. Also: goal tracker, resolutions planner, life goals, vision board."
  access signin
  theme primary=#0f766e background=#f6fcfb accent=#f43f5e icon="🎯"

entity goal
  icon "🏔️"
  display title
  order target_date
  title: text required
  life_area: choice(Health:#22c55e, Career:#3b82f6, Money:#14b8a6, Relationships:#ec4899, Learning:#8b5cf6, Fun:#f59e0b, Home:#a16207)
  why: long_text label="Why it matters"
  horizon: choice(This quarter, This year, 3 years, Someday) default="This year"
  target_date: date
  progress_pct: integer label="Progress %" min=0 max=100 default=0
  status: choice(Not started:#94a3b8, On track:#22c55e, At risk:#f59e0b, Off track:#ef4444, Achieved:#6366f1) default="Not started"
  image: image

entity milestone
  icon "🚩"
  order due
  goal: reference(goal) required
  title: text required
  due: date
  done: boolean default=false
  done_on: date
  days_left: computed = days_between(today(), due)

view goals kanban goal "Goals" fields=title,life_area,progress_pct,target_date group_by=status
view vision cards goal "Vision board" fields=life_area,target_date image_field=image
view milestones table milestone fields=goal,title,due,days_left,done sort=due
view due calendar milestone "Milestone calendar" fields=title,goal date_field=due
dashboard balance "Life balance"
  pie "Goals by area" count goal by life_area
  stat "Milestones done" count milestone where done=true
  bar "Average progress by area" avg goal.progress_pct by life_area

nav goals, vision, milestones, due, balance
home goals
