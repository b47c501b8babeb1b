app quilting-projects "Quilt Studio Planner"
  description "Plan quilts from pattern to binding: block counts, finished size, fabrics used and stages, with a fabric stash. Also: quilting tracker, patchwork planner, fabric stash log."
  access signin
  theme primary=#9d174d background=#fffaf5 accent=#0369a1 icon="🪡"

entity fabric
  icon "🧵"
  display name
  name: text required
  designer: text
  colour_family: choice(Red:#dc2626, Blue:#2563eb, Green:#16a34a, Yellow:#eab308, Neutral:#d6d3d1, Black:#111827, Multi:#a855f7)
  yards: decimal min=0
  price_per_yard: money(USD) min=0
  stash_value: computed = yards * price_per_yard
  swatch: image

entity quilt
  icon "🛏️"
  display name
  order -started_on
  name: text required
  pattern: text
  size: choice(Mini, Baby, Throw, Twin, Queen, King)
  width_in: integer label="Width (in)" min=1
  length_in: integer label="Length (in)" min=1
  blocks: integer min=1
  fabrics: many_to_many(fabric)
  stage: choice(Planning:#94a3b8, Cutting:#3b82f6, Piecing:#8b5cf6, Basting:#f59e0b, Quilting:#ec4899, Binding:#f97316, Finished:#22c55e) default=Planning
  recipient: text
  started_on: date
  deadline: date
  photo: image

view board kanban quilt "Quilt board" fields=name,size,deadline group_by=stage
view quilts table quilt fields=name,pattern,size,width_in,length_in,blocks,stage,deadline
view deadlines calendar quilt "Deadlines" fields=name,recipient date_field=deadline
view stash cards fabric "Fabric stash" fields=colour_family,yards image_field=swatch
dashboard studio "Studio"
  stat "Quilts in progress" count quilt where stage!=Finished
  stat "Stash value" sum fabric.stash_value
  pie "Stash colours" sum fabric.yards by colour_family

nav board, quilts, deadlines, stash, studio
home board
