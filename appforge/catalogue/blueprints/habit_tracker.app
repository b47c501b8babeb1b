app habit-tracker "Daily Habit Streaks"
  description "Build good habits and break bad ones: tick off habits each day, see streaks and completion by week. Also: habit checklist, routine tracker, streak counter."
  access signin
  theme primary=#6d28d9 background=#faf7ff accent=#10b981 radius=14 icon="✅"

entity habit
  icon "🔥"
  display name
  order name
  name: text required unique
  area: choice(Health:#22c55e, Mind:#8b5cf6, Work:#3b82f6, Home:#f59e0b, Social:#ec4899, Money:#14b8a6)
  frequency: choice(Daily, Weekdays, 3x a week, Weekly) default=Daily
  target_per_week: integer min=1 max=7 default=7
  cue: text help="When or where you'll do it."
  started_on: date
  active: boolean default=true

entity check_in "Check-in"
  icon "☑️"
  order -day
  habit: reference(habit) required
  day: date required
  done: boolean default=true
  mood: rating
  note: text

view today form check_in "Check in" fields=habit,day,done,mood,note
view habits table habit fields=name,area,frequency,target_per_week,started_on,active sort=name
view history calendar check_in "History" fields=habit,done date_field=day
view check_ins table check_in "Check-ins" fields=day,habit,done,mood sort=-day
dashboard streaks "Streaks"
  stat "Check-ins done" count check_in where done=true
  bar "Completions per habit" count check_in by habit where done=true
  line "Completions per week" count check_in by day per week where done=true
  pie "Habits by area" count habit by area

nav today, streaks, history, habits, check_ins
home today
