app language-learning "Language Study Tracker"
  description "Learn a language: vocabulary flashcards with spaced-repetition review dates, study sessions by skill and minutes, and level progress. Also: vocab list, flashcard deck, study log, language journal."
  access signin
  theme primary=#2563eb background=#f7f9ff accent=#f59e0b icon="🗣️"

entity word
  icon "🔤"
  display term
  order next_review
  term: text required
  translation: text required
  language: choice(Spanish:#f59e0b, French:#3b82f6, German:#111827, Italian:#16a34a, Japanese:#dc2626, Mandarin:#b91c1c, Portuguese:#15803d, Korean:#6366f1) required
  part_of_speech: choice(Noun, Verb, Adjective, Adverb, Phrase, Other)
  example: long_text
  audio: file
  box: integer label="Leitner box" min=1 max=5 default=1
  next_review: date
  due_in_days: computed = days_between(today(), next_review)
  mastered: boolean default=false

entity study_session "Study session"
  icon "⏳"
  order -studied_on
  studied_on: date required
  skill: choice(Vocabulary:#3b82f6, Grammar:#8b5cf6, Listening:#14b8a6, Speaking:#f97316, Reading:#22c55e, Writing:#ec4899) required
  minutes: integer required min=1 max=600
  resource: text help="App, textbook, tutor, podcast..."
  level: choice(A1, A2, B1, B2, C1, C2)
  notes: text

view review table word "Due for review" fields=term,translation,language,box,next_review,due_in_days sort=next_review where mastered=false
view words table word "All words" fields=term,translation,language,part_of_speech,box,mastered sort=term
view add_word form word "Add a word" fields=term,translation,language,part_of_speech,example,audio
view log form study_session "Log study" fields=studied_on,skill,minutes,resource,level,notes
view study_calendar calendar study_session "Study calendar" fields=skill,minutes date_field=studied_on
dashboard progress "Progress"
  stat "Minutes studied" sum study_session.minutes
  stat "Words mastered" count word where mastered=true
  pie "Time by skill" sum study_session.minutes by skill
  line "Minutes per week" sum study_session.minutes by studied_on per week

nav review, words, add_word, log, study_calendar, progress
home review
