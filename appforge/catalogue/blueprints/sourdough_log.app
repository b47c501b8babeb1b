app sourdough-log "Sourdough Bake Book"
  description "Feed the starter and log every loaf: flour mix, hydration, levain, bulk and proof times, oven and crumb photos. Also: bread baking journal, sourdough starter tracker, bake log."
  access signin
  theme primary=#a16207 background=#fffbf2 accent=#7c2d12 font="Georgia, serif" icon="🍞"

entity feeding
  icon "🫙"
  order -fed_at
  fed_at: datetime required
  starter_g: integer label="Starter (g)" min=1
  flour_g: integer label="Flour (g)" min=1
  water_g: integer label="Water (g)" min=1
  flour_type: choice(White, Wholemeal, Rye, Spelt, Mixed)
  peak_hours: decimal label="Hours to peak" min=0 max=48
  activity: choice(Sluggish:#ef4444, OK:#f59e0b, Lively:#22c55e)

entity bake
  icon "🍞"
  order -baked_on
  baked_on: date required
  loaf: text required default="Country loaf"
  flour_g: integer required label="Flour (g)" min=50
  water_g: integer required label="Water (g)" min=10
  hydration_pct: computed label="Hydration %" = round(water_g / flour_g * 100, 0)
  levain_g: integer label="Levain (g)" min=0
  starter_feed: reference(feeding) label="Levain built from"
  salt_g: decimal label="Salt (g)" min=0
  bulk_hours: decimal min=0 max=24
  cold_proof_hours: decimal min=0 max=72
  oven_temp_c: integer label="Oven °C" min=150 max=300
  crumb: choice(Tight:#94a3b8, Even:#22c55e, Open:#3b82f6, Gummy:#ef4444)
  rating: rating
  crumb_photo: image
  notes: long_text

view bakes table bake fields=baked_on,loaf,flour_g,water_g,hydration_pct,bulk_hours,crumb,rating sort=-baked_on
view log_bake form bake "Log a bake" fields=baked_on,loaf,flour_g,water_g,levain_g,salt_g,bulk_hours,cold_proof_hours,oven_temp_c,crumb,rating,crumb_photo,notes
view crumb_shots cards bake "Crumb shots" fields=baked_on,hydration_pct,rating image_field=crumb_photo
view bake_calendar calendar bake "Bake days" fields=loaf date_field=baked_on
view feedings table feeding "Starter feedings" fields=fed_at,starter_g,flour_g,water_g,flour_type,peak_hours,activity sort=-fed_at
dashboard baking "Baking"
  stat "Loaves baked" count bake
  bar "Rating by crumb" avg bake.rating by crumb
  line "Bakes per month" count bake by baked_on per month

nav log_bake, bakes, crumb_shots, bake_calendar, feedings, baking
home bakes
