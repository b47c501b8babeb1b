app charity-run-registrations "Charity Fun Run Entries"
  description "Take entries for a charity fun run or 5K: runners register with distance, T-shirt size and emergency contact, get bib numbers, raise sponsorship and post finish times. Also: race registration, sponsored run sign-up, fun run entries, race results."
  access public
  theme primary=#db2777 background=#fff7fb accent=#16a34a icon="🏃‍♀️"
role race_director "Race director"
owner_role race_director

entity runner
  icon "🎽"
  display full_name
  order bib_number
  full_name: text required
  email: email required
  phone: phone
  born_on: date required
  distance: choice(1K kids:#facc15, 5K:#22c55e, 10K:#3b82f6, Half marathon:#7c3aed) required
  t_shirt: choice(Kids, XS, S, M, L, XL, XXL) required
  team: text
  emergency_contact: text required
  emergency_phone: phone required
  entry_fee: money(GBP) min=0
  sponsorship_target: money(GBP) min=0
  sponsorship_raised: money(GBP) min=0
  fundraising_page: url
  bib_number: integer unique min=1
  status: choice(Registered:#3b82f6, Paid:#22c55e, Collected bib:#a855f7, Finished:#16a34a, DNS:#94a3b8, DNF:#ef4444) default=Registered
  finish_time_min: decimal label="Finish time (min)" min=1
  registered_at: created_at

entity sponsorship
  icon "💗"
  order -created_at
  runner: reference(runner) required
  sponsor_name: text required
  amount: money(GBP) required min=1
  gift_aid: boolean default=false
  message: text

view enter form runner "Enter the run" fields=full_name,email,phone,born_on,distance,t_shirt,team,emergency_contact,emergency_phone,sponsorship_target,fundraising_page
view entries table runner "Entries" fields=bib_number,full_name,distance,t_shirt,status,sponsorship_raised sort=bib_number
view race_day kanban runner "Race day" fields=bib_number,full_name,distance group_by=status
view results table runner "Results" fields=bib_number,full_name,distance,finish_time_min sort=finish_time_min where status=Finished
view sponsor form sponsorship "Sponsor a runner" fields=runner,sponsor_name,amount,gift_aid,message
view registrations calendar runner "Sign-ups" fields=full_name,distance date_field=registered_at
dashboard totals "Totals"
  stat "Runners" count runner
  stat "Sponsorship pledged" sum sponsorship.amount
  bar "Sponsorship per runner" sum sponsorship.amount by runner
  pie "Distances" count runner by distance
  bar "T-shirt sizes" count runner by t_shirt

permission runner read race_director
permission runner update race_director
permission runner delete race_director

nav enter, entries, race_day, results, sponsor, registrations, totals
home enter
