app open-source-contributors "Open Source Contributor Tracker"
  description "Maintainers track an open-source project's contributors, their merged pull requests, areas of the codebase and recognition, to grow a community. Also: contributor CRM, OSS community tracker, maintainer dashboard."
  access signin
  theme primary=#24292f background=#f6f8fa accent=#2da44e icon="🐙"
role maintainer "Maintainer"
default_role maintainer

entity contributor
  icon "🧑‍💻"
  display handle
  order handle
  handle: text required unique help="GitHub username."
  name: text
  email: email
  profile: url
  first_contribution: date
  role: choice(First-timer:#94a3b8, Regular:#3b82f6, Reviewer:#8b5cf6, Maintainer:#2da44e, Emeritus:#64748b) default=First-timer
  areas: tags(Core:#24292f, Docs:#0ea5e9, CI:#f59e0b, Tests:#22c55e, UI:#ec4899, Translations:#a855f7)
  timezone: text
  swag_sent: boolean default=false

entity contribution
  icon "🔀"
  order -merged_on
  contributor: reference(contributor) required
  title: text required
  link: url required label="PR link"
  kind: choice(Bug fix:#ef4444, Feature:#22c55e, Docs:#0ea5e9, Refactor:#8b5cf6, Tests:#f59e0b, Review:#64748b) required
  merged_on: date
  lines_changed: integer min=0
  good_first_issue: boolean default=false

view contributors table contributor fields=handle,name,role,areas,first_contribution,swag_sent sort=handle
view ladder kanban contributor "Contributor ladder" fields=handle,areas group_by=role
view contributions table contribution fields=merged_on,contributor,title,kind,lines_changed sort=-merged_on
view merged calendar contribution "Merged" fields=title,contributor date_field=merged_on
dashboard community "Community"
  stat "Contributors" count contributor
  bar "PRs per contributor" count contribution by contributor
  line "PRs merged per month" count contribution by merged_on per month
  pie "Kinds of work" count contribution by kind

nav community, contributors, ladder, contributions, merged
home community
