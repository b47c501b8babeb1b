app knitting-projects "Knitting Project Notebook"
  description "Knitting and crochet projects with pattern, yarn, needle size, progress and photos, plus a yarn stash. Also: knitting tracker, yarn stash manager, crochet project log, Ravelry-style notebook."
  access signin
  theme primary=#be185d background=#fff8fb accent=#0d9488 radius=14 icon="🧶"

entity yarn
  icon "🧶"
  display name
  name: text required
  brand: text
  weight: choice(Lace, Fingering, DK, Worsted, Aran, Chunky, Super chunky)
  fibre: tags(Merino:#f5d0fe, Wool:#d6d3d1, Cotton:#fef3c7, Alpaca:#e7e5e4, Acrylic:#bfdbfe, Silk:#fbcfe8, Mohair:#ede9fe)
  colourway: text
  skeins: decimal min=0
  metres_per_skein: integer min=1
  photo: image

entity project
  icon "🧣"
  display name
  order -started_on
  name: text required
  craft: choice(Knitting:#be185d, Crochet:#7c3aed) default=Knitting
  pattern: text
  pattern_link: url
  yarn: reference(yarn)
  needle_mm: decimal label="Needle / hook (mm)" min=1 max=25
  for_whom: text
  status: choice(Queued:#94a3b8, Casting on:#3b82f6, On the needles:#f59e0b, Blocking:#a855f7, Finished:#22c55e, Frogged:#ef4444) default=Queued
  progress_pct: integer label="Progress %" min=0 max=100 default=0
  started_on: date
  finished_on: date
  photo: image
  notes: long_text

view projects kanban project "Projects" fields=name,pattern,progress_pct group_by=status
view gallery cards project "Finished objects" fields=pattern,yarn,finished_on image_field=photo
view stash cards yarn "Yarn stash" fields=brand,weight,skeins image_field=photo
view project_list table project fields=name,craft,pattern,yarn,needle_mm,status,progress_pct,started_on
dashboard crafting "Crafting"
  stat "On the needles" count project where status="On the needles"
  stat "Skeins in stash" sum yarn.skeins
  pie "Stash by weight" count yarn by weight

nav projects, gallery, stash, project_list, crafting
home projects
