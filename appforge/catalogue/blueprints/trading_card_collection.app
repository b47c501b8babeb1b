app trading-card-collection "Trading Card Binder"
  description "Manage trading cards for Pokémon, Magic: The Gathering, sports cards and more: set, number, rarity, condition, graded slabs and market value, plus trades. Also: TCG collection, card inventory, binder tracker."
  access signin
  theme primary=#2563eb background=#f8faff accent=#facc15 icon="🃏"

entity card_set "Set"
  icon "📦"
  display name
  order -released_on
  name: text required unique
  game: choice(Pokémon:#facc15, Magic:#7c2d12, Yu-Gi-Oh!:#7c3aed, Sports:#16a34a, One Piece:#dc2626, Lorcana:#0ea5e9) required
  released_on: date
  total_cards: integer min=1

entity card
  icon "🎴"
  display name
  order card_set, number
  name: text required
  card_set: reference(card_set) required label="Set"
  number: text label="Card number"
  rarity: choice(Common:#94a3b8, Uncommon:#22c55e, Rare:#3b82f6, Holo rare:#a855f7, Ultra rare:#f59e0b, Secret rare:#ec4899)
  foil: boolean default=false
  condition: choice(Mint, Near mint, Lightly played, Moderately played, Heavily played, Damaged) default="Near mint"
  graded_by: choice(Raw, PSA, BGS, CGC) default=Raw
  grade: decimal min=1 max=10
  quantity: integer min=0 default=1
  market_price: money(USD) min=0
  total_value: computed = quantity * market_price
  for_trade: boolean default=false
  photo: image

view binder cards card "Binder" fields=card_set,rarity,condition,market_price image_field=photo
view cards table card "All cards" fields=name,card_set,number,rarity,condition,graded_by,grade,quantity,market_price,total_value sort=card_set
view trade_pile table card "Trade pile" fields=name,card_set,condition,market_price where for_trade=true
view add form card "Add a card" fields=name,card_set,number,rarity,foil,condition,graded_by,grade,quantity,market_price,photo
view sets table card_set "Sets" fields=name,game,released_on,total_cards sort=-released_on
dashboard value "Collection value"
  stat "Cards" sum card.quantity
  stat "Market value" sum card.total_value
  bar "Value per set" sum card.total_value by card_set
  pie "Rarity" count card by rarity

nav binder, cards, trade_pile, add, sets, value
home binder
