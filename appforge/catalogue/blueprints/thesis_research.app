app thesis-research "Thesis Research Organiser"
  description "Organise a thesis or dissertation: literature with citations and reading notes, chapters with word counts and deadlines, and supervisor meetings. Also: dissertation planner, literature review tracker, PhD organiser."
  access signin
  theme primary=#334155 background=#f8fafc accent=#b45309 font="Georgia, serif" icon="🎓"

entity paper
  icon "📄"
  display title
  order -year
  title: text required
  authors: text required
  year: integer min=1800 max=2100
  venue: text label="Journal or venue"
  doi: url label="DOI link"
  pdf: file
  themes: tags(Method:#3b82f6, Theory:#8b5cf6, Case study:#22c55e, Review:#f59e0b, Dataset:#14b8a6)
  reading: choice(To read:#94a3b8, Skimmed:#f59e0b, Read:#3b82f6, Annotated:#22c55e) default="To read"
  relevance: rating
  notes: long_text

entity chapter
  icon "📑"
  display title
  order number
  number: integer required unique min=1
  title: text required
  target_words: integer min=0
  current_words: integer min=0 default=0
  progress_pct: computed = round(current_words / target_words * 100, 0)
  status: choice(Outline:#94a3b8, Drafting:#3b82f6, With supervisor:#f59e0b, Revising:#a855f7, Final:#22c55e) default=Outline
  deadline: date

entity meeting
  icon "🗣️"
  order -held_on
  held_on: date required
  chapter: reference(chapter) label="Chapter discussed"
  agenda: long_text
  actions: long_text

view literature table paper "Literature" fields=title,authors,year,venue,themes,reading,relevance sort=-year
view reading_queue kanban paper "Reading queue" fields=title,authors,year group_by=reading
view chapters table chapter fields=number,title,target_words,current_words,progress_pct,status,deadline sort=number
view deadlines calendar chapter "Deadlines" fields=title,status date_field=deadline
view meetings calendar meeting "Supervisor meetings" fields=agenda date_field=held_on
dashboard progress "Progress"
  stat "Words written" sum chapter.current_words
  stat "Papers read" count paper where reading!="To read"
  bar "Words per chapter" sum chapter.current_words by title

nav progress, chapters, literature, reading_queue, deadlines, meetings
home progress
