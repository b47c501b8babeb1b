app pest-control "Pest Control Treatments"
  description "A pest control company books inspections and treatments, records pests found, chemicals used and follow-up visits. Also: exterminator scheduling, termite inspections, rodent control."
  access signin
  theme primary=#854d0e background=#fefce8 accent=#dc2626 icon="🐜"
role office "Office"
role technician "Technician"
default_role technician
owner_role office
entity site
  display address
  address: text required
  customer_name: text required
  phone: phone
  property_type: choice(House, Apartment, Restaurant, Warehouse, Office)
  contract: boolean default=false
entity treatment
  site: reference(site) required
  technician: user
  visit_at: datetime required
  pests: tags(Ants, Cockroaches, Rodents, Termites, Bed bugs, Wasps, Fleas)
  severity: choice(Low:#22c55e, Moderate:#f59e0b, Severe:#ef4444)
  product_used: text
  follow_up_on: date
  price: money(USD) min=0
  report: file
view visits calendar treatment "Visits" fields=site,pests date_field=visit_at
view follow_ups calendar treatment "Follow-ups" fields=site date_field=follow_up_on
view treatments table treatment fields=visit_at,site,pests,severity,technician sort=-visit_at
view sites table site fields=address,customer_name,property_type,contract
dashboard pests "Pests"
  pie "Severity" count treatment by severity
  bar "Treatments by technician" count treatment by technician
  line "Revenue" sum treatment.price by visit_at per month
permission site create office
nav visits, follow_ups, treatments, sites, pests
home visits
