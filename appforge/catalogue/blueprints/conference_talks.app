app conference-talks "Conference Talk Submissions"
  description "Run a conference call for papers: speakers submit talks, reviewers score them, accepted talks go into the schedule by room and time. Also: CFP manager, call for proposals, speaker submissions, conference programme."
  access signin
  theme primary=#6d28d9 background=#faf8ff accent=#06b6d4 icon="🎤"
role organiser "Organiser"
role reviewer "Reviewer"
role speaker "Speaker"
default_role speaker
owner_role organiser

entity talk
  icon "🗣️"
  display title
  order title
  title: text required
  speaker_name: text required
  speaker_email: email required
  abstract: long_text required
  track: choice(Engineering:#3b82f6, Design:#ec4899, Data:#14b8a6, Leadership:#f59e0b, Security:#ef4444)
  format: choice(Lightning 5 min, Talk 30 min, Workshop 90 min, Keynote) required
  level: choice(Beginner, Intermediate, Advanced)
  status: choice(Submitted:#94a3b8, In review:#3b82f6, Accepted:#22c55e, Waitlisted:#f59e0b, Rejected:#ef4444) default=Submitted
  room: choice(Main hall, Room A, Room B, Workshop room)
  slot: datetime
  slides: file

entity review
  icon "📝"
  talk: reference(talk) required
  score: integer required min=1 max=5
  comments: long_text

view submit form talk "Submit a talk" fields=title,speaker_name,speaker_email,abstract,track,format,level
view review_board kanban talk "Review board" fields=title,speaker_name,track group_by=status
view talks table talk fields=title,speaker_name,track,format,status,room,slot sort=title
view schedule calendar talk "Schedule" fields=title,room date_field=slot where status=Accepted
view reviews table review fields=talk,score,comments,created_by
dashboard cfp "CFP"
  stat "Submissions" count talk
  pie "By track" count talk by track
  bar "Average score per talk" avg review.score by talk

permission talk update organiser
permission talk read organiser,reviewer
permission talk read speaker own
permission review create reviewer,organiser
permission review read reviewer,organiser

nav submit, review_board, talks, schedule, reviews, cfp
home review_board
