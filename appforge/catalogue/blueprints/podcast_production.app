app podcast-production "Podcast Production Board"
  description "A podcast team plans episodes from idea to publish: guests, recording sessions, editing, show notes and download numbers. Also: podcast planner, episode tracker, audio show production."
  access signin
  theme primary=#7c3aed background=#faf5ff accent=#f59e0b icon="🎙️"
entity show
  display name
  name: text required unique
  feed_url: url
  artwork: image
entity episode
  display title
  show: reference(show) required
  number: integer min=0
  title: text required
  guest: text
  guest_email: email
  record_at: datetime
  publish_on: date
  stage: choice(Idea:#94a3b8, Booked:#3b82f6, Recorded:#f59e0b, Editing:#a855f7, Scheduled:#06b6d4, Published:#22c55e) default=Idea
  duration_min: integer min=0 max=600
  audio: file
  show_notes: long_text
  downloads_30d: integer min=0
  sponsor: text
view board kanban episode "Production" fields=title,show,guest group_by=stage
view recordings calendar episode "Recordings" fields=title,guest date_field=record_at
view releases calendar episode "Releases" fields=title,show date_field=publish_on
view episodes table episode fields=number,title,show,publish_on,downloads_30d sort=-number
view shows cards show "Shows" fields=feed_url image_field=artwork
dashboard audience "Audience"
  stat "Downloads (30 days)" sum episode.downloads_30d
  bar "Downloads by show" sum episode.downloads_30d by show
  line "Episodes per month" count episode by publish_on per month
nav board, recordings, releases, episodes, shows, audience
home board
