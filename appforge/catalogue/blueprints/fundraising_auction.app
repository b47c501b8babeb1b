app fundraising-auction "Charity Silent Auction"
  description "Run a charity or school fundraising auction: donated lots with photos and reserve prices, bids from guests, winners and payment collection. Also: silent auction, charity auction, benefit auction bidding."
  access public
  theme primary=#7c2d12 background=#fffaf3 accent=#ca8a04 font="Georgia, serif" icon="🔨"
role organiser "Organiser"
owner_role organiser

entity lot
  icon "🎁"
  display title
  order lot_number
  lot_number: integer required unique min=1
  title: text required
  photo: image
  description: long_text
  donated_by: text
  category: choice(Experience:#8b5cf6, Holiday:#0ea5e9, Food & drink:#f97316, Art:#ec4899, Sport:#22c55e, Kids:#facc15)
  estimated_value: money(GBP) min=0
  starting_bid: money(GBP) min=0
  closes_at: datetime
  status: choice(Open:#22c55e, Closed:#64748b, Paid:#3b82f6, Collected:#a855f7) default=Open

entity bid
  icon "✋"
  order -created_at
  lot: reference(lot) required
  bidder_name: text required
  bidder_email: email required
  bidder_phone: phone
  amount: money(GBP) required min=1
  winning: boolean default=false

view lots cards lot "Lots" fields=lot_number,category,starting_bid,closes_at image_field=photo
view lot_page detail lot "Lot" fields=lot_number,title,photo,description,donated_by,estimated_value,starting_bid,closes_at
view place_bid form bid "Place a bid" fields=lot,bidder_name,bidder_email,bidder_phone,amount
view bids table bid fields=lot,bidder_name,amount,winning,created_at sort=lot
view settlement kanban lot "Settlement" fields=title,lot_number group_by=status
dashboard totals "Totals"
  stat "Raised (winning bids)" sum bid.amount where winning=true
  bar "Highest bid per lot" max bid.amount by lot
  stat "Bids placed" count bid

permission lot create organiser
permission lot update organiser
permission lot delete organiser
permission bid read organiser
permission bid update organiser
permission bid delete organiser

nav lots, place_bid, bids, settlement, totals
home lots
