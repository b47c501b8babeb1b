app print-farm-3d "3D Print Farm"
  description "A 3D printing service or print farm queues customer print jobs across printers, tracks filament spools, print hours and failures. Also: additive manufacturing queue, 3D printing service, FDM farm."
  access signin
  theme primary=#0ea5e9 background=#f0f9ff accent=#f97316 icon="🖨️"
entity printer
  display name
  name: text required unique
  model: choice(Prusa MK4, Bambu X1C, Ender 3, Formlabs Form 3, Voron 2.4)
  nozzle_mm: decimal min=0.1 max=1.2 default=0.4
  status: choice(Idle:#22c55e, Printing:#3b82f6, Maintenance:#f59e0b, Down:#ef4444) default=Idle
  hours_total: decimal min=0
entity spool
  display label
  label: text required
  material: choice(PLA, PETG, ABS, TPU, Nylon, Resin)
  colour: text
  grams_left: integer min=0 max=5000
entity print_job "Print job"
  part_name: text required
  customer: text
  stl_file: file
  printer: reference(printer)
  spool: reference(spool)
  quantity: integer min=1 default=1
  est_hours: decimal min=0
  grams: integer min=0
  price: money(EUR) min=0
  due_on: date
  status: choice(Queued:#94a3b8, Slicing:#a855f7, Printing:#3b82f6, Failed:#ef4444, Done:#22c55e) default=Queued
view queue kanban print_job "Queue" fields=part_name,printer,est_hours,due_on group_by=status
view printers kanban printer "Printers" fields=name,model group_by=status
view spools table spool "Filament" fields=label,material,colour,grams_left sort=grams_left
view submit form print_job "Submit job" fields=part_name,customer,stl_file,quantity,due_on
view due calendar print_job "Due" fields=part_name,customer date_field=due_on
dashboard farm "Farm"
  stat "Queued hours" sum print_job.est_hours where status=Queued
  bar "Jobs by printer" count print_job by printer
  pie "Outcomes" count print_job by status
nav queue, printers, spools, submit, due, farm
home queue
