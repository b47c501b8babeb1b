app meal-planner "Weekly Meal Planner"
  description "Plan breakfasts, lunches and dinners for the week, who is cooking and what to shop for. Also: menu planner, dinner rota, weekly meal plan."
  access signin
  theme primary=#ea580c background=#fffaf3 accent=#16a34a icon="🍽️"

entity dish
  icon "🥘"
  display name
  order name
  name: text required unique
  type: choice(Meat:#b91c1c, Fish:#0284c7, Vegetarian:#16a34a, Vegan:#15803d)
  prep_minutes: integer label="Time (min)" min=0
  recipe_link: url
  shopping_items: long_text help="One ingredient per line."
  favourite: boolean default=false

entity planned_meal "Planned meal"
  icon "📆"
  order day
  day: date required
  slot: choice(Breakfast:#facc15, Lunch:#fb923c, Dinner:#ea580c, Snack:#a3e635) required default=Dinner
  dish: reference(dish) required
  cook: user
  servings: integer min=1 default=4
  status: choice(Planned:#94a3b8, Shopped:#3b82f6, Cooked:#22c55e, Skipped:#ef4444) default=Planned
  notes: text

view week calendar planned_meal "Meal calendar" fields=slot,dish,cook date_field=day
view plan table planned_meal "Plan" fields=day,slot,dish,cook,servings,status sort=day
view plan_meal form planned_meal "Plan a meal" fields=day,slot,dish,cook,servings
view dishes cards dish "Dishes" fields=type,prep_minutes,favourite
dashboard habits "Eating habits"
  pie "Meals by dish type" count dish by type
  bar "Most planned dishes" count planned_meal by dish
  stat "Meals cooked" count planned_meal where status=Cooked

nav week, plan, plan_meal, dishes, habits
home week
