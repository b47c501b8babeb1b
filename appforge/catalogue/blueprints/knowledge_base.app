app knowledge-base "Team Knowledge Base"
  description "A team wiki of how-to articles and FAQs organised by category, with owners, review dates and helpfulness votes. Also: internal wiki, help center, documentation hub, FAQ library."
  access signin
  theme primary=#1d4ed8 background=#ffffff accent=#059669 icon="📘"
role editor "Editor"
role reader "Reader"
default_role reader
owner_role editor

entity category
  icon "🗂️"
  plural "Categories"
  display name
  order name
  name: text required unique
  description: text

entity article
  icon "📄"
  display title
  order title
  title: text required unique
  category: reference(category) required
  summary: text
  body: long_text required
  tags: tags(How-to:#3b82f6, FAQ:#22c55e, Policy:#64748b, Troubleshooting:#ef4444, Onboarding:#f59e0b)
  owner: user
  status: choice(Draft:#94a3b8, Published:#22c55e, Needs review:#f59e0b, Archived:#64748b) default=Draft
  last_reviewed: date
  days_since_review: computed = days_between(last_reviewed, today())
  helpful_votes: integer min=0 default=0
  attachment: file

view articles table article fields=title,category,status,owner,last_reviewed,helpful_votes sort=title where status=Published
view read detail article "Article" fields=title,category,summary,body,tags,attachment
view editorial kanban article "Editorial" fields=title,owner,category group_by=status
view write form article "Write an article" fields=title,category,summary,body,tags,attachment
view categories table category fields=name,description
dashboard health "Content health"
  stat "Published" count article where status=Published
  bar "Articles per category" count article by category
  pie "Status" count article by status

permission article create editor
permission article update editor
permission article delete editor
permission category create editor

nav articles, categories, editorial, write, health
home articles
