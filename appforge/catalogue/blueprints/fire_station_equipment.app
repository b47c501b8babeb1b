app fire-station-equipment "Fire Station Equipment Checks"
  description "A fire station tracks appliances and kit like breathing apparatus, hoses and ladders, with scheduled tests and defect reports. Also: firefighting equipment register, SCBA checks, fire brigade inventory."
  access signin
  theme primary=#b91c1c background=#fffbeb accent=#facc15 icon="🚒"
role officer "Station officer"
role firefighter "Firefighter"
default_role firefighter
owner_role officer
entity kit "Equipment"
  display asset_tag
  asset_tag: text required unique
  name: text required
  kind: choice(Breathing apparatus:#1e3a8a, Hose:#dc2626, Ladder:#a16207, Cutting gear:#64748b, Thermal camera:#f97316, PPE:#facc15)
  appliance: choice(Pump 1, Pump 2, Aerial, Rescue tender, Stores)
  next_test: date required
  status: choice(Serviceable:#22c55e, Defective:#ef4444, Out for repair:#f59e0b, Retired:#94a3b8) default=Serviceable
entity check
  kit: reference(kit) required
  checked_at: datetime required
  checked_by: user
  kind: choice(Daily, Weekly, Annual test, After use)
  passed: boolean default=true
  defect: long_text
  photo: image
view kit_board kanban kit "Equipment status" fields=asset_tag,name,appliance group_by=status
view tests_due calendar kit "Tests due" fields=name,appliance date_field=next_test
view log form check "Log check" fields=kit,checked_at,kind,passed,defect,photo
view checks table check fields=checked_at,kit,kind,passed,checked_by sort=-checked_at
dashboard readiness "Readiness"
  stat "Defective items" count kit where status=Defective
  pie "Equipment types" count kit by kind
  line "Checks per week" count check by checked_at per week
permission kit create officer
permission kit delete officer
nav kit_board, tests_due, log, checks, readiness
home kit_board
