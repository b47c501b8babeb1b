app home-bar-cocktails "Home Bar & Cocktails"
  description "What bottles are in the home bar and which cocktails you can make with them, with specs, glassware and ratings. Also: cocktail recipe book, bar inventory, mixology notebook."
  access signin
  theme primary=#0f172a background=#fdfcf7 accent=#e11d48 dark=false icon="🍸"

entity bottle
  icon "🍾"
  display name
  order spirit
  name: text required
  spirit: choice(Gin:#0ea5e9, Vodka:#cbd5e1, Rum:#b45309, Tequila:#84cc16, Mezcal:#65a30d, Whiskey:#92400e, Brandy:#9a3412, Liqueur:#db2777, Vermouth:#7c3aed, Bitters:#7f1d1d, Syrup:#facc15) required
  level: choice(Full:#22c55e, Half:#f59e0b, Low:#ef4444, Empty:#94a3b8) default=Full
  price: money(USD) min=0
  photo: image

entity cocktail
  icon "🍹"
  display name
  order name
  name: text required unique
  base_spirits: many_to_many(bottle) label="Bottles used"
  family: choice(Sour:#facc15, Old fashioned:#92400e, Highball:#38bdf8, Martini:#e5e7eb, Tiki:#f97316, Fizz:#a5f3fc, Flip:#fde68a)
  glass: choice(Coupe, Rocks, Highball, Martini, Nick & Nora, Tiki mug, Flute)
  method: choice(Shaken, Stirred, Built, Blended)
  spec: long_text required help="Measures, one ingredient a line."
  garnish: text
  rating: rating
  photo: image

view menu cards cocktail "Cocktail menu" fields=family,glass,rating image_field=photo
view cocktails table cocktail fields=name,family,glass,method,garnish,rating sort=name
view cocktail_card detail cocktail "Cocktail" fields=name,photo,spec,glass,method,garnish,base_spirits
view bar table bottle "The bar" fields=name,spirit,level,price sort=spirit
view restock kanban bottle "Restock" fields=name,spirit group_by=level
dashboard bar_stats "Bar stats"
  stat "Bottles" count bottle
  pie "Spirits" count bottle by spirit
  bar "Cocktails per family" count cocktail by family

nav menu, cocktails, bar, restock, bar_stats
home menu
