app car-maintenance-log "Car Service History"
  description "Keep a car's service history: oil changes, tyres, MOT or inspection, repairs, odometer readings and garage invoices, with reminders for what's due. Also: vehicle maintenance log, service book, car repair tracker."
  access signin
  theme primary=#1f2937 background=#f9fafb accent=#ef4444 icon="🚙"

entity vehicle
  icon "🚗"
  display nickname
  nickname: text required
  make_model: text required label="Make and model"
  year: integer min=1900 max=2100
  registration: text unique
  vin: text label="VIN"
  odometer_km: integer min=0
  inspection_due: date label="MOT / inspection due"
  insurance_renewal: date
  photo: image

entity service
  icon "🔧"
  order -serviced_on
  vehicle: reference(vehicle) required
  serviced_on: date required
  odometer_km: integer min=0
  type: choice(Oil change:#a16207, Tyres:#111827, Brakes:#ef4444, Inspection:#3b82f6, Battery:#22c55e, Repair:#f97316, Full service:#6366f1) required
  garage: text
  cost: money(GBP) min=0
  next_due_km: integer min=0
  next_due_on: date
  invoice: file
  notes: text

view history table service "Service history" fields=serviced_on,vehicle,type,odometer_km,garage,cost,next_due_on sort=-serviced_on
view log form service "Log a service" fields=vehicle,serviced_on,odometer_km,type,garage,cost,next_due_km,next_due_on,invoice,notes
view due calendar service "Due" fields=vehicle,type date_field=next_due_on
view garage cards vehicle "Garage" fields=make_model,registration,inspection_due image_field=photo
dashboard running_costs "Running costs"
  stat "Spent on servicing" sum service.cost
  bar "Cost by type" sum service.cost by type
  line "Spend per month" sum service.cost by serviced_on per month

nav garage, history, log, due, running_costs
home history
