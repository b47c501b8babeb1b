app running-log "Running Diary"
  description "Log every run with distance, time, pace, route and how it felt, track shoe mileage and training for a race. Also: run tracker, jogging log, marathon training diary."
  access signin
  theme primary=#ea580c background=#fffaf5 accent=#0ea5e9 icon="🏃"

entity shoe
  icon "👟"
  display name
  name: text required
  brand: text
  bought_on: date
  retire_at_km: integer label="Retire at (km)" min=100 max=2000 default=700
  retired: boolean default=false
  photo: image

entity run
  icon "🏃"
  order -date
  date: date required
  type: choice(Easy:#22c55e, Long:#3b82f6, Tempo:#f59e0b, Intervals:#ef4444, Race:#a855f7, Recovery:#94a3b8) required default=Easy
  distance_km: decimal required label="Distance (km)" min=0.1 max=300
  duration_min: decimal required label="Time (min)" min=1
  pace_min_per_km: computed label="Pace (min/km)" = round(duration_min / distance_km, 2)
  avg_heart_rate: integer label="Avg HR" min=40 max=220
  elevation_m: integer label="Elevation gain (m)" min=0
  route: text
  shoe: reference(shoe)
  effort: rating
  notes: long_text

view runs table run fields=date,type,distance_km,duration_min,pace_min_per_km,avg_heart_rate,shoe sort=-date
view log_run form run "Log a run" fields=date,type,distance_km,duration_min,avg_heart_rate,elevation_m,route,shoe,effort,notes
view run_calendar calendar run "Training calendar" fields=type,distance_km date_field=date
view shoes cards shoe "Shoes" fields=brand,retire_at_km,retired image_field=photo
dashboard mileage "Mileage"
  stat "Total km" sum run.distance_km
  line "Km per week" sum run.distance_km by date per week
  bar "Km per shoe" sum run.distance_km by shoe
  pie "Run types" count run by type

nav mileage, runs, log_run, run_calendar, shoes
home mileage
