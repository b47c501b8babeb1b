app songwriting "Songwriter's Notebook"
  description "A songwriter's notebook: song ideas, lyrics, key, tempo and chord progressions, demo recordings, co-writers and where each song is up to. Also: song ideas tracker, lyrics notebook, songwriting log."
  access signin
  theme primary=#9333ea background=#fcf9ff accent=#f59e0b font="Georgia, serif" icon="✍️"

entity song
  icon "🎵"
  display title
  order -updated_at
  title: text required
  stage: choice(Spark:#94a3b8, Writing:#3b82f6, Arranging:#a855f7, Demo:#f59e0b, Released:#22c55e, Parked:#64748b) default=Spark
  genre: choice(Pop, Folk, Rock, Indie, Country, R&B, Hip hop, Electronic)
  key: text help="e.g. G major, E minor"
  tempo_bpm: integer min=30 max=250
  chords: text label="Chord progression" help="e.g. I-V-vi-IV"
  hook: text
  lyrics: long_text
  co_writers: text
  mood: tags(Happy:#facc15, Sad:#3b82f6, Angry:#ef4444, Romantic:#ec4899, Nostalgic:#a16207, Hopeful:#22c55e)
  demo: file label="Voice memo / demo"
  started_on: date

entity session
  icon "🎙️"
  order -worked_on
  song: reference(song) required
  worked_on: date required
  minutes: integer min=1
  what_changed: text

view songs kanban song "Songs" fields=title,genre,key group_by=stage
view song_list table song "Catalogue" fields=title,stage,genre,key,tempo_bpm,co_writers,started_on
view lyric_sheet detail song "Lyric sheet" fields=title,key,tempo_bpm,chords,hook,lyrics,demo
view capture form song "Capture an idea" fields=title,hook,key,chords,lyrics,demo
view writing_days calendar session "Writing days" fields=song,minutes date_field=worked_on
dashboard output "Output"
  stat "Songs finished" count song where stage=Released
  pie "Stages" count song by stage
  bar "Minutes per song" sum session.minutes by song

nav songs, capture, song_list, writing_days, output
home songs
