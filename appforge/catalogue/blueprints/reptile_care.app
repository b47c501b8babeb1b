app reptile-care "Reptile Keeper's Log"
  description "Care records for snakes, lizards and tortoises: feedings, sheds, weights and enclosure temperature and humidity. Also: reptile husbandry log, snake feeding tracker, gecko care sheet."
  access signin
  theme primary=#4d7c0f background=#fbfcf5 accent=#b45309 icon="🦎"

entity animal
  icon "🐍"
  display name
  name: text required
  species: choice(Ball python:#a16207, Corn snake:#ea580c, Leopard gecko:#facc15, Crested gecko:#f97316, Bearded dragon:#d97706, Tortoise:#65a30d, Other) required
  morph: text
  sex: choice(Male:#3b82f6, Female:#ec4899, Unknown:#94a3b8) default=Unknown
  hatched_on: date
  enclosure: text
  photo: image

entity feeding
  icon "🐁"
  order -fed_on
  animal: reference(animal) required
  fed_on: date required
  food: choice(Mouse, Rat, Crickets, Dubia roaches, Mealworms, Greens, Repashy) required
  prey_size: text
  accepted: boolean default=true

entity husbandry_check "Check"
  icon "🌡️"
  order -checked_on
  animal: reference(animal) required
  checked_on: date required
  weight_g: integer label="Weight (g)" min=1
  shed: choice(None, In blue, Complete:#22c55e, Stuck shed:#ef4444) default=None
  hot_side_c: decimal label="Hot side °C" min=10 max=50
  humidity_pct: integer label="Humidity %" min=0 max=100
  notes: text

view animals cards animal "Collection" fields=species,morph,sex image_field=photo
view feedings table feeding fields=fed_on,animal,food,prey_size,accepted sort=-fed_on
view feed form feeding "Log a feed" fields=animal,fed_on,food,prey_size,accepted
view checks table husbandry_check "Weights & sheds" fields=checked_on,animal,weight_g,shed,hot_side_c,humidity_pct sort=-checked_on
view feed_calendar calendar feeding "Feeding calendar" fields=animal,food date_field=fed_on
dashboard health "Health"
  pie "Feeds accepted" count feeding by accepted
  line "Weight trend" avg husbandry_check.weight_g by checked_on per month

nav animals, feed, feedings, feed_calendar, checks, health
home animals
