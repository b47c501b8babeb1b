app florist-orders "Florist Order Book"
  description "A flower shop takes bouquet and arrangement orders with card messages, delivery addresses and delivery dates. Also: flower delivery, florist POS, bouquet orders."
  access signin
  theme primary=#db2777 background=#fdf2f8 accent=#16a34a icon="💐"
role florist "Florist"
role driver "Driver"
default_role florist
owner_role florist
entity flower_order "Order"
  customer_name: text required
  customer_phone: phone required
  arrangement: choice(Hand-tied bouquet:#ec4899, Vase arrangement:#a855f7, Funeral wreath:#64748b, Bridal bouquet:#f5f5f4, Plant:#16a34a) required
  flowers: tags(Roses, Tulips, Lilies, Peonies, Sunflowers, Seasonal)
  card_message: long_text
  recipient: text required
  delivery_address: text
  deliver_on: date required
  price: money(GBP) min=0
  status: choice(New:#3b82f6, Made:#f59e0b, Out for delivery:#a855f7, Delivered:#22c55e) default=New
  photo: image
view deliveries calendar flower_order "Deliveries" fields=recipient,arrangement date_field=deliver_on
view workbench kanban flower_order "Workbench" fields=arrangement,recipient,deliver_on group_by=status
view take form flower_order "Take order" fields=customer_name,customer_phone,arrangement,flowers,card_message,recipient,delivery_address,deliver_on,price
view made cards flower_order "Made today" fields=arrangement,recipient image_field=photo
dashboard shop "Shop"
  stat "Sales" sum flower_order.price
  pie "Arrangements" count flower_order by arrangement
  line "Orders per week" count flower_order by deliver_on per week
permission flower_order delete florist
nav workbench, deliveries, take, made, shop
home workbench
