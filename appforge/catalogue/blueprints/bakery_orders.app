app bakery-orders "Bakery Custom Orders"
  description "A bakery takes custom cake and bulk bread orders with pickup dates, deposits and decoration details, and plans the bake. Also: cake order form, patisserie orders, wholesale bakery."
  access signin
  theme primary=#be185d background=#fff1f2 accent=#a16207 icon="🎂"
role baker "Baker"
role counter "Counter staff"
default_role counter
owner_role baker
entity customer
  display name
  name: text required
  phone: phone required
  email: email
  wholesale: boolean default=false
entity bake_order "Order"
  customer: reference(customer) required
  product: choice(Celebration cake:#ec4899, Wedding cake:#f5f5f4, Cupcakes:#a855f7, Bread:#a16207, Pastries:#f59e0b, Cookies:#92400e) required
  servings: integer min=1 max=500
  flavour: text
  decoration: long_text
  allergens: tags(Gluten, Dairy, Eggs, Nuts, Soy, Sesame)
  pickup_at: datetime required
  price: money(USD) min=0
  deposit: money(USD) min=0
  balance_due: computed = price - coalesce(deposit, 0)
  status: choice(Quoted:#94a3b8, Confirmed:#3b82f6, Baking:#f59e0b, Ready:#22c55e, Collected:#64748b) default=Quoted
  inspiration: image
view pickups calendar bake_order "Pickups" fields=customer,product date_field=pickup_at
view production kanban bake_order "Production" fields=product,servings,pickup_at group_by=status
view new_order form bake_order "New order" fields=customer,product,servings,flavour,decoration,allergens,pickup_at,price,deposit,inspiration
view customers table customer fields=name,phone,wholesale
dashboard bakery "Bakery"
  stat "Balance outstanding" sum bake_order.balance_due where status!=Collected
  pie "Products" count bake_order by product
  line "Orders per week" count bake_order by pickup_at per week
permission bake_order delete baker
nav production, pickups, new_order, customers, bakery
home production
