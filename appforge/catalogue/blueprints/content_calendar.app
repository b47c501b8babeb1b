app content-calendar "Social Content Calendar"
  description "Plan and schedule social media and blog content: posts by channel, publish dates, status from idea to published, and results. Also: editorial calendar, social media planner, content schedule."
  access signin
  theme primary=#c026d3 background=#fdf8ff accent=#0ea5e9 icon="🗓️"

entity campaign
  icon "📣"
  display name
  name: text required unique
  starts_on: date
  ends_on: date
  goal: text

entity post
  icon "✍️"
  display title
  order publish_at
  title: text required
  channel: choice(Instagram:#e1306c, TikTok:#111827, LinkedIn:#0a66c2, X:#1f2937, Facebook:#1877f2, YouTube:#ff0000, Blog:#16a34a, Newsletter:#f59e0b) required
  campaign: reference(campaign)
  format: choice(Image, Carousel, Reel, Video, Story, Article, Thread)
  caption: long_text
  media: image
  publish_at: datetime
  owner: user
  status: choice(Idea:#94a3b8, Drafting:#3b82f6, Needs approval:#f59e0b, Scheduled:#8b5cf6, Published:#22c55e) default=Idea
  link: url
  reach: integer min=0
  engagements: integer min=0
  engagement_rate: computed = round(engagements / reach * 100, 2)

view schedule calendar post "Calendar" fields=title,channel,status date_field=publish_at
view pipeline kanban post "Pipeline" fields=title,channel,owner group_by=status
view posts table post fields=title,channel,format,publish_at,status,reach,engagement_rate sort=publish_at
view grid cards post "Visual grid" fields=channel,publish_at image_field=media
view campaigns table campaign fields=name,starts_on,ends_on,goal
dashboard performance "Performance"
  bar "Reach per channel" sum post.reach by channel
  line "Posts published per week" count post by publish_at per week where status=Published
  stat "Average engagement %" avg post.engagement_rate

nav schedule, pipeline, posts, grid, campaigns, performance
home schedule
