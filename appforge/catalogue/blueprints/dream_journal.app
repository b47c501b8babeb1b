app dream-journal "Dream Journal"
  description "Write down dreams on waking: what happened, people and places, emotions, recurring symbols and lucid dreams. Also: dream diary, lucid dreaming log, sleep journal."
  access signin
  theme primary=#4338ca background=#0f0d1f text=#e0e7ff accent=#f0abfc dark=true icon="🌙"

entity symbol
  icon "🔮"
  display name
  name: text required unique
  meaning: long_text

entity dream
  icon "💭"
  display title
  order -dreamt_on
  title: text required
  dreamt_on: date required
  story: long_text required
  emotion: choice(Joy:#facc15, Fear:#7f1d1d, Anxiety:#f97316, Sadness:#3b82f6, Wonder:#a855f7, Calm:#22c55e, Confusion:#94a3b8)
  lucid: boolean default=false
  nightmare: boolean default=false
  recurring: boolean default=false
  symbols: many_to_many(symbol)
  vividness: rating
  sleep_quality: rating
  sketch: image

view journal table dream "Journal" fields=dreamt_on,title,emotion,lucid,nightmare,vividness sort=-dreamt_on
view record form dream "Record a dream" fields=title,dreamt_on,story,emotion,lucid,nightmare,recurring,symbols,vividness,sleep_quality,sketch
view dream_calendar calendar dream "Calendar" fields=title,emotion date_field=dreamt_on
view symbols table symbol fields=name,meaning
dashboard patterns "Dream patterns"
  stat "Lucid dreams" count dream where lucid=true
  pie "Emotions" count dream by emotion
  line "Dreams per month" count dream by dreamt_on per month

permission dream read signed_in own
nav record, journal, dream_calendar, symbols, patterns
home record
