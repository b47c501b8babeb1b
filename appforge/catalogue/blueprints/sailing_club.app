app sailing-club "Sailing Club Races & Boats"
  description "A sailing club's members and boats, race series with results corrected by handicap (PY), club boat bookings and duty officer rota; race results are public. Also: yacht club admin, dinghy racing results, regatta scoring."
  access public
  theme primary=#1e3a8a background=#f5f8ff accent=#ef4444 icon="⛵"
role race_officer "Race officer"
role sailor "Sailor"
default_role sailor
owner_role race_officer

entity boat
  icon "⛵"
  display sail_number
  order sail_number
  sail_number: text required unique
  boat_name: text
  class_name: choice(Laser / ILCA:#ef4444, RS200:#3b82f6, Topper:#f59e0b, Optimist:#22c55e, Wayfarer:#a16207, Solo:#64748b, Keelboat:#1e3a8a) required label="Class"
  py_number: integer required label="PY handicap" min=500 max=2000
  helm: text required
  crew: text
  club_owned: boolean default=false

entity race
  icon "🏁"
  order starts_at
  series: choice(Spring series, Summer evenings, Autumn series, Frostbite, Regatta) required
  race_number: integer min=1
  starts_at: datetime required
  duty_officer: user
  wind: choice(Light, Moderate, Fresh, Strong)
  status: choice(Scheduled:#3b82f6, Sailed:#22c55e, Abandoned:#ef4444) default=Scheduled

entity result
  icon "⏱️"
  race: reference(race) required
  boat: reference(boat) required
  elapsed_seconds: integer min=1
  laps: integer min=1
  py: integer required label="PY used" min=500 max=2000
  corrected_seconds: computed = round(elapsed_seconds * 1000 / py, 0)
  code: choice(Finished:#22c55e, DNF:#ef4444, DNS:#94a3b8, OCS:#f59e0b, RET:#64748b) default=Finished

view races calendar race "Race calendar" fields=series,race_number,duty_officer date_field=starts_at
view results table result "Results" fields=race,boat,elapsed_seconds,laps,corrected_seconds,code sort=race
view enter_result form result "Enter a result" fields=race,boat,elapsed_seconds,laps,py,code
view fleet table boat "Fleet" fields=sail_number,boat_name,class_name,py_number,helm,club_owned sort=sail_number
view race_list table race "Races" fields=starts_at,series,race_number,wind,status,duty_officer
dashboard season "Season"
  bar "Finishes per boat" count result by boat where code=Finished
  pie "Fleet by class" count boat by class_name
  stat "Races sailed" count race where status=Sailed

permission result create race_officer
permission result update race_officer
permission race create race_officer
permission race update race_officer
permission boat create signed_in
permission boat update sailor own
permission boat update race_officer

nav races, results, fleet, enter_result, race_list, season
home results
