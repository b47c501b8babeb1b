app nonprofit-donors "Charity Donor CRM"
  description "A charity's donor database: individual and corporate donors, gifts with campaign and Gift Aid, recurring givers and thank-you letters sent. Also: donor management, fundraising CRM, donations ledger."
  access signin
  theme primary=#0e7490 background=#f5fbfc accent=#e11d48 icon="💝"
role fundraiser "Fundraiser"
role viewer "Viewer"
default_role viewer
owner_role fundraiser

entity donor
  icon "🙏"
  display name
  order name
  name: text required
  type: choice(Individual:#3b82f6, Company:#64748b, Trust:#a855f7, Community group:#22c55e) default=Individual
  email: email unique
  phone: phone
  address: long_text
  gift_aid: boolean label="Gift Aid declaration" default=false
  contact_ok: boolean label="Happy to be contacted" default=true
  first_gift_on: date
  notes: long_text

entity campaign
  icon "📣"
  display name
  name: text required unique
  target: money(GBP) min=0
  starts_on: date
  ends_on: date

entity gift
  icon "💷"
  order -received_on
  donor: reference(donor) required
  campaign: reference(campaign)
  received_on: date required
  amount: money(GBP) required min=0
  method: choice(Card, Bank transfer, Direct debit, Cheque, Cash, Online)
  recurring: boolean default=false
  thanked: boolean default=false

view donors table donor fields=name,type,email,gift_aid,first_gift_on sort=name
view gifts table gift fields=received_on,donor,campaign,amount,method,recurring,thanked sort=-received_on
view record_gift form gift "Record a gift" fields=donor,campaign,received_on,amount,method,recurring
view to_thank table gift "To thank" fields=received_on,donor,amount where thanked=false
view campaigns table campaign fields=name,target,starts_on,ends_on
dashboard giving "Giving"
  stat "Raised" sum gift.amount
  bar "Raised per campaign" sum gift.amount by campaign
  line "Gifts per month" sum gift.amount by received_on per month
  pie "Donor types" count donor by type

permission gift create fundraiser
permission gift update fundraiser
permission donor create fundraiser
permission donor update fundraiser

nav giving, donors, gifts, record_gift, to_thank, campaigns
home giving
