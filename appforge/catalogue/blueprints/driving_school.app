app driving-school "Driving School Lessons"
  description "A driving school books lessons for learners with instructors and cars, tracks skills and test dates. Also: driving instructor diary, learner driver tracker, driving academy."
  access signin
  theme primary=#15803d background=#f0fdf4 accent=#ef4444 icon="🚗"
role office "Office"
role instructor "Instructor"
default_role instructor
owner_role office
entity learner
  display name
  name: text required
  phone: phone required
  licence_number: text unique
  theory_passed: boolean default=false
  test_date: datetime
  stage: choice(Beginner:#94a3b8, Intermediate:#3b82f6, Test ready:#f59e0b, Passed:#22c55e) default=Beginner
entity lesson
  learner: reference(learner) required
  instructor: user required
  starts_at: datetime required
  hours: decimal min=1 max=4 default=1
  car: choice(Manual hatchback, Automatic, Dual-control van)
  skills: tags(Roundabouts, Parallel parking, Motorway, Hill start, Emergency stop, Night driving)
  price: money(GBP) min=0 default=38
  notes: long_text
view diary calendar lesson "Diary" fields=learner,car date_field=starts_at
view mine table lesson "My lessons" fields=starts_at,learner,hours,skills where instructor=me
view learners kanban learner "Learners" fields=name,test_date group_by=stage
view tests calendar learner "Test dates" fields=name date_field=test_date
dashboard school "School"
  stat "Passes" count learner where stage=Passed
  bar "Hours by instructor" sum lesson.hours by instructor
  line "Lessons per week" count lesson by starts_at per week
permission lesson update instructor own
permission learner delete office
nav diary, mine, learners, tests, school
home diary
