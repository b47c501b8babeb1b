app workout-log "Gym Workout Log"
  description "Log gym sessions set by set: exercise, weight, reps and RPE, and track progress on the big lifts. Also: strength training log, lifting tracker, gym diary."
  access signin
  theme primary=#dc2626 background=#fafafa accent=#111827 icon="🏋️"

entity exercise
  icon "💪"
  display name
  order name
  name: text required unique
  muscle_group: choice(Chest:#ef4444, Back:#3b82f6, Legs:#22c55e, Shoulders:#f59e0b, Arms:#a855f7, Core:#14b8a6, Full body:#64748b)
  equipment: choice(Barbell, Dumbbell, Machine, Cable, Kettlebell, Bodyweight)
  demo_video: url

entity session
  icon "📅"
  display title
  order -date
  title: text required default="Workout"
  date: date required
  split: choice(Push:#ef4444, Pull:#3b82f6, Legs:#22c55e, Upper:#f59e0b, Lower:#a855f7, Full body:#64748b)
  duration_min: integer label="Duration (min)" min=1 max=300
  energy: rating
  notes: long_text

entity workout_set "Set"
  icon "🔢"
  session: reference(session) required
  exercise: reference(exercise) required
  set_number: integer min=1 max=20 default=1
  weight_kg: decimal label="Weight (kg)" min=0 max=500
  reps: integer required min=0 max=100
  rpe: decimal label="RPE" min=1 max=10
  volume_kg: computed label="Volume (kg)" = weight_kg * reps

view sessions table session fields=date,title,split,duration_min,energy sort=-date
view calendar calendar session "Training calendar" fields=title,split date_field=date
view log_set form workout_set "Log a set" fields=session,exercise,set_number,weight_kg,reps,rpe
view sets table workout_set fields=session,exercise,set_number,weight_kg,reps,rpe,volume_kg
view exercises table exercise fields=name,muscle_group,equipment
dashboard progress "Progress"
  stat "Sessions" count session
  bar "Volume per exercise" sum workout_set.volume_kg by exercise
  line "Sessions per week" count session by date per week
  pie "Split balance" count session by split

nav progress, sessions, calendar, log_set, sets, exercises
home sessions
