app blood-drive "Blood Drive Donors"
  description "A blood service organises donation drives, books donor appointments, records eligibility checks and units collected. Also: blood donation sessions, donor scheduling, plasma drive."
  access public
  theme primary=#b91c1c background=#fff5f5 accent=#1e3a8a icon="🩸"
role staff "Staff"
owner_role staff
entity drive "Donation drive"
  display name
  name: text required
  location: text required
  held_on: date required
  target_units: integer min=0
entity donation "Appointment"
  drive: reference(drive) required
  donor_name: text required
  email: email required
  phone: phone
  blood_type: choice(O-:#b91c1c, O+:#dc2626, A-:#2563eb, A+:#3b82f6, B-:#059669, B+:#10b981, AB-:#7c3aed, AB+:#8b5cf6, Unknown)
  slot: time required
  first_time: boolean default=false
  hemoglobin: decimal min=5 max=20
  status: choice(Booked:#3b82f6, Donated:#22c55e, Deferred:#f59e0b, No-show:#94a3b8) default=Booked
view book form donation "Book a donation" fields=drive,donor_name,email,phone,blood_type,slot,first_time
view drives calendar drive "Drives" fields=name,location date_field=held_on
view donors kanban donation "Session" fields=donor_name,blood_type,slot group_by=status
view list table drive "Drive list" fields=name,location,held_on,target_units
dashboard collection "Collection"
  stat "Units collected" count donation where status=Donated
  pie "Blood types" count donation by blood_type
  bar "Donations by drive" count donation by drive
permission donation read staff
permission donation update staff
permission drive create staff
nav book, drives, donors, list, collection
home book
