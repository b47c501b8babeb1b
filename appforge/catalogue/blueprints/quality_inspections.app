app quality-inspections "Quality Inspections & NCRs"
  description "A quality team inspects incoming materials and finished lots, records defects, raises non-conformance reports and corrective actions. Also: QC checks, QA inspection log, NCR and CAPA tracker."
  access signin
  theme primary=#0f766e background=#f8fafc accent=#dc2626 icon="🔍"
role quality_manager "Quality manager"
role inspector "Inspector"
default_role inspector
owner_role quality_manager
entity inspection
  lot_number: text required
  product: text required
  stage: choice(Incoming, In-process, Final, Customer return) required
  inspected_at: datetime required
  inspector: user
  sample_size: integer min=1
  defects: integer min=0 default=0
  defect_rate_pct: computed = round(defects / sample_size * 100, 2)
  result: choice(Pass:#22c55e, Conditional:#f59e0b, Fail:#ef4444) required
  photos: image
entity ncr "Non-conformance"
  inspection: reference(inspection) required
  description: long_text required
  severity: choice(Minor:#f59e0b, Major:#f97316, Critical:#dc2626)
  root_cause: long_text
  corrective_action: long_text
  owner: user
  due_on: date
  status: choice(Open:#ef4444, Investigating:#f59e0b, Action taken:#3b82f6, Closed:#22c55e) default=Open
view inspections table inspection fields=inspected_at,lot_number,product,stage,defect_rate_pct,result sort=-inspected_at
view record form inspection "Record inspection" fields=lot_number,product,stage,inspected_at,sample_size,defects,result,photos
view ncrs kanban ncr "NCRs" fields=inspection,severity,owner,due_on group_by=status
view actions calendar ncr "Action due" fields=inspection,severity date_field=due_on
dashboard quality "Quality"
  stat "Average defect rate" avg inspection.defect_rate_pct
  pie "Results" count inspection by result
  line "Inspections per week" count inspection by inspected_at per week
permission ncr update quality_manager,inspector own
permission ncr delete quality_manager
nav inspections, record, ncrs, actions, quality
home inspections
