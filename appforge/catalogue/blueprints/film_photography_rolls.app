app film-photography-rolls "Film Roll Tracker"
  description "Track analogue film rolls from loading to scanning: camera, film stock, ISO and push/pull, development lab, and the frames' exposure notes. Also: film photography log, 35mm roll notebook, analogue camera log."
  access signin
  theme primary=#78350f background=#fbf8f2 accent=#dc2626 radius=2 icon="🎞️"

entity camera
  icon "📷"
  display name
  name: text required unique
  format: choice(35mm:#b45309, 120:#1d4ed8, Large format:#111827, Instant:#ec4899, Half frame:#65a30d)
  lens: text
  photo: image

entity roll
  icon "🎞️"
  display label
  order -loaded_on
  label: text required help="e.g. #042 Portra Lisbon"
  camera: reference(camera) required
  film_stock: choice(Portra 400:#f59e0b, Ektar 100:#ef4444, Gold 200:#eab308, HP5 Plus:#111827, Tri-X 400:#374151, Delta 3200:#1f2937, Cinestill 800T:#1d4ed8, Velvia 50:#16a34a) required
  box_iso: integer label="Box ISO" min=1 max=6400
  shot_at_iso: integer label="Shot at ISO" min=1 max=25600
  push_pull_stops: decimal label="Push/pull (stops)" min=-3 max=3 default=0
  exposures: integer min=1 max=72 default=36
  loaded_on: date required
  finished_on: date
  developed_by: choice(Home dev, Local lab, Mail-in lab)
  dev_cost: money(EUR) min=0
  status: choice(In camera:#f59e0b, Exposed:#a855f7, At the lab:#3b82f6, Developed:#14b8a6, Scanned:#22c55e) default="In camera"
  best_frame: image
  notes: long_text

view rolls kanban roll "Rolls" fields=label,film_stock,camera group_by=status
view roll_list table roll "Roll log" fields=label,camera,film_stock,shot_at_iso,push_pull_stops,loaded_on,status sort=-loaded_on
view contact_sheet cards roll "Best frames" fields=film_stock,camera,finished_on image_field=best_frame
view load form roll "Load a roll" fields=label,camera,film_stock,box_iso,shot_at_iso,exposures,loaded_on
view cameras table camera fields=name,format,lens
dashboard darkroom "Darkroom"
  stat "Rolls shot" count roll
  pie "Film stocks" count roll by film_stock
  stat "Lab spend" sum roll.dev_cost

nav rolls, roll_list, contact_sheet, load, cameras, darkroom
home rolls
