app winery-cellar "Winery Barrel & Vintage Tracker"
  description "A winery tracks harvests by vineyard block, barrels in the cellar, lab analyses and bottling runs. Also: winemaking log, vineyard to bottle, barrel inventory."
  access signin
  theme primary=#7f1d1d background=#fdf2f8 accent=#65a30d icon="🍷"
role winemaker "Winemaker"
role cellar_hand "Cellar hand"
default_role cellar_hand
owner_role winemaker
entity lot "Wine lot"
  display code
  code: text required unique
  vintage: integer min=1950 max=2100 required
  varietal: choice(Cabernet Sauvignon:#7f1d1d, Merlot:#9f1239, Pinot Noir:#be123c, Chardonnay:#facc15, Sauvignon Blanc:#bef264, Syrah:#581c87)
  block: text
  harvested_on: date
  tonnes: decimal min=0
  brix_at_harvest: decimal min=0 max=35
  status: choice(Fermenting:#f59e0b, In barrel:#92400e, Blending:#8b5cf6, Bottled:#22c55e) default=Fermenting
entity barrel
  display barrel_number
  barrel_number: text required unique
  lot: reference(lot)
  oak: choice(French, American, Hungarian, Neutral)
  fill_year: integer min=1990 max=2100
  litres: integer min=0 max=600 default=225
  last_topped: date
entity lab_analysis "Lab analysis"
  lot: reference(lot) required
  tested_on: date required
  ph: decimal min=2 max=5
  alcohol_pct: decimal min=0 max=20
  free_so2: decimal min=0
view lots kanban lot "Lots" fields=code,varietal,vintage group_by=status
view barrels table barrel fields=barrel_number,lot,oak,litres,last_topped sort=last_topped
view lab table lab_analysis "Lab" fields=tested_on,lot,ph,alcohol_pct,free_so2 sort=-tested_on
view topping calendar barrel "Topping" fields=barrel_number,lot date_field=last_topped
dashboard cellar "Cellar"
  stat "Barrels" count barrel
  pie "Varietals" count lot by varietal
  bar "Tonnes by vintage" sum lot.tonnes by vintage
permission lot create winemaker
permission lot delete winemaker
nav lots, barrels, lab, topping, cellar
home lots
