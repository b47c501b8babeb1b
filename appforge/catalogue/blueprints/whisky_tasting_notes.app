app whisky-tasting-notes "Whisky Tasting Journal"
  description "Record drams tasted: distillery, age, cask, ABV, nose, palate, finish and score, and the bottles still on the shelf. Also: whiskey notes, scotch journal, spirits tasting log."
  access signin
  theme primary=#92400e background=#fffaf0 accent=#1f2937 font="Georgia, serif" icon="🥃"

entity whisky
  icon "🥃"
  display name
  order distillery
  name: text required
  distillery: text required
  region: choice(Speyside:#b45309, Islay:#374151, Highland:#65a30d, Lowland:#84cc16, Campbeltown:#0891b2, Islands:#0e7490, Irish:#16a34a, Bourbon:#c2410c, Japanese:#dc2626, Other)
  age_years: integer label="Age (years)" min=0 max=80
  abv: decimal label="ABV %" min=20 max=75
  cask: tags(Ex-bourbon:#d97706, Sherry:#7f1d1d, Port:#9f1239, Wine:#be185d, Virgin oak:#a16207, Peated:#374151)
  bottle_status: choice(Sealed:#22c55e, Open:#f59e0b, Finished:#94a3b8, Sample:#6366f1) default=Sealed
  price: money(GBP) min=0
  photo: image

entity tasting
  icon "👃"
  order -tasted_on
  whisky: reference(whisky) required
  tasted_on: date required
  nose: text
  palate: text
  finish: text
  water_added: boolean default=false
  score: integer label="Score (100)" min=0 max=100
  company: text label="Tasted with"

view shelf cards whisky "The shelf" fields=distillery,region,age_years,bottle_status image_field=photo
view whiskies table whisky "Bottles" fields=name,distillery,region,age_years,abv,cask,bottle_status,price
view tastings table tasting "Tasting notes" fields=tasted_on,whisky,nose,palate,finish,score sort=-tasted_on
view new_tasting form tasting "New tasting" fields=whisky,tasted_on,nose,palate,finish,water_added,score,company
view dram_calendar calendar tasting "Dram diary" fields=whisky,score date_field=tasted_on
dashboard palate "My palate"
  bar "Average score by whisky" avg tasting.score by whisky
  pie "Bottles by region" count whisky by region
  stat "Drams logged" count tasting

nav palate, shelf, whiskies, tastings, new_tasting, dram_calendar
home tastings
