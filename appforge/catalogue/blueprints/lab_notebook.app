app lab-notebook "Electronic Lab Notebook"
  description "A research lab's notebook: experiments with protocols, samples, results, attachments and sign-off by the PI. Also: ELN, experiment log, lab records, research notebook."
  access signin
  theme primary=#0e7490 background=#f6fbfc accent=#7c3aed icon="🧪"
role pi "Principal investigator"
role researcher "Researcher"
default_role researcher
owner_role pi

entity protocol
  icon "📜"
  display name
  name: text required unique
  version: text default="1.0"
  steps: long_text required
  document: file

entity experiment
  icon "🔬"
  display title
  order -started_on
  title: text required
  protocol: reference(protocol)
  researcher: user required
  started_on: date required
  hypothesis: long_text
  status: choice(Planned:#94a3b8, Running:#3b82f6, Analysing:#f59e0b, Complete:#22c55e, Failed:#ef4444) default=Planned
  results: long_text
  data_file: file
  figure: image
  signed_off: boolean label="Signed off by PI" default=false

entity sample
  icon "🧫"
  display code
  code: text required unique
  experiment: reference(experiment)
  type: choice(DNA, RNA, Protein, Cells, Tissue, Chemical)
  storage: choice(-80 °C:#1d4ed8, -20 °C:#3b82f6, 4 °C:#38bdf8, Room temp:#a3a3a3, Liquid nitrogen:#6366f1)
  location: text help="Freezer, rack, box, position."
  collected_on: date

view experiments kanban experiment "Experiments" fields=title,researcher,started_on group_by=status
view notebook table experiment "Notebook" fields=started_on,title,protocol,researcher,status,signed_off sort=-started_on
view entry detail experiment "Experiment" fields=title,protocol,researcher,started_on,hypothesis,results,data_file,figure,signed_off
view bench calendar experiment "Bench calendar" fields=title,researcher date_field=started_on
view samples table sample fields=code,experiment,type,storage,location,collected_on
view protocols table protocol fields=name,version,document
dashboard lab "Lab"
  pie "Experiments by status" count experiment by status
  bar "Experiments per researcher" count experiment by researcher

permission experiment update pi
permission experiment update researcher own
permission protocol create pi
permission protocol update pi

nav experiments, notebook, bench, samples, protocols, lab
home experiments
