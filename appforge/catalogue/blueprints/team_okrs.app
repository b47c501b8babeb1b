app team-okrs "Team OKRs"
  description "Set quarterly objectives and key results for teams, with owners, start and target values, weekly check-ins and confidence. Also: OKR tracker, goals and key results, quarterly objectives."
  access signin
  theme primary=#4f46e5 background=#f8f8ff accent=#f59e0b icon="🎯"
role leader "Leader"
role member "Member"
default_role member
owner_role leader

entity objective
  icon "🏁"
  display title
  order quarter
  title: text required
  team: choice(Product:#6366f1, Engineering:#3b82f6, Sales:#22c55e, Marketing:#ec4899, Support:#f59e0b, People:#14b8a6) required
  quarter: choice(Q1, Q2, Q3, Q4) required
  year: integer required min=2000 max=2100
  owner: user
  why: long_text

entity key_result "Key result"
  icon "📏"
  display title
  objective: reference(objective) required
  title: text required
  owner: user
  start_value: decimal default=0
  target_value: decimal required
  current_value: decimal default=0
  progress_pct: computed = round((current_value - start_value) / (target_value - start_value) * 100, 0)
  confidence: choice(On track:#22c55e, At risk:#f59e0b, Off track:#ef4444) default="On track"

entity check_in "Check-in"
  icon "📈"
  order -week_of
  key_result: reference(key_result) required
  week_of: date required
  value: decimal required
  comment: text

view objectives table objective fields=title,team,quarter,year,owner sort=quarter
view key_results table key_result "Key results" fields=objective,title,owner,current_value,target_value,progress_pct,confidence
view health kanban key_result "Health" fields=title,owner,progress_pct group_by=confidence
view check_in form check_in "Weekly check-in" fields=key_result,week_of,value,comment
view check_ins calendar check_in "Check-ins" fields=key_result,value date_field=week_of
dashboard scorecard "Scorecard"
  bar "Average progress per objective" avg key_result.progress_pct by objective
  pie "Confidence" count key_result by confidence

permission objective create leader
permission objective update leader
permission key_result update leader
permission key_result update member own

nav scorecard, objectives, key_results, health, check_in, check_ins
home scorecard
