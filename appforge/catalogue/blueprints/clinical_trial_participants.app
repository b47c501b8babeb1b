app clinical-trial-participants "Clinical Trial Participant Tracker"
  description "A clinical research site screens and enrols participants, schedules protocol visits, and logs adverse events and consent versions. Also: study participant management, CTMS, research recruitment."
  access signin
  theme primary=#0369a1 background=#f0f9ff accent=#dc2626 icon="🔬"
role investigator "Investigator"
role coordinator "Study coordinator"
default_role coordinator
owner_role investigator
entity participant
  display subject_id
  subject_id: text required unique
  initials: text max=4
  arm: choice(Treatment:#3b82f6, Placebo:#94a3b8, Open label:#22c55e)
  status: choice(Screening:#f59e0b, Enrolled:#3b82f6, Completed:#22c55e, Withdrawn:#ef4444, Screen fail:#64748b) default=Screening
  consent_version: text
  consent_form: file
  enrolled_on: date
entity study_visit "Visit"
  participant: reference(participant) required
  visit: choice(Screening, Baseline, Week 4, Week 12, Week 24, Follow-up) required
  scheduled_at: datetime required
  attended: boolean default=false
  notes: long_text
entity adverse_event "Adverse event"
  participant: reference(participant) required
  onset_on: date required
  description: text required
  grade: integer min=1 max=5
  serious: boolean default=false
  related: choice(Not related, Possibly, Probably, Definitely)
view participants kanban participant "Participants" fields=subject_id,arm,enrolled_on group_by=status
view visits calendar study_visit "Visit schedule" fields=participant,visit date_field=scheduled_at
view aes table adverse_event "Adverse events" fields=onset_on,participant,description,grade,serious sort=-onset_on
view report_ae form adverse_event "Report AE" fields=participant,onset_on,description,grade,serious,related
dashboard study "Study"
  stat "Enrolled" count participant where status=Enrolled
  pie "Arms" count participant by arm
  line "Visits per month" count study_visit by scheduled_at per month
permission adverse_event delete investigator
permission participant delete investigator
nav participants, visits, aes, report_ae, study
home participants
