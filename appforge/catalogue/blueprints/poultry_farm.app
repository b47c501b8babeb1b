app poultry-farm "Poultry Farm Flocks"
  description "A commercial poultry farm tracks flocks per house, daily egg counts, feed, mortality and vaccinations. Also: layer farm records, broiler flock management, egg production log."
  access signin
  theme primary=#b45309 background=#fffbeb accent=#0f766e icon="🐔"
role manager "Farm manager"
role worker "Stock worker"
default_role worker
owner_role manager
entity flock
  display name
  name: text required unique
  house: choice(House 1, House 2, House 3, Free range barn)
  kind: choice(Layers:#f59e0b, Broilers:#ef4444, Breeders:#8b5cf6)
  breed: text
  placed_on: date required
  birds_placed: integer min=0 required
  age_days: computed = days_between(placed_on, today())
entity daily_record "Daily record"
  flock: reference(flock) required
  day: date required
  eggs: integer min=0
  mortality: integer min=0 default=0
  feed_kg: decimal min=0
  water_litres: decimal min=0
  recorded_by: user
entity vaccination
  flock: reference(flock) required
  due_on: date required
  vaccine: text required
  done: boolean default=false
view daily form daily_record "Daily entry" fields=flock,day,eggs,mortality,feed_kg,water_litres
view records table daily_record "Records" fields=day,flock,eggs,mortality,feed_kg sort=-day
view flocks table flock fields=name,house,kind,birds_placed,age_days
view vaccines calendar vaccination "Vaccinations" fields=flock,vaccine date_field=due_on
dashboard production "Production"
  stat "Eggs" sum daily_record.eggs
  line "Eggs per week" sum daily_record.eggs by day per week
  bar "Mortality by flock" sum daily_record.mortality by flock
permission flock create manager
permission daily_record delete manager
nav daily, records, flocks, vaccines, production
home daily
