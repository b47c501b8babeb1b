app bug-tracker "Bug Tracker"
  description "A software team files bugs with steps to reproduce, severity, component and environment, triages them and tracks fixes to release. Also: issue tracker, defect tracking, Jira alternative."
  access signin
  theme primary=#dc2626 background=#fafafa accent=#2563eb icon="🐞"
role lead "Tech lead"
role developer "Developer"
role qa "QA"
default_role developer
owner_role lead
entity release
  display version
  version: text required unique
  ships_on: date
  notes: long_text
entity bug
  display title
  title: text required
  steps_to_reproduce: long_text
  expected: text
  actual: text
  severity: choice(Blocker:#7f1d1d, Critical:#dc2626, Major:#f97316, Minor:#f59e0b, Trivial:#94a3b8) default=Major
  component: choice(Frontend, Backend, API, Mobile, Infra, Docs)
  environment: choice(Production, Staging, Local)
  assignee: user
  fix_release: reference(release)
  status: choice(New:#94a3b8, Triaged:#a855f7, In progress:#3b82f6, In review:#06b6d4, Fixed:#22c55e, Won't fix:#64748b) default=New
  labels: tags(Regression, Security, Performance, UX, Flaky)
  screenshot: image
view board kanban bug "Board" fields=title,severity,assignee group_by=status
view mine table bug "Assigned to me" fields=title,severity,component,status where assignee=me
view report form bug "Report a bug" fields=title,steps_to_reproduce,expected,actual,severity,component,environment,screenshot
view releases calendar release "Releases" fields=version date_field=ships_on
view all_bugs table bug "All bugs" fields=title,severity,component,fix_release,status sort=-created_at
dashboard health "Health"
  stat "Open blockers" count bug where severity=Blocker and status!=Fixed
  pie "Severity" count bug by severity
  bar "Bugs by component" count bug by component
  line "Bugs filed per week" count bug by created_at per week
permission release create lead
permission bug delete lead
nav board, mine, report, releases, all_bugs, health
home board
