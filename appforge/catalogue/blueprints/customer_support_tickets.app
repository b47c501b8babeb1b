app customer-support-tickets "Customer Support Helpdesk"
  description "Customers submit support tickets; agents triage by priority, assign, reply and resolve, tracking satisfaction. Also: help desk, ticketing system, customer service inbox, Zendesk alternative."
  access signin
  signup on
  theme primary=#0ea5e9 background=#f8fafc accent=#f43f5e icon="🎧"
role agent "Support agent"
role customer "Customer"
default_role customer
owner_role agent
entity ticket
  display subject
  subject: text required
  description: long_text required
  category: choice(Billing, Bug, How-to, Account, Feature request)
  priority: choice(Low:#22c55e, Normal:#3b82f6, High:#f59e0b, Urgent:#ef4444) default=Normal
  status: choice(New:#94a3b8, Open:#3b82f6, Waiting on customer:#f59e0b, Resolved:#22c55e, Closed:#64748b) default=New
  assignee: user
  attachment: file
  satisfaction: rating
  resolved_on: date
entity reply
  ticket: reference(ticket) required
  body: long_text required
  internal: boolean default=false
view queue kanban ticket "Queue" fields=subject,priority,assignee group_by=status
view mine table ticket "Assigned to me" fields=subject,priority,status sort=-created_at where assignee=me
view submit form ticket "New ticket" fields=subject,description,category,priority,attachment
view my_requests table ticket "My requests" fields=subject,status,updated_at
view replies table reply fields=ticket,body,internal,created_at
dashboard support "Support"
  stat "Open tickets" count ticket where status=Open
  stat "CSAT" avg ticket.satisfaction
  pie "Categories" count ticket by category
  line "Tickets per day" count ticket by created_at per day
permission ticket read agent,customer own
permission ticket update agent
permission reply read agent,customer own
nav queue, mine, submit, my_requests, replies, support
home queue
