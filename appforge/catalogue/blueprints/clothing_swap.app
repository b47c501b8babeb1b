app clothing-swap "Clothing Swap Rail"
  description "Organise a clothes swap: people drop off clothes for tokens, items go on the rail by size and type, and swappers take them home. Also: clothes swap event, swap shop, sustainable fashion exchange."
  access signin
  theme primary=#be185d background=#fff7fb accent=#16a34a radius=14 icon="👗"
role organiser "Organiser"
role swapper "Swapper"
default_role swapper
owner_role organiser

entity swap_event "Swap event"
  icon "🗓️"
  display title
  order starts_at
  title: text required
  starts_at: datetime required
  venue: text
  max_items_per_person: integer min=1 default=10

entity garment
  icon "👚"
  display description
  order -created_at
  event: reference(swap_event)
  description: text required
  type: choice(Tops:#ec4899, Trousers:#3b82f6, Dresses:#a855f7, Knitwear:#f59e0b, Coats:#64748b, Shoes:#a16207, Accessories:#eab308, Kids:#22c55e) required
  size: choice(XS, S, M, L, XL, XXL, Kids, One size)
  brand: text
  condition: choice(New with tags:#22c55e, Like new:#84cc16, Good:#f59e0b, Loved:#f97316)
  tokens: integer min=1 max=5 default=1
  photo: image
  status: choice(On the rail:#3b82f6, Swapped:#22c55e, Donated:#94a3b8) default="On the rail"

view rail cards garment "The rail" fields=type,size,condition,tokens image_field=photo where status="On the rail"
view drop_off form garment "Drop off" fields=event,description,type,size,brand,condition,photo
view items kanban garment "Item status" fields=description,size,type group_by=status
view events calendar swap_event "Swap events" fields=title,venue date_field=starts_at
dashboard circular "Circular fashion"
  stat "Items swapped" count garment where status=Swapped
  pie "Items by type" count garment by type
  bar "Items per event" count garment by event

permission swap_event create organiser
permission garment update organiser
permission garment update swapper own

nav rail, drop_off, items, events, circular
home rail
