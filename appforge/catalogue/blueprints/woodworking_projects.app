app woodworking-projects "Woodshop Project Tracker"
  description "Woodworking projects with cut lists, timber and hardware costs, build stages and finished photos, plus the tool inventory. Also: woodwork planner, furniture build log, workshop tracker."
  access signin
  theme primary=#92400e background=#fdf9f3 accent=#1d4ed8 icon="🪚"

entity project
  icon "🪑"
  display name
  order -started_on
  name: text required
  type: choice(Furniture:#92400e, Box:#b45309, Turning:#d97706, Outdoor:#15803d, Shop jig:#64748b, Gift:#db2777)
  wood_species: tags(Oak:#a16207, Walnut:#451a03, Maple:#fde68a, Cherry:#9f1239, Pine:#fcd34d, Ash:#e7e5e4, Plywood:#d6d3d1)
  stage: choice(Design:#94a3b8, Milling:#f59e0b, Joinery:#3b82f6, Glue-up:#8b5cf6, Finishing:#ec4899, Done:#22c55e) default=Design
  cut_list: long_text
  plans: file
  materials_cost: money(USD) min=0
  tools_used: many_to_many(tool)
  hours: decimal min=0
  started_on: date
  finished_on: date
  photo: image

entity tool
  icon "🔨"
  display name
  name: text required
  kind: choice(Hand tool, Power tool, Stationary machine, Clamp, Measuring, Sharpening)
  brand: text
  bought_on: date
  price: money(USD) min=0
  needs_maintenance: boolean default=false

view projects kanban project "Build board" fields=name,type,wood_species group_by=stage
view gallery cards project "Gallery" fields=type,wood_species,finished_on image_field=photo
view project_list table project fields=name,type,stage,materials_cost,hours,started_on,finished_on
view tools table tool fields=name,kind,brand,price,needs_maintenance
dashboard shop "Shop"
  stat "Materials spent" sum project.materials_cost
  stat "Hours in the shop" sum project.hours
  bar "Projects by type" count project by type

nav projects, gallery, project_list, tools, shop
home projects
