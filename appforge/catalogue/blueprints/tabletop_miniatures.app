app tabletop-miniatures "Miniatures Painting Queue"
  description "Track a wargaming miniatures collection and the pile of shame: units by army and game, points values, painting stage, paints and photos of finished models. Also: Warhammer collection tracker, mini painting log, army list manager."
  access signin
  theme primary=#334155 background=#f8fafc accent=#b91c1c icon="🗡️"

entity army
  icon "🛡️"
  display name
  name: text required unique
  game: choice(Warhammer 40k:#1e3a8a, Age of Sigmar:#ca8a04, Kill Team:#b91c1c, Bolt Action:#4d7c0f, Star Wars Legion:#111827, Other) required
  colour_scheme: text

entity unit
  icon "🪖"
  display name
  order army
  name: text required
  army: reference(army) required
  role: choice(HQ:#ca8a04, Troops:#16a34a, Elites:#7c3aed, Fast attack:#0ea5e9, Heavy support:#b91c1c, Vehicle:#475569)
  models: integer min=1 default=1
  points: integer min=0
  stage: choice(In box:#94a3b8, Built:#a8a29e, Primed:#111827, Base coated:#3b82f6, Detailing:#a855f7, Based:#a16207, Finished:#22c55e) default="In box"
  paints_used: tags(Contrast:#ec4899, Wash:#78350f, Metallic:#ca8a04, Layer:#3b82f6, Technical:#16a34a)
  hours_painted: decimal min=0
  photo: image

view queue kanban unit "Painting queue" fields=name,army,models group_by=stage
view display cards unit "Display cabinet" fields=army,role,points image_field=photo where stage=Finished
view units table unit "Collection" fields=name,army,role,models,points,stage,hours_painted sort=army
view armies table army fields=name,game,colour_scheme
dashboard shame "Pile of shame"
  stat "Unpainted models" sum unit.models where stage="In box"
  stat "Hours painted" sum unit.hours_painted
  bar "Points per army" sum unit.points by army
  pie "Stages" sum unit.models by stage

nav queue, display, units, armies, shame
home queue
