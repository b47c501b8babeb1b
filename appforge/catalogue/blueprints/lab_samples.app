app lab-samples "Lab Sample Tracking"
  description "A testing laboratory receives samples, logs chain of custody and storage location, runs tests and reports results against limits. Also: LIMS, sample management, lab test requests."
  access signin
  theme primary=#6d28d9 background=#faf5ff accent=#0891b2 icon="🧪"
role lab_manager "Lab manager"
role analyst "Analyst"
default_role analyst
owner_role lab_manager
entity sample
  display sample_id
  sample_id: text required unique
  client: text required
  matrix: choice(Water, Soil, Food, Blood, Swab, Air filter) required
  received_at: datetime required
  storage: choice(Ambient, Fridge 4C, Freezer -20C, Freezer -80C)
  priority: choice(Routine:#22c55e, Rush:#f59e0b, STAT:#ef4444) default=Routine
  chain_of_custody: file
entity test_result "Test"
  sample: reference(sample) required
  analyte: text required
  method: text
  analyst: user
  result_value: decimal
  units: text
  limit: decimal
  status: choice(Pending:#94a3b8, Running:#3b82f6, Review:#f59e0b, Reported:#22c55e, Out of spec:#ef4444) default=Pending
  completed_on: date
view receiving form sample "Receive sample" fields=sample_id,client,matrix,received_at,storage,priority,chain_of_custody
view samples table sample fields=sample_id,client,matrix,priority,storage,received_at sort=-received_at
view bench kanban test_result "Bench" fields=sample,analyte,analyst group_by=status
view my_tests table test_result "My tests" fields=sample,analyte,status where analyst=me
dashboard lab "Lab"
  stat "Samples received" count sample
  pie "Matrices" count sample by matrix
  bar "Tests by status" count test_result by status
permission test_result update lab_manager,analyst own
permission sample delete lab_manager
nav receiving, samples, bench, my_tests, lab
home bench
