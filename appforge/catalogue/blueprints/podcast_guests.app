app podcast-guests "Podcast Guest Booking"
  description "Book and manage podcast guests: outreach pipeline, recording sessions, episode production stages and publish dates, with guest bios and links. Also: podcast planner, guest outreach tracker, episode pipeline."
  access signin
  theme primary=#7c3aed background=#faf7ff accent=#f97316 icon="🎙️"

entity guest
  icon "🧑‍🎤"
  display name
  name: text required
  email: email
  topic: text
  bio: long_text
  website: url
  socials: url
  headshot: image
  outreach: choice(Wishlist:#94a3b8, Contacted:#3b82f6, Followed up:#6366f1, Agreed:#22c55e, Declined:#ef4444) default=Wishlist

entity episode
  icon "🎧"
  display title
  order number
  number: integer required unique min=1
  title: text required
  guest: reference(guest)
  recording_at: datetime
  publish_on: date
  stage: choice(Planned:#94a3b8, Recorded:#3b82f6, Editing:#f59e0b, Scheduled:#a855f7, Published:#22c55e) default=Planned
  duration_min: integer min=1
  show_notes: long_text
  audio_file: file
  downloads: integer min=0

view outreach kanban guest "Guest outreach" fields=name,topic group_by=outreach
view guests cards guest "Guests" fields=topic,outreach image_field=headshot
view production kanban episode "Production" fields=number,title,guest,publish_on group_by=stage
view recordings calendar episode "Recording calendar" fields=title,guest date_field=recording_at
view episodes table episode fields=number,title,guest,publish_on,stage,duration_min,downloads sort=number
dashboard listeners "Listeners"
  bar "Downloads per episode" sum episode.downloads by title
  stat "Episodes published" count episode where stage=Published
  line "Downloads by month" sum episode.downloads by publish_on per month

nav production, outreach, guests, recordings, episodes, listeners
home production
