app dairy-herd "Dairy Herd Records"
  description "A dairy farmer keeps records for each cow: breeding, calving, milk yield, health treatments and withdrawal periods. Also: cattle herd management, milking records, livestock tracker."
  access signin
  theme primary=#1e293b background=#f8fafc accent=#16a34a icon="🐄"
entity cow
  display tag
  tag: text required unique
  name: text
  breed: choice(Holstein, Jersey, Friesian, Guernsey, Brown Swiss)
  born_on: date
  lactation: integer min=0 max=15
  status: choice(Milking:#22c55e, Dry:#f59e0b, Heifer:#a855f7, Sold:#94a3b8) default=Heifer
  due_to_calve: date
  photo: image
entity milk_record "Milk record"
  cow: reference(cow) required
  recorded_on: date required
  litres: decimal min=0 max=80 required
  butterfat_pct: decimal min=0 max=10
  scc: integer min=0 help="Somatic cell count, thousands"
entity treatment
  cow: reference(cow) required
  given_on: date required
  condition: choice(Mastitis, Lameness, Milk fever, Vaccination, Other)
  medicine: text
  milk_withdrawal_until: date
view herd kanban cow "Herd" fields=tag,name,lactation group_by=status
view calving calendar cow "Calving" fields=tag,breed date_field=due_to_calve
view milk table milk_record "Milk recording" fields=recorded_on,cow,litres,butterfat_pct,scc sort=-recorded_on
view withdrawals calendar treatment "Withdrawal periods" fields=cow,medicine date_field=milk_withdrawal_until
dashboard herd_stats "Herd"
  stat "Avg litres per cow" avg milk_record.litres
  line "Milk per week" sum milk_record.litres by recorded_on per week
  pie "Conditions treated" count treatment by condition
nav herd, calving, milk, withdrawals, herd_stats
home herd
