app homeschool-planner "Homeschool Lesson Planner"
  description "Plan and record homeschool lessons for each child by subject, with curriculum, hours for attendance records, field trips and work samples. Also: home education planner, lesson log, homeschool record keeping."
  access signin
  theme primary=#15803d background=#fbfdf7 accent=#f59e0b radius=12 icon="🏡"

entity learner
  icon "🧒"
  display name
  name: text required unique
  grade_level: text
  photo: image

entity lesson
  icon "📚"
  order scheduled_on
  learner: reference(learner) required
  subject: choice(Maths:#3b82f6, English:#ef4444, Science:#22c55e, History:#a16207, Geography:#14b8a6, Art:#ec4899, Music:#8b5cf6, PE:#f97316, Languages:#eab308) required
  topic: text required
  curriculum: text
  scheduled_on: date required
  minutes: integer min=5 max=480 default=45
  status: choice(Planned:#94a3b8, Done:#22c55e, Skipped:#ef4444, Moved:#f59e0b) default=Planned
  work_sample: file
  notes: text

entity field_trip "Field trip"
  icon "🚌"
  order visited_on
  place: text required
  visited_on: date required
  subjects: tags(Science, History, Art, Nature, Geography)
  cost: money(USD) min=0
  reflection: long_text

view week calendar lesson "Lesson calendar" fields=learner,subject,topic date_field=scheduled_on
view lessons table lesson fields=scheduled_on,learner,subject,topic,minutes,status sort=scheduled_on
view plan form lesson "Plan a lesson" fields=learner,subject,topic,curriculum,scheduled_on,minutes
view trips table field_trip "Field trips" fields=visited_on,place,subjects,cost
dashboard records "Records"
  bar "Hours by subject" sum lesson.minutes by subject where status=Done
  bar "Lessons per child" count lesson by learner where status=Done
  stat "Lessons done" count lesson where status=Done

nav week, lessons, plan, trips, records
home week
