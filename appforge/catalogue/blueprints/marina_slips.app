app marina-slips "Marina Berth Management"
  description "A marina manages slips and berths, boat owners' contracts, transient bookings, fuel and haul-outs. Also: boat slip rental, harbour berths, moorings management."
  access signin
  theme primary=#0c4a6e background=#f0f9ff accent=#eab308 icon="⚓"
role harbour_master "Harbour master"
role staff "Dock staff"
default_role staff
owner_role harbour_master
entity slip
  display code
  code: text required unique
  dock: choice(A dock, B dock, C dock, T head)
  max_length_ft: integer min=10 max=200 required
  power: choice(30A, 50A, 100A, None)
  status: choice(Leased:#3b82f6, Transient:#a855f7, Vacant:#22c55e, Maintenance:#ef4444) default=Vacant
entity vessel
  display name
  name: text required
  owner: text required
  owner_phone: phone
  length_ft: integer min=5 max=200
  registration: text unique
  insurance_expires: date
  photo: image
entity slip_contract "Contract"
  slip: reference(slip) required
  vessel: reference(vessel) required
  kind: choice(Annual, Seasonal, Monthly, Nightly)
  starts_on: date required
  ends_on: date required
  rate: money(USD) min=0
view slips kanban slip "Slips" fields=code,dock,max_length_ft group_by=status
view contracts table slip_contract "Contracts" fields=slip,vessel,kind,starts_on,ends_on,rate sort=ends_on
view arrivals calendar slip_contract "Arrivals" fields=vessel,slip date_field=starts_on
view vessels cards vessel "Vessels" fields=owner,length_ft image_field=photo
dashboard marina "Marina"
  stat "Contract value" sum slip_contract.rate
  pie "Slip status" count slip by status
  bar "Contracts by kind" count slip_contract by kind
permission slip_contract create harbour_master
permission slip create harbour_master
nav slips, contracts, arrivals, vessels, marina
home slips
