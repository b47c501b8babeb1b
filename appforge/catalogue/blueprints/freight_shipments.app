app freight-shipments "Freight Shipment Tracker"
  description "A freight forwarder tracks shipments by sea, air and road: bookings, containers, customs clearance, ETAs and documents. Also: logistics tracking, freight forwarding, import export shipments."
  access signin
  theme primary=#1e3a8a background=#f8fafc accent=#0891b2 icon="🚢"
entity shipper
  display company
  company: text required
  contact_email: email
  country: text
entity shipment
  reference_no: text required unique
  shipper: reference(shipper) required
  mode: choice(Sea FCL:#1e3a8a, Sea LCL:#3b82f6, Air:#0ea5e9, Road:#f59e0b, Rail:#64748b) required
  origin_port: text required
  destination_port: text required
  container_no: text
  weight_kg: decimal min=0
  etd: date
  eta: date
  incoterm: choice(EXW, FOB, CIF, DAP, DDP)
  status: choice(Booked:#94a3b8, In transit:#3b82f6, At customs:#f59e0b, Cleared:#a855f7, Delivered:#22c55e) default=Booked
  freight_cost: money(USD) min=0
  bill_of_lading: file
view tracking kanban shipment "Tracking" fields=reference_no,shipper,mode,eta group_by=status
view arrivals calendar shipment "ETAs" fields=reference_no,destination_port date_field=eta
view shipments table shipment fields=reference_no,shipper,mode,origin_port,destination_port,eta,status
view shippers table shipper fields=company,contact_email,country
dashboard freight "Freight"
  stat "In transit" count shipment where status="In transit"
  pie "Modes" count shipment by mode
  bar "Freight cost by shipper" sum shipment.freight_cost by shipper
nav tracking, arrivals, shipments, shippers, freight
home tracking
