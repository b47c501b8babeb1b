app beekeeping-apiary "Beekeeping Apiary Log"
  description "A beekeeper records hives across apiaries, inspections of queen, brood and temperament, varroa treatments and honey harvests. Also: bee hive inspections, apiary management, honey harvest log."
  access signin
  theme primary=#ca8a04 background=#fffbeb accent=#1c1917 icon="🐝"
entity apiary
  display name
  name: text required
  location: text
  hives_capacity: integer min=1
entity hive
  display name
  name: text required
  apiary: reference(apiary) required
  kind: choice(National, Langstroth, Top bar, Warré)
  queen_marked: choice(White, Yellow, Red, Green, Blue, Unmarked)
  queen_year: integer min=2000 max=2100
  status: choice(Strong:#22c55e, Average:#f59e0b, Weak:#ef4444, Queenless:#7f1d1d, Dead out:#94a3b8) default=Average
  photo: image
entity inspection
  hive: reference(hive) required
  inspected_on: date required
  queen_seen: boolean default=false
  eggs_seen: boolean default=false
  brood_frames: integer min=0 max=20
  temperament: rating
  varroa_count: integer min=0
  treatment: choice(None, Oxalic acid, Apivar, Formic acid, Thymol)
  notes: long_text
entity harvest
  hive: reference(hive) required
  harvested_on: date required
  kg: decimal min=0 required
  honey_type: choice(Spring, Summer, Heather, Borage)
view hives kanban hive "Hives" fields=name,apiary,queen_year group_by=status
view inspect form inspection "Inspection" fields=hive,inspected_on,queen_seen,eggs_seen,brood_frames,temperament,varroa_count,treatment,notes
view inspections calendar inspection "Inspection diary" fields=hive date_field=inspected_on
view harvests table harvest fields=harvested_on,hive,kg,honey_type sort=-harvested_on
dashboard apiary_stats "Apiary"
  stat "Honey harvested (kg)" sum harvest.kg
  bar "Honey by hive" sum harvest.kg by hive
  line "Average varroa" avg inspection.varroa_count by inspected_on per month
nav hives, inspect, inspections, harvests, apiary_stats
home hives
