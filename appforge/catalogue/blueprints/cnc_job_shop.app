app cnc-job-shop "CNC Machine Shop Jobs"
  description "A CNC machining job shop quotes parts from drawings, routes jobs over mills and lathes, tracks material, setup and cycle times and delivery. Also: machine shop scheduling, precision machining, production job tracker."
  access signin
  theme primary=#334155 background=#f8fafc accent=#f59e0b icon="⚙️"
role planner "Planner"
role machinist "Machinist"
default_role machinist
owner_role planner
entity machine
  display name
  name: text required unique
  kind: choice(3-axis mill, 5-axis mill, CNC lathe, Swiss lathe, EDM)
  status: choice(Running:#22c55e, Setup:#f59e0b, Down:#ef4444, Idle:#94a3b8) default=Idle
entity shop_job "Job"
  display job_number
  job_number: text required unique
  customer: text required
  part_number: text required
  drawing: file
  material: choice(Aluminium 6061, Stainless 304, Steel 1018, Brass, Titanium, Delrin)
  quantity: integer min=1 required
  machine: reference(machine)
  setup_hours: decimal min=0
  cycle_min: decimal min=0
  run_hours: computed = round(setup_hours + quantity * cycle_min / 60, 1)
  unit_price: money(USD) min=0
  due_on: date required
  machinist: user
  stage: choice(Quoted:#94a3b8, Released:#3b82f6, On machine:#f59e0b, Inspection:#a855f7, Shipped:#22c55e) default=Quoted
view floor kanban shop_job "Shop floor" fields=job_number,part_number,machine,due_on group_by=stage
view schedule calendar shop_job "Due dates" fields=job_number,customer date_field=due_on
view machines kanban machine "Machines" fields=name,kind group_by=status
view my_jobs table shop_job "My jobs" fields=job_number,part_number,quantity,run_hours where machinist=me
dashboard load "Load"
  stat "Hours booked" sum shop_job.run_hours where stage!=Shipped
  bar "Hours by machine" sum shop_job.run_hours by machine
  pie "Materials" count shop_job by material
permission shop_job create planner
permission machine create planner
nav floor, schedule, machines, my_jobs, load
home floor
