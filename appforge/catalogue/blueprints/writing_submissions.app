app writing-submissions "Writing Submissions Tracker"
  description "Writers track short stories, poems and essays sent to magazines, contests and agents: submissions, response times, fees, acceptances and rejections. Also: submission tracker, literary magazine log, query tracker."
  access signin
  theme primary=#334155 background=#fbfaf7 accent=#b91c1c font="Georgia, serif" icon="📬"

entity piece
  icon "📄"
  display title
  order title
  title: text required
  form: choice(Short story:#3b82f6, Flash fiction:#0ea5e9, Poem:#a855f7, Essay:#f59e0b, Novel:#7c2d12, Screenplay:#64748b) required
  word_count: integer min=1
  genre: text
  manuscript: file
  status: choice(Drafting:#94a3b8, Submitting:#3b82f6, Accepted:#22c55e, Published:#16a34a, Retired:#64748b) default=Drafting

entity market
  icon "📚"
  display name
  name: text required unique
  type: choice(Literary magazine, Contest, Agent, Anthology, Publisher)
  website: url
  pays: money(USD) min=0
  avg_response_days: integer min=0
  simultaneous_ok: boolean default=true

entity submission
  icon "📮"
  order -sent_on
  piece: reference(piece) required
  market: reference(market) required
  sent_on: date required
  fee: money(USD) min=0
  response_on: date
  days_waiting: computed = days_between(sent_on, today())
  result: choice(Pending:#f59e0b, Rejected:#ef4444, Personal rejection:#f97316, Shortlisted:#a855f7, Accepted:#22c55e, Withdrawn:#94a3b8) default=Pending

view subs table submission "Submissions" fields=sent_on,piece,market,days_waiting,result sort=-sent_on
view results kanban submission "Responses" fields=piece,market,sent_on group_by=result
view send form submission "Log a submission" fields=piece,market,sent_on,fee
view pieces table piece fields=title,form,word_count,status
view markets table market fields=name,type,pays,avg_response_days,simultaneous_ok
dashboard hit_rate "Hit rate"
  pie "Results" count submission by result
  stat "Fees paid" sum submission.fee
  line "Submissions per month" count submission by sent_on per month

nav subs, results, send, pieces, markets, hit_rate
home subs
