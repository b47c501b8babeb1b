app handyman-service "Handyman Job Book"
  description "A handyman books small repair and odd jobs around the home, quotes by the hour, and keeps photos of finished work. Also: odd jobs, home repairs, property maintenance handyman."
  access public
  theme primary=#b45309 background=#fffbeb accent=#2563eb icon="🛠️"
role handyman "Handyman"
owner_role handyman
entity job_request "Job request"
  name: text required
  phone: phone required
  address: text required
  task: choice(Shelves & mounting, Furniture assembly, Door & lock, Painting, Tiling, Gutter clean, Small plumbing, Other) required
  description: long_text
  photo: image
  preferred_on: date
  status: choice(New:#94a3b8, Quoted:#f59e0b, Booked:#3b82f6, Done:#22c55e, Declined:#ef4444) default=New
  hours: decimal min=0.5 max=40
  rate: money(USD) min=0 default=60
  materials: money(USD) min=0
  total: computed = hours * rate + coalesce(materials, 0)
view request form job_request "Request a job" fields=name,phone,address,task,description,photo,preferred_on
view jobs kanban job_request "Jobs" fields=name,task,preferred_on group_by=status
view calendar calendar job_request "Calendar" fields=name,task date_field=preferred_on
view gallery cards job_request "Work gallery" fields=task image_field=photo where status=Done
dashboard earnings "Earnings"
  stat "Earned" sum job_request.total where status=Done
  pie "Tasks" count job_request by task
permission job_request read handyman
permission job_request update handyman
permission job_request delete handyman
nav request, jobs, calendar, gallery, earnings
home request
