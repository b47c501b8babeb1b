app meal-prep-delivery "Meal Prep Delivery"
  description "A meal prep kitchen sells weekly meal plans, takes subscriber orders with dietary preferences and plans delivery routes. Also: meal kit delivery, healthy meals subscription, tiffin service."
  access signin
  theme primary=#16a34a background=#f7fee7 accent=#f97316 icon="🥗"
role kitchen "Kitchen"
role driver "Driver"
default_role driver
owner_role kitchen
entity meal
  display name
  name: text required
  calories: integer min=0 max=2000
  protein_g: integer min=0 max=200
  diet: tags(Vegan, Keto, High protein, Gluten-free, Dairy-free)
  price: money(USD) min=0
  photo: image
entity customer
  display name
  name: text required
  address: text required
  phone: phone
  plan: choice(5 meals, 10 meals, 15 meals)
  preferences: tags(Vegan, Keto, High protein, Gluten-free, Dairy-free)
entity delivery
  customer: reference(customer) required
  meals: many_to_many(meal)
  deliver_on: date required
  slot: choice(Morning, Afternoon, Evening)
  driver: user
  status: choice(Planned:#94a3b8, Cooked:#f59e0b, Out for delivery:#3b82f6, Delivered:#22c55e, Failed:#ef4444) default=Planned
view menu cards meal "Menu" fields=calories,protein_g,diet,price image_field=photo
view deliveries calendar delivery "Deliveries" fields=customer,slot date_field=deliver_on
view route table delivery "My route" fields=deliver_on,customer,slot,status where driver=me
view board kanban delivery "Dispatch" fields=customer,slot,driver group_by=status
dashboard kitchen_stats "Kitchen"
  stat "Subscribers" count customer
  pie "Plans" count customer by plan
  line "Deliveries per week" count delivery by deliver_on per week
permission meal create kitchen
permission delivery update kitchen,driver
nav menu, deliveries, route, board, kitchen_stats
home board
