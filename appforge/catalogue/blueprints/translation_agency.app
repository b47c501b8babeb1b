app translation-agency "Translation Agency Jobs"
  description "A translation agency quotes jobs by word count and language pair, assigns freelance translators and reviewers, and delivers on deadline. Also: localisation projects, interpreting bookings, translator management."
  access signin
  theme primary=#0d9488 background=#f0fdfa accent=#6366f1 icon="🌐"
role pm "Project manager"
role linguist "Translator"
default_role linguist
owner_role pm
entity linguist_profile "Linguist"
  display name
  name: text required
  email: email required unique
  language_pairs: tags(EN>FR, EN>DE, EN>ES, EN>ZH, FR>EN, DE>EN, ES>EN, EN>AR)
  specialisms: tags(Legal, Medical, Technical, Marketing, Financial)
  rate_per_word: money(EUR) min=0
  rating: rating
entity translation_job "Job"
  display title
  title: text required
  client: text required
  language_pair: choice(EN>FR, EN>DE, EN>ES, EN>ZH, FR>EN, DE>EN, ES>EN, EN>AR) required
  word_count: integer min=0 required
  price_per_word: money(EUR) min=0
  total: computed = word_count * price_per_word
  translator: reference(linguist_profile)
  assignee: user
  deadline: datetime required
  status: choice(Quote:#94a3b8, Translating:#3b82f6, Review:#a855f7, Delivered:#22c55e, Invoiced:#64748b) default=Quote
  source_file: file
view jobs kanban translation_job "Jobs" fields=title,language_pair,word_count,deadline group_by=status
view deadlines calendar translation_job "Deadlines" fields=title,language_pair date_field=deadline
view my_jobs table translation_job "My jobs" fields=title,language_pair,word_count,deadline where assignee=me
view linguists table linguist_profile "Linguists" fields=name,language_pairs,specialisms,rate_per_word,rating
dashboard volume "Volume"
  stat "Words this period" sum translation_job.word_count
  bar "Revenue by pair" sum translation_job.total by language_pair
  line "Jobs per week" count translation_job by deadline per week
permission translation_job create pm
permission linguist_profile create pm
nav jobs, deadlines, my_jobs, linguists, volume
home jobs
