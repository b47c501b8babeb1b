app lego-sets "LEGO Set Collection"
  description "Catalogue LEGO sets by set number and theme with piece counts, minifigures, build status and whether the box and instructions are complete. Also: brick collection, LEGO inventory, minifig tracker."
  access signin
  theme primary=#dc2626 background=#fffef5 accent=#facc15 radius=4 icon="🧱"

entity set
  icon "📦"
  display name
  order set_number
  set_number: text required unique label="Set number"
  name: text required
  theme_name: choice(City:#2563eb, Technic:#475569, Star Wars:#111827, Creator:#f97316, Ideas:#eab308, Friends:#ec4899, Ninjago:#16a34a, Icons:#7c3aed, Harry Potter:#7f1d1d, Architecture:#a8a29e) label="Theme"
  year: integer min=1949 max=2100
  pieces: integer min=1
  minifigures: integer min=0
  box_photo: image
  status: choice(Wishlist:#94a3b8, Sealed:#3b82f6, To build:#f59e0b, Building:#a855f7, Built:#22c55e, Displayed:#16a34a, Taken apart:#64748b) default=Sealed
  complete: boolean label="All pieces" default=true
  has_box: boolean default=true
  has_instructions: boolean default=true
  rrp: money(GBP) label="RRP" min=0
  paid: money(GBP) min=0
  price_per_piece: computed = round(paid / pieces, 3)
  storage: text

entity minifigure
  icon "🧑‍🚀"
  display name
  name: text required
  set: reference(set)
  character: text
  figure_id: text label="Figure ID"
  photo: image

view shelf cards set "Shelf" fields=set_number,theme_name,pieces,status image_field=box_photo
view build_queue kanban set "Build queue" fields=set_number,name,pieces group_by=status
view sets table set "All sets" fields=set_number,name,theme_name,year,pieces,minifigures,status,paid,price_per_piece sort=set_number
view minifigs cards minifigure "Minifigures" fields=character,set image_field=photo
view add form set "Add a set" fields=set_number,name,theme_name,year,pieces,minifigures,box_photo,status,rrp,paid
dashboard bricks "Bricks"
  stat "Sets" count set
  stat "Pieces" sum set.pieces
  stat "Spent" sum set.paid
  pie "Themes" count set by theme_name

nav shelf, build_queue, sets, minifigs, add, bricks
home shelf
