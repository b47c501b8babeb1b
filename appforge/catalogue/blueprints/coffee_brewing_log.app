app coffee-brewing-log "Coffee Brew Lab"
  description "Dial in your coffee: log beans, grind size, dose, water, brew time and taste for every pour-over, espresso or AeroPress. Also: espresso shot log, coffee recipe tracker, bean journal."
  access signin
  theme primary=#78350f background=#fdf8f3 accent=#0d9488 icon="☕"

entity bean
  icon "🫘"
  display name
  name: text required
  roaster: text required
  origin: text help="Country or blend."
  process: choice(Washed:#0ea5e9, Natural:#dc2626, Honey:#f59e0b, Anaerobic:#8b5cf6)
  roast: choice(Light:#d6a55c, Medium:#a16207, Dark:#451a03) default=Medium
  roasted_on: date
  days_off_roast: computed = days_between(roasted_on, today())
  bag_price: money(EUR) min=0
  tasting_notes: tags(Chocolate:#78350f, Fruity:#e11d48, Floral:#c084fc, Nutty:#a16207, Citrus:#f59e0b, Caramel:#d97706)

entity brew
  icon "☕"
  order -brewed_at
  bean: reference(bean) required
  brewed_at: datetime required
  method: choice(Espresso:#451a03, V60:#0ea5e9, AeroPress:#64748b, French press:#a16207, Chemex:#f59e0b, Moka pot:#71717a, Cold brew:#0369a1) required
  grind_setting: text
  dose_g: decimal label="Dose (g)" min=1 max=100
  water_g: decimal label="Water / yield (g)" min=1 max=2000
  ratio: computed = round(water_g / dose_g, 1)
  brew_seconds: integer label="Brew time (s)" min=1
  water_temp_c: integer label="Water °C" min=60 max=100
  taste: rating
  notes: text

view brews table brew "Brews" fields=brewed_at,bean,method,dose_g,water_g,ratio,brew_seconds,taste sort=-brewed_at
view log_brew form brew "Log a brew" fields=bean,brewed_at,method,grind_setting,dose_g,water_g,brew_seconds,water_temp_c,taste,notes
view beans table bean fields=name,roaster,origin,process,roast,roasted_on,days_off_roast
dashboard dialling "Dialling in"
  stat "Brews" count brew
  bar "Average taste by method" avg brew.taste by method
  bar "Average taste by bean" avg brew.taste by bean
  line "Brews per week" count brew by brewed_at per week

nav log_brew, brews, beans, dialling
home brews
