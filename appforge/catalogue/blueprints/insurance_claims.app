app insurance-claims "Insurance Claims Desk"
  description "Claims handlers log insurance claims with policy, incident, evidence and reserve, and move them through assessment to settlement. Also: claims management, loss adjusting, FNOL intake."
  access signin
  theme primary=#0c4a6e background=#f0f9ff accent=#f97316 icon="📑"
role manager "Claims manager"
role handler "Claims handler"
default_role handler
owner_role manager
entity policy
  display policy_number
  policy_number: text required unique
  holder: text required
  product: choice(Motor, Home, Travel, Pet, Business)
  start_on: date
  renewal_on: date
  premium: money(GBP) min=0
entity claim
  policy: reference(policy) required
  incident_on: date required
  reported_at: datetime required
  kind: choice(Accident:#ef4444, Theft:#a855f7, Water damage:#3b82f6, Fire:#f97316, Medical:#22c55e)
  description: long_text required
  reserve: money(GBP) min=0
  settled_amount: money(GBP) min=0
  handler: user
  status: choice(Reported:#94a3b8, Assessing:#f59e0b, Approved:#3b82f6, Paid:#22c55e, Rejected:#ef4444) default=Reported
  fraud_flag: boolean default=false
  evidence: file
view claims kanban claim "Claims" fields=policy,kind,reserve,handler group_by=status
view fnol form claim "Report a claim" fields=policy,incident_on,reported_at,kind,description,evidence
view my_claims table claim "My claims" fields=reported_at,policy,kind,status where handler=me
view policies table policy fields=policy_number,holder,product,renewal_on
dashboard losses "Losses"
  stat "Open reserve" sum claim.reserve where status!=Paid
  pie "Claim types" count claim by kind
  line "Claims per month" count claim by reported_at per month
permission claim delete manager
permission policy create manager
nav claims, fnol, my_claims, policies, losses
home claims
