app funeral-home "Funeral Home Arrangements"
  description "A funeral director manages arrangements for the deceased with the family: service details, venue, burial or cremation, paperwork and costs. Also: funeral services, mortuary case management, undertaker."
  access signin
  theme primary=#334155 background=#f8fafc accent=#7c3aed icon="🕊️"
role director "Funeral director"
role staff "Staff"
default_role staff
owner_role director
entity arrangement "Case"
  display deceased_name
  deceased_name: text required
  date_of_death: date required
  next_of_kin: text required
  kin_phone: phone required
  kin_email: email
  disposition: choice(Burial:#64748b, Cremation:#f97316, Direct cremation:#94a3b8, Natural burial:#16a34a)
  service_type: choice(Religious, Humanist, Celebration of life, None)
  service_at: datetime
  venue: text
  death_certificate: file
  obituary: long_text
  director: user
  stage: choice(First call:#94a3b8, Arrangement meeting:#3b82f6, Paperwork:#f59e0b, Service booked:#a855f7, Complete:#22c55e) default="First call"
  estimate: money(USD) min=0
  photo: image
view cases kanban arrangement "Cases" fields=deceased_name,disposition,service_at group_by=stage
view services calendar arrangement "Services" fields=deceased_name,venue date_field=service_at
view first_call form arrangement "First call" fields=deceased_name,date_of_death,next_of_kin,kin_phone,kin_email
view record detail arrangement "Case file" fields=deceased_name,date_of_death,next_of_kin,disposition,service_type,service_at,venue,obituary,estimate
dashboard home_stats "Overview"
  stat "Open cases" count arrangement where stage!=Complete
  pie "Dispositions" count arrangement by disposition
  line "Cases per month" count arrangement by date_of_death per month
permission arrangement delete director
nav cases, services, first_call, record, home_stats
home cases
