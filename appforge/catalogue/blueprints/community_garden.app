app community-garden "Community Garden Collective"
  description "Run a community garden: shared beds and who tends them, work days and tasks, tools and the produce shared out. Also: shared garden organiser, neighbourhood garden, urban farm volunteers."
  access signin
  theme primary=#15803d background=#f6fdf7 accent=#eab308 icon="🌻"
role coordinator "Coordinator"
role gardener "Gardener"
default_role gardener
owner_role coordinator

entity bed
  icon "🥬"
  display code
  code: text required unique label="Bed"
  size_m2: decimal min=0
  gardener: user label="Tended by"
  growing: text
  accessible: boolean label="Wheelchair accessible" default=false
  status: choice(Planted:#22c55e, Fallow:#a16207, Needs work:#f59e0b, Available:#3b82f6) default=Available

entity work_day "Work day"
  icon "🧤"
  order held_on
  held_on: datetime required
  focus: text
  volunteers_needed: integer min=1
  notes: long_text

entity task
  icon "🧑‍🌾"
  display title
  order due
  title: text required
  work_day: reference(work_day)
  assignee: user
  due: date
  status: choice(To do:#94a3b8, Doing:#3b82f6, Done:#22c55e) default="To do"

entity produce_share "Produce share"
  order -shared_on
  shared_on: date required
  crop: text required
  weight_kg: decimal required min=0
  went_to: choice(Members, Food bank, Community fridge, Market stall)

view beds kanban bed "Beds" fields=code,gardener,growing group_by=status
view work_days calendar work_day "Work days" fields=focus date_field=held_on
view tasks kanban task "Tasks" fields=title,assignee,due group_by=status
view produce table produce_share "Produce shared" fields=shared_on,crop,weight_kg,went_to sort=-shared_on
dashboard harvest "Harvest"
  stat "Kg shared" sum produce_share.weight_kg
  pie "Where produce went" sum produce_share.weight_kg by went_to
  pie "Bed status" count bed by status

permission bed create coordinator
permission work_day create coordinator
permission bed update coordinator
permission bed update gardener own

nav beds, work_days, tasks, produce, harvest
home beds
