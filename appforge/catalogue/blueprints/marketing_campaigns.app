app marketing-campaigns "Marketing Campaign Planner"
  description "A marketing team plans campaigns across channels with budgets, dates, owners and results like leads and ROI. Also: campaign tracker, marketing plan, growth experiments."
  access signin
  theme primary=#db2777 background=#fdf2f8 accent=#4f46e5 icon="📣"
entity campaign
  display name
  name: text required
  channel: choice(Email:#3b82f6, Paid social:#ec4899, Search ads:#f59e0b, Events:#22c55e, Content:#a855f7, Partnerships:#14b8a6)
  owner: user
  objective: choice(Awareness, Leads, Sales, Retention)
  starts_on: date required
  ends_on: date
  budget: money(USD) min=0
  spend: money(USD) min=0
  leads: integer min=0
  cost_per_lead: computed = round(spend / leads, 2)
  status: choice(Idea:#94a3b8, Planned:#3b82f6, Live:#22c55e, Finished:#64748b, Cancelled:#ef4444) default=Idea
  brief: file
entity asset "Creative asset"
  campaign: reference(campaign) required
  title: text required
  kind: choice(Banner, Video, Landing page, Email, Post)
  preview: image
  approved: boolean default=false
view board kanban campaign "Campaigns" fields=name,channel,budget,owner group_by=status
view calendar calendar campaign "Calendar" fields=name,channel date_field=starts_on
view assets cards asset "Creative" fields=campaign,kind,approved image_field=preview
view results table campaign "Results" fields=name,channel,spend,leads,cost_per_lead
dashboard marketing "Marketing"
  stat "Spend" sum campaign.spend
  bar "Leads by channel" sum campaign.leads by channel
  line "Budget by month" sum campaign.budget by starts_on per month
nav board, calendar, assets, results, marketing
home board
