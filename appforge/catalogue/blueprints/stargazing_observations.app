app stargazing-observations "Night Sky Observing Log"
  description "Log observing sessions and the objects seen: planets, Messier objects, double stars, with seeing, transparency and equipment. Also: astronomy observation log, telescope journal, Messier checklist."
  access signin
  theme primary=#312e81 background=#0b1020 text=#e5e7eb accent=#facc15 dark=true icon="🔭"

entity target
  icon "🌌"
  display designation
  order designation
  designation: text required unique help="e.g. M31, NGC 7000, Jupiter."
  common_name: text
  type: choice(Planet:#f97316, Moon:#e5e7eb, Galaxy:#a855f7, Nebula:#ec4899, Open cluster:#38bdf8, Globular cluster:#facc15, Double star:#22c55e, Comet:#14b8a6)
  constellation: text
  magnitude: decimal min=-30 max=30
  seen: boolean default=false

entity observation
  icon "👁️"
  order -observed_at
  target: reference(target) required
  observed_at: datetime required
  site: text
  instrument: choice(Naked eye, Binoculars, Refractor, Reflector, SCT, Dobsonian)
  eyepiece: text
  seeing: rating help="1 poor to 5 excellent."
  transparency: rating
  sketch: image
  notes: long_text

view targets table target "Targets" fields=designation,common_name,type,constellation,magnitude,seen sort=designation
view observations table observation fields=observed_at,target,instrument,seeing,transparency sort=-observed_at
view log form observation "Log an observation" fields=target,observed_at,site,instrument,eyepiece,seeing,transparency,sketch,notes
view sessions calendar observation "Sessions" fields=target date_field=observed_at
view sketches cards observation "Sketches" fields=target,observed_at image_field=sketch
dashboard sky "Sky stats"
  stat "Targets seen" count target where seen=true
  pie "Targets by type" count target by type
  line "Observations per month" count observation by observed_at per month

nav targets, log, observations, sessions, sketches, sky
home targets
