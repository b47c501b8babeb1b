app newsletter-issues "Newsletter Editorial Desk"
  description "Produce an email newsletter: issues with subject lines and send dates, story links collected along the way, sponsors and open and click rates. Also: email newsletter planner, Substack planning, issue tracker."
  access signin
  theme primary=#ea580c background=#fffaf5 accent=#1e3a8a font="Georgia, serif" icon="📰"

entity issue
  icon "✉️"
  display subject
  order -send_on
  number: integer required unique min=1
  subject: text required
  send_on: date
  status: choice(Planning:#94a3b8, Writing:#3b82f6, Editing:#a855f7, Scheduled:#f59e0b, Sent:#22c55e) default=Planning
  sponsor: text
  sponsor_fee: money(USD) min=0
  recipients: integer min=0
  opens: integer min=0
  clicks: integer min=0
  open_rate: computed label="Open %" = round(opens / recipients * 100, 1)
  click_rate: computed label="Click %" = round(clicks / recipients * 100, 1)

entity story_link "Link"
  icon "🔗"
  display title
  title: text required
  url: url required
  issue: reference(issue)
  section: choice(Top story:#ef4444, Quick hits:#3b82f6, Tools:#22c55e, Reading:#f59e0b, Jobs:#64748b)
  blurb: long_text
  used: boolean default=false

view issues kanban issue "Issues" fields=number,subject,send_on group_by=status
view send_calendar calendar issue "Send calendar" fields=subject date_field=send_on
view stats table issue "Issue stats" fields=number,subject,send_on,recipients,open_rate,click_rate,sponsor sort=-send_on
view links table story_link "Link inbox" fields=title,url,section,issue,used where used=false
view save_link form story_link "Save a link" fields=title,url,section,blurb
dashboard growth "Growth"
  line "Open rate" avg issue.open_rate by send_on per month
  stat "Sponsor revenue" sum issue.sponsor_fee
  line "Subscribers" max issue.recipients by send_on per month

nav issues, send_calendar, stats, links, save_link, growth
home issues
