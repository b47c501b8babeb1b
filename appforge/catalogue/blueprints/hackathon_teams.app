app hackathon-teams "Hackathon Team Hub"
  description "Run a hackathon: participants sign up with their skills, form teams, register projects with repo and demo links, and judges score them. Also: hackathon registration, team formation, project judging."
  access signin
  theme primary=#16a34a background=#0b1410 text=#e6fff0 accent=#f472b6 dark=true icon="💻"
role organiser "Organiser"
role judge "Judge"
role hacker "Hacker"
default_role hacker
owner_role organiser

entity participant
  icon "🧑‍💻"
  display name
  name: text required
  email: email required unique
  skills: tags(Frontend:#3b82f6, Backend:#22c55e, Design:#ec4899, Data:#14b8a6, Hardware:#f97316, Pitching:#facc15)
  t_shirt: choice(XS, S, M, L, XL, XXL)
  dietary: text
  looking_for_team: boolean default=true

entity team
  icon "👥"
  display name
  name: text required unique
  members: many_to_many(participant)
  challenge: choice(Climate:#22c55e, Health:#ef4444, Education:#3b82f6, Fintech:#f59e0b, Open:#8b5cf6)
  project_title: text
  repo: url
  demo_video: url
  table_number: integer min=1
  stage: choice(Forming:#94a3b8, Hacking:#3b82f6, Submitted:#22c55e, Finalist:#f59e0b, Winner:#eab308) default=Forming

entity score
  icon "🏅"
  team: reference(team) required
  innovation: integer required min=1 max=10
  execution: integer required min=1 max=10
  impact: integer required min=1 max=10
  total: computed = innovation + execution + impact
  comments: text

view teams kanban team "Teams" fields=name,challenge,project_title group_by=stage
view register form participant "Sign up" fields=name,email,skills,t_shirt,dietary,looking_for_team
view participants table participant fields=name,email,skills,t_shirt,looking_for_team
view judging form score "Score a team" fields=team,innovation,execution,impact,comments
view scores table score fields=team,innovation,execution,impact,total,created_by
dashboard leaderboard "Leaderboard"
  bar "Average total per team" avg score.total by team
  pie "Teams per challenge" count team by challenge
  stat "Hackers" count participant

permission score create judge
permission score read judge,organiser
permission team update signed_in own
permission team update organiser

nav teams, register, participants, judging, scores, leaderboard
home teams
