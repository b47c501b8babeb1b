app influencer-collabs "Influencer Collaborations"
  description "A brand or agency tracks influencer partnerships: creators, audience size, outreach, deliverables, fees and post performance. Also: influencer marketing CRM, creator partnerships, UGC campaigns."
  access signin
  theme primary=#e11d48 background=#fff1f2 accent=#7c3aed icon="🤳"
entity creator
  display handle
  handle: text required unique
  name: text
  platform: choice(Instagram:#e11d48, TikTok:#111827, YouTube:#dc2626, Twitch:#7c3aed, Blog:#0ea5e9)
  followers: integer min=0
  engagement_rate_pct: decimal min=0 max=100
  niche: tags(Beauty, Fitness, Food, Travel, Gaming, Tech, Parenting)
  email: email
  rate_card: money(USD) min=0
  avatar: image
entity collab
  creator: reference(creator) required
  campaign: text required
  deliverables: text
  fee: money(USD) min=0
  gifted_product: boolean default=false
  go_live_on: date
  stage: choice(Outreach:#94a3b8, Negotiating:#f59e0b, Contracted:#3b82f6, Content review:#a855f7, Live:#22c55e, Declined:#ef4444) default=Outreach
  views: integer min=0
  contract: file
view collabs kanban collab "Collaborations" fields=creator,campaign,fee group_by=stage
view creators cards creator "Creators" fields=platform,followers,niche image_field=avatar
view live_dates calendar collab "Go-live dates" fields=creator,campaign date_field=go_live_on
view roster table creator "Roster" fields=handle,platform,followers,engagement_rate_pct,rate_card
dashboard results "Results"
  stat "Fees committed" sum collab.fee
  stat "Views" sum collab.views
  pie "Platforms" count creator by platform
nav collabs, creators, live_dates, roster, results
home collabs
