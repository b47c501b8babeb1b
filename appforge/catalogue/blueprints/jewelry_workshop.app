app jewelry-workshop "Jewellery Workshop Commissions"
  description "A jeweller takes bespoke commissions and repairs, tracks metal, stones, ring sizes, deposits and workbench progress. Also: goldsmith, bespoke jewellery, ring resizing and repairs."
  access signin
  theme primary=#a16207 background=#fffbeb accent=#7c3aed icon="💎"
entity commission
  display title
  title: text required
  client: text required
  email: email
  kind: choice(Engagement ring:#ec4899, Wedding band:#f59e0b, Necklace:#3b82f6, Earrings:#a855f7, Repair:#64748b, Resize:#94a3b8) required
  metal: choice(Yellow gold, White gold, Rose gold, Platinum, Silver)
  stones: text
  ring_size: text
  quote: money(GBP) min=0
  deposit: money(GBP) min=0
  balance: computed = quote - coalesce(deposit, 0)
  due_on: date
  stage: choice(Design:#94a3b8, CAD approved:#a855f7, Casting:#f59e0b, Setting:#3b82f6, Polishing:#06b6d4, Ready:#22c55e) default=Design
  sketch: image
view bench kanban commission "Workbench" fields=title,client,metal,due_on group_by=stage
view due calendar commission "Due dates" fields=title,client date_field=due_on
view designs cards commission "Designs" fields=kind,metal,stones image_field=sketch
view enquiry form commission "New commission" fields=title,client,email,kind,metal,stones,ring_size,quote,deposit,due_on
dashboard studio "Studio"
  stat "Balances due" sum commission.balance
  pie "Metals" count commission by metal
  bar "Commissions by kind" count commission by kind
nav bench, due, designs, enquiry, studio
home bench
