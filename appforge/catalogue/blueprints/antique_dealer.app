app antique-dealer "Antique Dealer Stock Book"
  description "An antiques dealer records acquisitions with provenance, period and condition, prices items for the shop or fairs, and logs sales. Also: antiques inventory, vintage dealer, collectibles stock."
  access signin
  theme primary=#78350f background=#fdf8f0 accent=#065f46 font="Georgia, serif" icon="🏺"
entity item "Antique"
  display title
  title: text required
  stock_number: text required unique
  category: choice(Furniture, Silver, Ceramics, Clocks, Paintings, Jewellery, Glass)
  period: choice(Georgian, Victorian, Edwardian, Art Deco, Mid-century, Other)
  maker: text
  provenance: long_text
  condition: choice(Excellent, Good, Restored, Needs work)
  acquired_on: date
  cost: money(GBP) min=0
  asking_price: money(GBP) min=0
  markup: computed = asking_price - cost
  location: choice(Shop floor, Storeroom, At fair, Restorer)
  status: choice(For sale:#22c55e, Reserved:#f59e0b, Sold:#64748b) default="For sale"
  photo: image
view showroom cards item "Showroom" fields=period,asking_price,status image_field=photo
view stock table item "Stock book" fields=stock_number,title,category,period,cost,asking_price,status
view acquire form item "New acquisition" fields=title,stock_number,category,period,maker,provenance,condition,acquired_on,cost,asking_price,photo
view status_board kanban item "Status" fields=title,asking_price,location group_by=status
dashboard dealer "Dealer"
  stat "Stock at cost" sum item.cost where status!=Sold
  bar "Items by period" count item by period
  pie "Categories" count item by category
nav showroom, stock, acquire, status_board, dealer
home showroom
