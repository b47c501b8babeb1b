app pottery-studio "Pottery Studio & Kiln"
  description "A ceramics studio runs wheel-throwing classes, sells memberships with shelf space, and schedules bisque and glaze kiln firings. Also: ceramics studio, clay classes, kiln log."
  access signin
  theme primary=#9a3412 background=#fdf6f0 accent=#0f766e icon="🏺"
role owner "Studio owner"
role member "Member"
default_role member
owner_role owner
entity pottery_class "Class"
  display title
  title: text required
  kind: choice(Wheel taster:#f97316, 6-week wheel:#9a3412, Hand-building:#65a30d, Glazing:#0ea5e9)
  starts_at: datetime required
  places: integer min=1 max=12 default=8
  price: money(GBP) min=0
entity firing "Kiln firing"
  kiln: choice(Big kiln, Test kiln)
  fired_at: datetime required
  firing_type: choice(Bisque:#f59e0b, Glaze:#3b82f6, Raku:#ef4444) required
  cone: choice(Cone 04, Cone 6, Cone 10)
  pieces: integer min=0
  loaded_by: user
  result_notes: long_text
entity piece
  maker: user
  description: text required
  clay: choice(Stoneware, Porcelain, Earthenware)
  glaze: text
  stage: choice(Greenware:#a3a3a3, Bisqued:#f59e0b, Glazed:#3b82f6, Done:#22c55e) default=Greenware
  photo: image
view classes calendar pottery_class "Classes" fields=title,places date_field=starts_at
view kiln calendar firing "Kiln log" fields=firing_type,kiln date_field=fired_at
view shelf kanban piece "Shelf" fields=description,maker,glaze group_by=stage
view gallery cards piece "Gallery" fields=clay,glaze image_field=photo
dashboard studio "Studio"
  stat "Pieces fired" sum firing.pieces
  pie "Firing types" count firing by firing_type
permission pottery_class create owner
permission firing create owner
permission piece update owner,member own
nav classes, kiln, shelf, gallery, studio
home shelf
