app payroll-timesheets "Timesheets & Payroll Prep"
  description "Employees submit weekly timesheets with regular and overtime hours; managers approve them and export totals for payroll. Also: time tracking, hours approval, payroll timesheet."
  access signin
  theme primary=#0f766e background=#f8fafc accent=#f59e0b icon="⏰"
role manager "Manager"
role employee "Employee"
default_role employee
owner_role manager
entity timesheet
  employee: user required
  week_starting: date required
  project_code: text
  regular_hours: decimal min=0 max=60 default=40
  overtime_hours: decimal min=0 max=40 default=0
  hourly_rate: money(USD) min=0
  gross_pay: computed = regular_hours * hourly_rate + overtime_hours * hourly_rate * 1.5
  status: choice(Draft:#94a3b8, Submitted:#3b82f6, Approved:#22c55e, Rejected:#ef4444, Paid:#a855f7) default=Draft
  notes: text
view mine table timesheet "My timesheets" fields=week_starting,regular_hours,overtime_hours,status sort=-week_starting where employee=me
view submit form timesheet "Submit timesheet" fields=employee,week_starting,project_code,regular_hours,overtime_hours,notes
view approvals kanban timesheet "Approvals" fields=employee,week_starting,overtime_hours group_by=status
view weeks calendar timesheet "Weeks" fields=employee date_field=week_starting
view payroll table timesheet "Payroll export" fields=employee,week_starting,regular_hours,overtime_hours,gross_pay where status=Approved
dashboard hours "Hours"
  stat "Overtime hours" sum timesheet.overtime_hours
  bar "Gross pay by employee" sum timesheet.gross_pay by employee
  line "Hours per week" sum timesheet.regular_hours by week_starting per week
permission timesheet read manager,employee own
permission timesheet update manager,employee own
permission timesheet delete manager
nav mine, submit, approvals, weeks, payroll, hours
home mine
