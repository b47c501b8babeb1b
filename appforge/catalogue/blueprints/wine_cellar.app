app wine-cellar "Wine Cellar Book"
  description "Catalogue the bottles in your cellar or wine fridge: producer, vintage, region, where each sits and when to drink it, plus tasting notes. Also: wine collection manager, cellar inventory, wine rack log."
  access signin
  theme primary=#7f1d1d background=#fdf8f6 accent=#ca8a04 font="Georgia, serif" icon="🍷"

entity wine
  icon "🍾"
  display label_name
  order -vintage
  label_name: text required label="Wine"
  producer: text required
  vintage: integer min=1900 max=2100
  colour: choice(Red:#991b1b, White:#fde68a, Rosé:#f9a8d4, Sparkling:#e0e7ff, Sweet:#f59e0b, Fortified:#78350f) required
  grape: text label="Grape or blend"
  region: text
  country: text
  bottles: integer required min=0 default=1
  price_per_bottle: money(EUR) min=0
  cellar_value: computed = bottles * price_per_bottle
  rack_position: text help="Rack and slot, e.g. B3-12."
  drink_from: integer label="Drink from (year)" min=1900 max=2100
  drink_by: integer label="Drink by (year)" min=1900 max=2100
  label_photo: image

entity tasting
  icon "👃"
  order -tasted_on
  wine: reference(wine) required
  tasted_on: date required
  score: integer label="Score (100)" min=50 max=100
  notes: long_text help="Nose, palate, finish."
  occasion: text

view cellar table wine "Cellar" fields=label_name,producer,vintage,colour,region,bottles,rack_position,drink_by sort=-vintage
view labels cards wine "Labels" fields=producer,vintage,colour,bottles image_field=label_photo
view tastings table tasting fields=tasted_on,wine,score,occasion sort=-tasted_on
view log_tasting form tasting "Log a tasting" fields=wine,tasted_on,score,notes,occasion
dashboard stats "Cellar stats"
  stat "Bottles" sum wine.bottles
  stat "Cellar value" sum wine.cellar_value
  pie "By colour" sum wine.bottles by colour
  bar "Bottles by country" sum wine.bottles by country

nav stats, cellar, labels, tastings, log_tasting
home cellar
