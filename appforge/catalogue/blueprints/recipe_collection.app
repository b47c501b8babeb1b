app recipe-collection "Family Recipe Box"
  description "Save favourite recipes with ingredients, method, photos, cooking times and ratings, and find them by cuisine or tag. Also: recipe book, cookbook organiser, recipe keeper."
  access signin
  theme primary=#b91c1c background=#fffaf5 accent=#ca8a04 font="Georgia, serif" icon="📖"

entity recipe
  icon "🍲"
  display title
  order title
  title: text required
  photo: image
  cuisine: choice(Italian:#16a34a, Indian:#ea580c, Mexican:#dc2626, Chinese:#b91c1c, Japanese:#e11d48, French:#2563eb, British:#64748b, Middle Eastern:#ca8a04, Other)
  course: choice(Breakfast, Starter, Main, Side, Dessert, Baking, Drink)
  tags: tags(Vegetarian:#22c55e, Vegan:#15803d, Gluten free:#eab308, Quick, Freezer friendly:#0ea5e9, Kids love it:#ec4899)
  servings: integer min=1 max=50 default=4
  prep_minutes: integer label="Prep (min)" min=0
  cook_minutes: integer label="Cook (min)" min=0
  total_minutes: computed label="Total time (min)" = coalesce(prep_minutes, 0) + coalesce(cook_minutes, 0)
  ingredients: long_text required
  method: long_text required
  source_url: url label="Source"
  rating: rating
  from_whom: text label="Recipe from" help="Grandma, a blog, a cookbook page."

entity cook_note "Cooking note"
  icon "📝"
  order -cooked_on
  recipe: reference(recipe) required
  cooked_on: date required
  verdict: rating
  changes: long_text help="What you'd change next time."

view gallery cards recipe "Recipes" fields=cuisine,course,total_minutes,rating image_field=photo
view recipes table recipe "Recipe index" fields=title,cuisine,course,tags,total_minutes,rating sort=title
view recipe_card detail recipe "Recipe card" fields=title,photo,servings,prep_minutes,cook_minutes,ingredients,method,source_url,from_whom
view add_recipe form recipe "Add a recipe" fields=title,photo,cuisine,course,tags,servings,prep_minutes,cook_minutes,ingredients,method,source_url
view cooked calendar cook_note "Cooked" fields=recipe,verdict date_field=cooked_on

nav gallery, recipes, add_recipe, cooked
home gallery
