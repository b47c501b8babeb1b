app daily-journal "Daily Journal & Mood"
  description "Write a short daily journal entry with mood, energy, gratitude and highlights, and look back over the month. Also: diary, mood journal, gratitude log, reflection notebook."
  access signin
  theme primary=#7c3aed background=#fdfbff accent=#f59e0b font="Georgia, serif" radius=12 icon="📔"

entity prompt
  icon "❓"
  display question
  question: text required unique
  theme: choice(Gratitude:#22c55e, Reflection:#7c3aed, Goals:#3b82f6, Relationships:#ec4899)

entity entry
  icon "✍️"
  display title
  order -day
  day: date required unique
  title: text
  prompt: reference(prompt)
  mood: choice(Great:#22c55e, Good:#84cc16, Okay:#facc15, Low:#f97316, Rough:#ef4444) required
  energy: rating
  sleep_hours: decimal min=0 max=24
  grateful_for: long_text label="Grateful for"
  highlight: text
  body: long_text label="Entry"
  tags: tags(Work:#3b82f6, Family:#ec4899, Friends:#f59e0b, Health:#22c55e, Travel:#0ea5e9, Creative:#a855f7)
  photo: image
  private: boolean default=true

view write form entry "Today's entry" fields=day,title,prompt,mood,energy,sleep_hours,grateful_for,highlight,body,tags,photo
view journal calendar entry "Journal" fields=title,mood date_field=day
view entries table entry "Entries" fields=day,title,mood,energy,sleep_hours,tags sort=-day
view prompts table prompt fields=question,theme
view entry_page detail entry "Entry" fields=day,title,mood,energy,grateful_for,highlight,body,photo
dashboard reflection "Reflection"
  pie "Moods" count entry by mood
  line "Average energy per week" avg entry.energy by day per week
  stat "Entries written" count entry
  stat "Average sleep" avg entry.sleep_hours

permission entry read signed_in own
permission entry update signed_in own
permission entry delete signed_in own

nav write, journal, entries, prompts, reflection
home write
