app choir-rota "Choir Rehearsals & Rota"
  description "Organise a choir: singers by voice part, rehearsals and concerts, who's attending, and the repertoire being learnt. Also: choir management, rehearsal attendance, singers rota, music library."
  access signin
  theme primary=#7e22ce background=#fcf8ff accent=#ca8a04 font="Georgia, serif" icon="🎶"
role director "Music director"
role singer "Singer"
default_role singer
owner_role director

entity singer
  icon "🎤"
  display name
  order voice_part
  name: text required
  voice_part: choice(Soprano:#ec4899, Alto:#a855f7, Tenor:#3b82f6, Bass:#1e3a8a) required
  email: email
  phone: phone
  account: user

entity piece
  icon "🎼"
  display title
  title: text required
  composer: text
  voicing: choice(SATB, SSA, TTBB, Unison, SAB)
  status: choice(Learning:#f59e0b, Performance ready:#22c55e, Retired:#94a3b8) default=Learning
  score: file
  rehearsal_track: url

entity session
  icon "📅"
  order starts_at
  starts_at: datetime required
  kind: choice(Rehearsal:#3b82f6, Concert:#ca8a04, Sectional:#22c55e) required
  venue: text
  pieces: many_to_many(piece)

entity attendance
  icon "✅"
  session: reference(session) required
  singer: reference(singer) required
  answer: choice(Attending:#22c55e, Late:#f59e0b, Absent:#ef4444) required

view schedule calendar session "Schedule" fields=kind,venue date_field=starts_at
view singers table singer fields=name,voice_part,email,phone sort=voice_part
view repertoire kanban piece "Repertoire" fields=title,composer,voicing group_by=status
view reply form attendance "Will you be there?" fields=session,singer,answer
view register table attendance "Register" fields=session,singer,answer
dashboard balance "Balance"
  pie "Voice parts" count singer by voice_part
  bar "Absences per session" count attendance by session where answer=Absent

permission session create director
permission piece create director
permission piece update director
permission attendance update signed_in own

nav schedule, reply, repertoire, singers, register, balance
home schedule
