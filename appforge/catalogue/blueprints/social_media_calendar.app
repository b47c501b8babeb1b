app social-media-calendar "Social Media Post Scheduler"
  description "A social media manager drafts posts for Instagram, TikTok, LinkedIn and X, gets approval, schedules them and records engagement. Also: social content calendar, post planner, social scheduling."
  access signin
  theme primary=#8b5cf6 background=#faf5ff accent=#f43f5e icon="📱"
role manager "Social manager"
role creator "Creator"
role client "Client approver"
default_role creator
owner_role manager
entity post
  display caption
  caption: long_text required
  platforms: tags(Instagram, TikTok, LinkedIn, X, Facebook, YouTube)
  format: choice(Image, Carousel, Reel, Story, Text, Video)
  publish_at: datetime
  media: image
  link: url
  hashtags: text
  creator: user
  status: choice(Idea:#94a3b8, Draft:#3b82f6, Awaiting approval:#f59e0b, Scheduled:#a855f7, Published:#22c55e) default=Idea
  likes: integer min=0
  comments: integer min=0
  shares: integer min=0
  engagement: computed = likes + comments + shares
view calendar calendar post "Calendar" fields=caption,format date_field=publish_at
view pipeline kanban post "Pipeline" fields=caption,platforms,publish_at group_by=status
view grid cards post "Grid preview" fields=format,publish_at image_field=media
view draft form post "Draft post" fields=caption,platforms,format,media,link,hashtags,publish_at
dashboard engagement_dash "Engagement"
  stat "Total engagement" sum post.engagement
  bar "Engagement by format" sum post.engagement by format
  line "Posts per week" count post by publish_at per week
permission post update manager,creator own
permission post update client
permission post delete manager
nav calendar, pipeline, grid, draft, engagement_dash
home calendar
