app fermentation-log "Ferment Jar Tracker"
  description "Track kimchi, sauerkraut, kombucha, kefir, miso and other ferments: ingredients, salt percentage, start date, tasting and when they're ready. Also: fermenting log, kombucha batch tracker, pickle jar diary."
  access signin
  theme primary=#65a30d background=#fbfdf4 accent=#c2410c icon="🫙"

entity ferment
  icon "🥬"
  display name
  order -started_on
  name: text required
  kind: choice(Sauerkraut:#84cc16, Kimchi:#dc2626, Kombucha:#d97706, Kefir:#e0f2fe, Hot sauce:#ef4444, Miso:#a16207, Pickles:#16a34a, Vinegar:#7c2d12, Mead:#facc15) required
  ingredients: long_text
  salt_pct: decimal label="Salt %" min=0 max=20
  vessel: choice(Mason jar, Crock, Airlock jar, Swing-top bottle, Bucket)
  started_on: date required
  target_days: integer min=1 max=730
  days_in: computed = days_between(started_on, today())
  days_left: computed = target_days - days_between(started_on, today())
  room_temp_c: decimal label="Room °C" min=0 max=40
  status: choice(Fermenting:#f59e0b, Ready:#22c55e, In the fridge:#3b82f6, Finished:#94a3b8, Mould - binned:#ef4444) default=Fermenting
  photo: image

entity tasting
  icon "👅"
  order -tasted_on
  ferment: reference(ferment) required
  tasted_on: date required
  sourness: rating
  notes: text

view jars kanban ferment "Jars" fields=name,kind,days_in,days_left group_by=status
view ferments table ferment fields=name,kind,started_on,target_days,days_in,days_left,salt_pct,status sort=-started_on
view shelf cards ferment "Shelf" fields=kind,days_in image_field=photo
view tastings table tasting fields=tasted_on,ferment,sourness,notes
view started calendar ferment "Start dates" fields=name,kind date_field=started_on
dashboard crocks "Crocks"
  stat "Fermenting now" count ferment where status=Fermenting
  pie "Kinds" count ferment by kind

nav jars, ferments, shelf, tastings, started, crocks
home jars
