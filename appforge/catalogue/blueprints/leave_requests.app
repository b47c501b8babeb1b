app leave-requests "Leave & Holiday Requests"
  description "Employees request annual leave, sick days and other absence; managers approve and see who is off on a team calendar. Also: PTO tracker, vacation requests, absence management."
  access signin
  theme primary=#0891b2 background=#ecfeff accent=#f97316 icon="🌴"
role manager "Manager"
role employee "Employee"
default_role employee
owner_role manager
entity leave_request "Leave request"
  employee: user required
  kind: choice(Annual leave:#22c55e, Sick:#ef4444, Parental:#ec4899, Unpaid:#94a3b8, Compassionate:#a855f7, Training:#3b82f6) required
  starts_on: date required
  ends_on: date required
  days: computed = days_between(starts_on, ends_on) + 1
  half_day: boolean default=false
  reason: text
  status: choice(Pending:#f59e0b, Approved:#22c55e, Declined:#ef4444, Cancelled:#94a3b8) default=Pending
  sick_note: file
view team_calendar calendar leave_request "Who's off" fields=employee,kind date_field=starts_on where status=Approved
view request form leave_request "Request leave" fields=employee,kind,starts_on,ends_on,half_day,reason,sick_note
view mine table leave_request "My leave" fields=kind,starts_on,ends_on,days,status where employee=me
view approvals kanban leave_request "Approvals" fields=employee,kind,starts_on,days group_by=status
dashboard absence "Absence"
  stat "Days approved" sum leave_request.days where status=Approved
  pie "Leave types" count leave_request by kind
  bar "Days by employee" sum leave_request.days by employee
permission leave_request read manager,employee own
permission leave_request update manager
permission leave_request delete manager,employee own
nav team_calendar, request, mine, approvals, absence
home mine
