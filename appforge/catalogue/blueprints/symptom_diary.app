app symptom-diary "Symptom & Trigger Diary"
  description "Note symptoms, their severity and possible triggers like food, sleep and stress, to spot patterns and share with a doctor. Also: health diary, migraine log, flare-up tracker, pain journal."
  access signin
  theme primary=#9333ea background=#fcf9ff accent=#f59e0b icon="🩺"

entity entry
  icon "📓"
  order -started_at
  started_at: datetime required label="Started"
  symptom: choice(Headache:#ef4444, Migraine:#b91c1c, Nausea:#84cc16, Fatigue:#64748b, Joint pain:#f97316, Rash:#ec4899, Stomach pain:#eab308, Dizziness:#06b6d4) required
  severity: integer required label="Severity (1-10)" min=1 max=10
  duration_hours: decimal min=0
  triggers: tags(Stress:#ef4444, Poor sleep:#6366f1, Alcohol:#7f1d1d, Caffeine:#78350f, Dairy:#e0f2fe, Gluten:#eab308, Weather:#0ea5e9, Screen time:#64748b, Exercise:#22c55e)
  relief_taken: text
  helped: boolean
  notes: long_text

entity appointment "Doctor appointment"
  icon "👩‍⚕️"
  order when
  when: datetime required
  clinician: text required
  reason: text
  entries_to_discuss: many_to_many(entry)
  outcome: long_text
  letter: file

view diary table entry fields=started_at,symptom,severity,duration_hours,triggers,helped sort=-started_at
view log form entry "How do you feel?" fields=started_at,symptom,severity,duration_hours,triggers,relief_taken,helped,notes
view entry_calendar calendar entry "Calendar" fields=symptom,severity date_field=started_at
view appointments calendar appointment "Appointments" fields=clinician,reason date_field=when
dashboard patterns "Patterns"
  stat "Entries" count entry
  stat "Average severity" avg entry.severity
  bar "Entries per symptom" count entry by symptom
  line "Severity per week" avg entry.severity by started_at per week

nav log, diary, entry_calendar, patterns, appointments
home log
