app music-practice-log "Instrument Practice Diary"
  description "Log instrument practice: minutes per day, pieces and scales worked on, tempo reached on the metronome and teacher's notes for lessons. Also: practice tracker, music practice journal, piano practice log."
  access signin
  theme primary=#1d4ed8 background=#f8faff accent=#db2777 icon="🎹"

entity piece
  icon "🎼"
  display title
  order title
  title: text required
  composer: text
  instrument: choice(Piano:#111827, Guitar:#a16207, Violin:#b45309, Cello:#7c2d12, Flute:#94a3b8, Voice:#ec4899, Drums:#ef4444)
  grade: text help="Exam grade or level."
  target_bpm: integer label="Target tempo (BPM)" min=20 max=300
  status: choice(Learning:#3b82f6, Polishing:#f59e0b, Performance ready:#22c55e, Shelved:#94a3b8) default=Learning
  sheet_music: file

entity practice
  icon "⏱️"
  order -practised_on
  practised_on: date required
  piece: reference(piece)
  focus: choice(Scales:#0ea5e9, Technique:#8b5cf6, Repertoire:#22c55e, Sight-reading:#f59e0b, Theory:#64748b, Improvisation:#ec4899) required
  minutes: integer required min=1 max=600
  bpm_reached: integer label="Tempo reached" min=20 max=300
  quality: rating
  notes: text

view log form practice "Log practice" fields=practised_on,piece,focus,minutes,bpm_reached,quality,notes
view practice_calendar calendar practice "Practice calendar" fields=focus,minutes date_field=practised_on
view sessions table practice fields=practised_on,piece,focus,minutes,bpm_reached,quality sort=-practised_on
view repertoire kanban piece "Repertoire" fields=title,composer,target_bpm group_by=status
dashboard practice_time "Practice time"
  stat "Minutes practised" sum practice.minutes
  line "Minutes per week" sum practice.minutes by practised_on per week
  pie "Time by focus" sum practice.minutes by focus
  bar "Minutes per piece" sum practice.minutes by piece

nav log, practice_calendar, sessions, repertoire, practice_time
home log
