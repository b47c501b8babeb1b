app optician "Optician Practice"
  description "An optician books eye tests, records prescriptions and tracks glasses and contact lens orders from lab to collection. Also: optometrist, eyewear shop, eye care clinic."
  access signin
  theme primary=#1d4ed8 background=#eff6ff accent=#f59e0b icon="👓"
role optometrist "Optometrist"
role dispenser "Dispensing optician"
default_role dispenser
owner_role optometrist
entity customer
  display name
  name: text required
  date_of_birth: date
  phone: phone
  email: email
  next_test_due: date
entity eye_test "Eye test"
  customer: reference(customer) required
  tested_on: datetime required
  optometrist: user
  right_sphere: decimal min=-20 max=20
  left_sphere: decimal min=-20 max=20
  cylinder: decimal min=-10 max=10
  add: decimal min=0 max=4
  notes: long_text
entity order "Eyewear order"
  customer: reference(customer) required
  product: choice(Single vision, Varifocals, Bifocals, Contact lenses, Sunglasses) required
  frame: text
  price: money(GBP) min=0
  status: choice(Ordered:#3b82f6, At lab:#f59e0b, Ready to collect:#a855f7, Collected:#22c55e) default=Ordered
  ordered_on: date
view tests calendar eye_test "Test diary" fields=customer,optometrist date_field=tested_on
view orders kanban order "Orders" fields=customer,product,frame group_by=status
view customers table customer fields=name,phone,next_test_due sort=next_test_due
view new_order form order "New order" fields=customer,product,frame,price,ordered_on
dashboard shop "Shop"
  stat "Sales" sum order.price
  pie "Products" count order by product
  line "Eye tests per month" count eye_test by tested_on per month
permission eye_test create optometrist
permission eye_test update optometrist
nav tests, orders, customers, new_order, shop
home tests
