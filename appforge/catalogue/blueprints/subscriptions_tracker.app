app subscriptions-tracker "Subscription Spend Watcher"
  description "All your recurring subscriptions in one place: streaming, software, memberships, what each costs per month and when it renews or the trial ends. Also: recurring payments tracker, subscription manager, cancel reminder."
  access signin
  theme primary=#7c3aed background=#faf8ff accent=#f43f5e icon="🔁"

entity payment_method "Payment method"
  icon "💳"
  display name
  name: text required unique help="e.g. Joint Visa, PayPal."
  last_four: text pattern="[0-9]{4}"
  expires_on: date

entity subscription
  icon "📺"
  display service
  order next_renewal
  service: text required
  category: choice(Streaming:#e11d48, Music:#22c55e, Software:#3b82f6, News:#64748b, Fitness:#f97316, Cloud storage:#0ea5e9, Gaming:#8b5cf6, Other)
  price: money(USD) required min=0
  billing: choice(Weekly, Monthly, Quarterly, Yearly) required default=Monthly
  months_per_period: decimal required label="Months per billing period" min=0.25 max=12 default=1
  monthly_cost: computed = round(price / months_per_period, 2)
  next_renewal: date
  days_to_renewal: computed = days_between(today(), next_renewal)
  trial_ends: date
  status: choice(Active:#22c55e, Trial:#f59e0b, Paused:#94a3b8, Cancel soon:#ef4444, Cancelled:#475569) default=Active
  paid_with: reference(payment_method)
  manage_url: url label="Manage link"
  shared_with: text

view subscriptions table subscription fields=service,category,price,billing,monthly_cost,next_renewal,days_to_renewal,status sort=next_renewal
view by_status kanban subscription "Keep or cancel" fields=service,monthly_cost,next_renewal group_by=status
view renewals calendar subscription "Renewals" fields=service,price date_field=next_renewal
view cards table payment_method "Cards" fields=name,last_four,expires_on
view add form subscription "Add subscription" fields=service,category,price,billing,months_per_period,next_renewal,trial_ends,manage_url
dashboard spend "Monthly spend"
  stat "Monthly total" sum subscription.monthly_cost where status!=Cancelled
  stat "Active subscriptions" count subscription where status=Active
  pie "Spend by category" sum subscription.price by category where status!=Cancelled

nav spend, subscriptions, by_status, renewals, add, cards
home spend
