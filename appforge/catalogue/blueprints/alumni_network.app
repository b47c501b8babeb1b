app alumni-network "Alumni Directory"
  description "An alumni network for a school, university or bootcamp: a directory of graduates by class year, employer and city, reunions and mentoring offers. Also: alumni association, graduate directory, former students network."
  access signin
  theme primary=#7f1d1d background=#fdf9f6 accent=#ca8a04 font="Georgia, serif" icon="🎓"
role alumni_office "Alumni office"
role alum "Alum"
default_role alum
owner_role alumni_office

entity alum
  icon "🧑‍🎓"
  plural "Alumni"
  display name
  order -class_year
  name: text required
  class_year: integer required min=1900 max=2100
  programme: text
  email: email unique
  linkedin: url
  employer: text
  job_title: text
  industry: choice(Tech:#3b82f6, Finance:#14b8a6, Education:#f59e0b, Health:#ef4444, Public sector:#64748b, Arts:#ec4899, Law:#7c3aed, Startup:#22c55e)
  city: text
  mentor: boolean label="Open to mentoring" default=false
  photo: image

entity reunion
  icon "🥂"
  display title
  order starts_at
  title: text required
  starts_at: datetime required
  venue: text
  class_years: text
  ticket_price: money(USD) min=0
  attendees: many_to_many(alum)
  rsvp_link: url

view directory cards alum "Directory" fields=class_year,employer,city image_field=photo
view alumni table alum "Alumni" fields=name,class_year,employer,job_title,industry,city,mentor sort=-class_year
view mentors table alum "Mentors" fields=name,class_year,industry,job_title,linkedin where mentor=true
view join form alum "Update my details" fields=name,class_year,programme,email,linkedin,employer,job_title,industry,city,mentor,photo
view reunions calendar reunion "Reunions" fields=title,venue date_field=starts_at
dashboard network "Network"
  bar "Alumni per class year" count alum by class_year
  pie "Industries" count alum by industry
  stat "Mentors" count alum where mentor=true

permission alum update alumni_office
permission alum update alum own
permission reunion create alumni_office

nav directory, alumni, mentors, join, reunions, network
home directory
