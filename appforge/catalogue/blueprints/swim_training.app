app swim-training "Swim Training Sets"
  description "Plan and log pool and open-water swim sessions: distance, strokes, main sets and times, with personal bests. Also: swimming log, lap tracker, triathlon swim diary."
  access signin
  theme primary=#0284c7 background=#f3fbff accent=#f97316 icon="🏊"

entity swim_session "Swim session"
  icon "🌊"
  order -swum_on
  swum_on: date required
  venue: choice(25m pool:#0ea5e9, 50m pool:#2563eb, Open water:#0f766e, Lake:#15803d, Sea:#1e3a8a) required
  distance_m: integer required label="Distance (m)" min=25 max=20000
  duration_min: integer label="Time (min)" min=1
  pace_per_100m: computed label="Pace per 100m (min)" = round(duration_min / (distance_m / 100), 2)
  main_stroke: choice(Freestyle, Backstroke, Breaststroke, Butterfly, IM, Kick)
  main_set: long_text
  water_temp_c: decimal label="Water °C" min=0 max=35
  effort: rating

entity personal_best "Personal best"
  icon "🏅"
  order event
  event: choice(50 free, 100 free, 200 free, 400 free, 1500 free, 100 back, 100 breast, 100 fly, 200 IM) required
  time_seconds: decimal required label="Time (s)" min=10
  set_on: date required
  meet: text

view sessions table swim_session fields=swum_on,venue,distance_m,duration_min,pace_per_100m,main_stroke,effort sort=-swum_on
view log_swim form swim_session "Log a swim" fields=swum_on,venue,distance_m,duration_min,main_stroke,main_set,water_temp_c,effort
view swim_calendar calendar swim_session "Swim calendar" fields=venue,distance_m date_field=swum_on
view pbs table personal_best "Personal bests" fields=event,time_seconds,set_on,meet sort=event
dashboard volume "Volume"
  stat "Metres swum" sum swim_session.distance_m
  line "Metres per week" sum swim_session.distance_m by swum_on per week
  pie "Venues" count swim_session by venue

nav volume, sessions, log_swim, swim_calendar, pbs
home sessions
