app plant-swap-club "Plant Swap Club"
  description "A plant swap group: members list cuttings, seedlings and plants they offer or want, arrange swaps and meet at swap events. Also: plant exchange, cutting swap, seed swap meetup."
  access signin
  theme primary=#16a34a background=#f6fdf8 accent=#db2777 radius=14 icon="🌱"
role host "Host"
role swapper "Swapper"
default_role swapper
owner_role host

entity listing
  icon "🪴"
  display plant
  order -created_at
  plant: text required
  kind: choice(Offer:#22c55e, Want:#3b82f6) required default=Offer
  form: choice(Cutting:#84cc16, Rooted cutting:#22c55e, Seedling:#a3e635, Mature plant:#15803d, Seeds:#a16207, Pup / offset:#10b981)
  care_level: choice(Easy:#22c55e, Medium:#f59e0b, Fussy:#ef4444)
  photo: image
  area: text help="Neighbourhood for pick-up."
  status: choice(Available:#22c55e, Promised:#f59e0b, Swapped:#64748b) default=Available
  owner: created_by

entity swap
  icon "🔄"
  order meet_on
  given: reference(listing) required
  received: reference(listing)
  meet_on: date
  place: text
  done: boolean default=false

entity swap_meet "Swap meet"
  icon "🎪"
  display title
  order starts_at
  title: text required
  starts_at: datetime required
  venue: text
  description: long_text

view market cards listing "Swap table" fields=kind,form,care_level,area image_field=photo where status=Available
view list_plant form listing "List a plant" fields=plant,kind,form,care_level,photo,area
view listings kanban listing "Listings" fields=plant,kind,owner group_by=status
view swaps table swap fields=given,received,meet_on,place,done
view meets calendar swap_meet "Swap meets" fields=title,venue date_field=starts_at
dashboard club "Club"
  stat "Plants swapped" count listing where status=Swapped
  pie "Offers and wants" count listing by kind
  bar "Listings by form" count listing by form

permission listing update swapper own
permission listing delete swapper own
permission listing update host
permission swap_meet create host

nav market, list_plant, listings, swaps, meets, club
home market
