app fleet-maintenance "Fleet Maintenance Scheduler"
  description "A fleet manager tracks company vehicles, drivers, mileage, service intervals, inspections and repair costs. Also: fleet management, vehicle maintenance log, van fleet tracker."
  access signin
  theme primary=#0f766e background=#f0fdfa accent=#dc2626 icon="🚐"
role fleet_manager "Fleet manager"
role driver "Driver"
default_role driver
owner_role fleet_manager
entity vehicle
  display registration
  registration: text required unique
  vin: text unique
  make_model: text required
  driver: user
  odometer_km: integer min=0
  next_service_km: integer min=0
  km_to_service: computed = next_service_km - odometer_km
  inspection_due: date
  status: choice(In service:#22c55e, In workshop:#f59e0b, Off road:#ef4444) default="In service"
entity work_order "Work order"
  vehicle: reference(vehicle) required
  kind: choice(Service, Tyres, Brakes, Bodywork, Inspection, Breakdown)
  booked_on: date required
  cost: money(EUR) min=0
  invoice: file
  notes: long_text
view vehicles kanban vehicle "Fleet" fields=registration,make_model,driver,km_to_service group_by=status
view inspections calendar vehicle "Inspections" fields=registration date_field=inspection_due
view work table work_order "Work orders" fields=booked_on,vehicle,kind,cost sort=-booked_on
view my_vehicle table vehicle "My vehicle" fields=registration,odometer_km,next_service_km where driver=me
dashboard fleet "Fleet"
  stat "Maintenance spend" sum work_order.cost
  bar "Spend by vehicle" sum work_order.cost by vehicle
  line "Work orders per month" count work_order by booked_on per month
permission vehicle create fleet_manager
permission work_order create fleet_manager
nav vehicles, inspections, work, my_vehicle, fleet
home vehicles
