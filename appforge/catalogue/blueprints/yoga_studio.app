app yoga-studio "Yoga Studio Classes"
  description "A yoga studio publishes its class timetable, takes drop-in and class-pass bookings and tracks attendance per teacher. Also: pilates studio, meditation classes, class booking system."
  access public
  theme primary=#a16207 background=#fefce8 accent=#65a30d icon="🧘"
role owner "Studio owner"
role teacher "Teacher"
owner_role owner
entity yoga_class "Class"
  display title
  order starts_at
  title: text required
  style: choice(Vinyasa:#f97316, Hatha:#84cc16, Yin:#a855f7, Ashtanga:#dc2626, Restorative:#38bdf8, Prenatal:#ec4899)
  level: choice(Beginner, All levels, Intermediate, Advanced) default="All levels"
  teacher: user
  starts_at: datetime required
  duration_min: integer min=15 max=180 default=60
  capacity: integer min=1 max=60 default=20
  room: choice(Main studio, Small studio, Online)
entity booking
  yoga_class: reference(yoga_class) required
  name: text required
  email: email required
  pass_type: choice(Drop-in:#f59e0b, Class pack:#3b82f6, Unlimited:#22c55e, Intro offer:#ec4899)
  paid: money(USD) min=0
  attended: boolean default=false
view timetable calendar yoga_class "Timetable" fields=title,teacher,room date_field=starts_at
view book form booking "Book a class" fields=yoga_class,name,email,pass_type
view classes table yoga_class fields=starts_at,title,style,level,teacher,capacity sort=starts_at
view register table booking "Register" fields=yoga_class,name,pass_type,attended
dashboard studio "Studio"
  stat "Bookings" count booking
  pie "Pass types" count booking by pass_type
  bar "Classes by style" count yoga_class by style
permission yoga_class create owner,teacher
permission yoga_class update owner,teacher own
permission booking read owner,teacher
permission booking update owner,teacher
nav timetable, book, classes, register, studio
home timetable
