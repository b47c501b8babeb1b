app vintage-synth-repair "Vintage Synth Repair Bench"
  description "A repair tech restores vintage synthesizers and drum machines: intake, fault diagnosis, component recaps, calibration and parts sourcing. Also: analog synth restoration, electronic instrument repair, keyboard service."
  access signin
  theme primary=#7c3aed background=#0f0f1a text=#e5e7eb accent=#f97316 dark=true icon="🎛️"
entity instrument
  display model
  owner: text required
  owner_email: email
  maker: choice(Roland, Moog, Korg, Yamaha, Sequential, Oberheim, ARP, Other)
  model: text required
  serial_number: text
  year: integer min=1960 max=2010
  photo: image
entity repair
  instrument: reference(instrument) required
  received_on: date required
  fault: long_text required
  work_done: tags(Recap, Voice chip, Calibration, Key contacts, Battery leak, Power supply, Pots cleaned)
  parts_on_order: text
  estimate: money(USD) min=0
  hours: decimal min=0
  stage: choice(Received:#94a3b8, Diagnosing:#f59e0b, Awaiting approval:#a855f7, Waiting parts:#ef4444, On bench:#3b82f6, Burn-in test:#06b6d4, Ready:#22c55e) default=Received
  schematic: file
view bench kanban repair "Bench" fields=instrument,stage,estimate group_by=stage
view instruments cards instrument "Instruments" fields=maker,year,owner image_field=photo
view intake form repair "Intake" fields=instrument,received_on,fault,estimate
view repairs table repair fields=received_on,instrument,work_done,hours,estimate sort=-received_on
view detail_view detail repair "Repair sheet" fields=instrument,fault,work_done,parts_on_order,hours,schematic
dashboard shop "Shop"
  stat "Hours on bench" sum repair.hours
  pie "Makers" count instrument by maker
  line "Intakes per month" count repair by received_on per month
nav bench, instruments, intake, repairs, detail_view, shop
home bench
