app coin-collection "Numismatic Coin Cabinet"
  description "Catalogue coins and banknotes: country, denomination, year, mint mark, metal, grade and value, with photos of obverse and reverse. Also: coin collection, numismatics catalogue, coin inventory."
  access signin
  theme primary=#a16207 background=#fffdf7 accent=#334155 icon="🪙"

entity coin_set "Set"
  icon "🗃️"
  display name
  name: text required unique help="e.g. State quarters, Euro starter kits."
  coins_in_set: integer min=1
  complete: boolean default=false

entity coin
  icon "🪙"
  display description
  order country, year
  description: text required
  coin_set: reference(coin_set) label="Set"
  country: text required
  denomination: text required
  year: integer min=-600 max=2100
  mint_mark: text
  metal: choice(Gold:#eab308, Silver:#cbd5e1, Copper:#b45309, Bronze:#a16207, Nickel:#94a3b8, Bimetallic:#64748b, Paper:#22c55e)
  weight_g: decimal label="Weight (g)" min=0
  grade: choice(Poor, Fair, Good, Very good, Fine, Very fine, Extremely fine, About uncirculated, Uncirculated, Proof) required
  km_number: text label="KM number"
  obverse: image
  reverse: image
  paid: money(USD) min=0
  value: money(USD) min=0
  gain: computed = value - paid
  acquired_on: date
  source: choice(Dealer, Auction, Change, Inherited, Swap)
  certificate: file

view cabinet cards coin "Cabinet" fields=country,year,grade,value image_field=obverse
view coins table coin "Coins" fields=description,country,denomination,year,mint_mark,metal,grade,value sort=country
view coin_page detail coin "Coin" fields=description,obverse,reverse,country,denomination,year,mint_mark,metal,weight_g,grade,km_number,paid,value,gain,certificate
view sets table coin_set "Sets" fields=name,coins_in_set,complete
view add form coin "Add a coin" fields=description,country,denomination,year,mint_mark,metal,grade,obverse,reverse,paid,value,acquired_on,source
dashboard worth "Cabinet worth"
  stat "Coins" count coin
  stat "Total value" sum coin.value
  stat "Gain" sum coin.gain
  pie "Metals" count coin by metal
  bar "Value per country" sum coin.value by country

nav cabinet, coins, sets, add, worth
home cabinet
