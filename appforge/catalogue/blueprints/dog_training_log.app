app dog-training-log "Dog Training Progress"
  description "Track a dog's training: the cues and skills being taught, each practice session, success rate and notes from classes. Also: puppy training log, obedience tracker, dog behaviour diary."
  access signin
  theme primary=#a16207 background=#fffbf3 accent=#2563eb icon="🐕"

entity skill
  icon "🎓"
  display cue
  order cue
  cue: text required unique help="The word or signal, e.g. Sit, Down, Leave it."
  category: choice(Obedience:#3b82f6, Recall:#22c55e, Leash manners:#f59e0b, Tricks:#ec4899, Agility:#f97316, Behaviour:#ef4444)
  stage: choice(Not started:#94a3b8, Learning:#3b82f6, Adding distractions:#f59e0b, Proofed:#22c55e) default="Not started"
  video: url

entity session
  icon "⏱️"
  order -trained_at
  skill: reference(skill) required
  trained_at: datetime required
  place: choice(Home, Garden, Park, Class, Street)
  reps: integer required min=1 max=200
  successes: integer required min=0 max=200
  success_rate: computed label="Success %" = round(successes / reps * 100, 0)
  reward: choice(Kibble, High-value treat, Toy, Praise)
  dog_mood: choice(Focused:#22c55e, Distracted:#f59e0b, Tired:#94a3b8, Overexcited:#ef4444)
  notes: text

view skills kanban skill "Skills board" fields=cue,category group_by=stage
view sessions table session fields=trained_at,skill,place,reps,successes,success_rate,dog_mood sort=-trained_at
view log form session "Log training" fields=skill,trained_at,place,reps,successes,reward,dog_mood,notes
view training_calendar calendar session "Calendar" fields=skill,success_rate date_field=trained_at
dashboard progress "Progress"
  bar "Average success by skill" avg session.success_rate by skill
  line "Sessions per week" count session by trained_at per week
  pie "Skills by stage" count skill by stage

nav skills, log, sessions, training_calendar, progress
home skills
