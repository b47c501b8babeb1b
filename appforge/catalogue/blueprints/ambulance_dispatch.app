app ambulance-dispatch "Ambulance Dispatch Log"
  description "An ambulance service logs emergency calls by triage category, dispatches crews and units, and records response times and outcomes. Also: EMS dispatch, paramedic call log, emergency medical CAD."
  access signin
  theme primary=#dc2626 background=#fff7f7 accent=#1d4ed8 icon="🚑"
role dispatcher "Dispatcher"
role crew "Crew"
default_role crew
owner_role dispatcher
entity ambulance_unit "Unit"
  display callsign
  callsign: text required unique
  kind: choice(ALS ambulance, BLS ambulance, Rapid response car, Air ambulance)
  station: text
  status: choice(Available:#22c55e, Dispatched:#f59e0b, On scene:#ef4444, Transporting:#3b82f6, Out of service:#64748b) default=Available
entity incident "Call"
  received_at: datetime required
  address: text required
  caller_phone: phone
  category: choice(Cat 1 life-threatening:#dc2626, Cat 2 emergency:#f97316, Cat 3 urgent:#f59e0b, Cat 4 non-urgent:#22c55e) required
  complaint: text required
  unit: reference(ambulance_unit)
  response_minutes: integer min=0 max=600
  outcome: choice(Conveyed, Treated on scene, Referred, Cancelled, Deceased)
  hospital: text
  notes: long_text
view calls table incident "Call log" fields=received_at,category,complaint,unit,response_minutes sort=-received_at
view new_call form incident "New call" fields=received_at,address,caller_phone,category,complaint,unit
view units kanban ambulance_unit "Units" fields=callsign,kind,station group_by=status
dashboard performance "Performance"
  stat "Mean response (min)" avg incident.response_minutes
  pie "Categories" count incident by category
  line "Calls per day" count incident by received_at per day
permission incident create dispatcher
permission incident update dispatcher,crew
permission ambulance_unit update dispatcher,crew
nav calls, new_call, units, performance
home calls
