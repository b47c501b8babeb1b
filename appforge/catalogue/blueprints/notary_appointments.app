app notary-appointments "Notary Appointment Book"
  description "A notary public books signings in office or mobile, records ID checks and journal entries for each notarised document. Also: mobile notary, signing agent, notarization scheduling."
  access public
  theme primary=#312e81 background=#eef2ff accent=#ca8a04 icon="🖊️"
role notary "Notary"
owner_role notary
entity signing "Appointment"
  signer_name: text required
  email: email required
  phone: phone
  document_type: choice(Power of attorney, Affidavit, Deed, Loan signing, Will, Apostille) required
  at: datetime required
  location: choice(Office, Mobile, Remote online)
  address: text
  id_type: choice(Passport, Driver licence, State ID)
  id_verified: boolean default=false
  fee: money(USD) min=0
  status: choice(Requested:#94a3b8, Confirmed:#3b82f6, Completed:#22c55e, Cancelled:#ef4444) default=Requested
  journal_notes: long_text
view book form signing "Book a signing" fields=signer_name,email,phone,document_type,at,location,address
view diary calendar signing "Diary" fields=signer_name,document_type date_field=at
view journal table signing "Journal" fields=at,signer_name,document_type,id_type,id_verified,fee sort=-at
dashboard practice "Practice"
  stat "Fees" sum signing.fee where status=Completed
  pie "Documents" count signing by document_type
permission signing read notary
permission signing update notary
permission signing delete notary
nav book, diary, journal, practice
home book
