app meeting-notes "Meeting Notes & Actions"
  description "Write up meetings with agenda, attendees, decisions and notes, and follow up the action items with owners and due dates. Also: minutes of meetings, action item tracker, meeting minutes."
  access signin
  theme primary=#0f172a background=#f8fafc accent=#0ea5e9 icon="📝"

entity meeting
  icon "🗓️"
  display title
  order -held_at
  title: text required
  held_at: datetime required
  type: choice(One-to-one:#a855f7, Team:#3b82f6, Client:#22c55e, Board:#0f172a, Project:#f59e0b, All-hands:#ec4899)
  attendees: text
  agenda: long_text
  notes: long_text
  decisions: long_text
  recording: url

entity action_item "Action item"
  icon "✅"
  display task
  order due
  meeting: reference(meeting) required
  task: text required
  owner: user
  due: date
  status: choice(Open:#3b82f6, Doing:#f59e0b, Done:#22c55e, Dropped:#94a3b8) default=Open

view meetings table meeting fields=held_at,title,type,attendees sort=-held_at
view meeting_calendar calendar meeting "Calendar" fields=title,type date_field=held_at
view write_up form meeting "Write up a meeting" fields=title,held_at,type,attendees,agenda,notes,decisions
view minutes detail meeting "Minutes" fields=title,held_at,attendees,agenda,notes,decisions,recording
view actions kanban action_item "Actions" fields=task,owner,due group_by=status
view my_actions table action_item "My actions" fields=task,meeting,due,status sort=due where owner=me
dashboard follow_up "Follow-up"
  stat "Open actions" count action_item where status=Open
  bar "Open actions per owner" count action_item by owner where status!=Done

nav meetings, meeting_calendar, write_up, actions, my_actions, follow_up
home actions
