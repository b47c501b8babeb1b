app fishing-charter "Fishing Charter Bookings"
  description "A sport fishing charter takes trip bookings online, assigns boat and captain, tracks deposits, weather cancellations and catches. Also: deep sea fishing trips, charter boat booking, guided fishing."
  access public
  theme primary=#075985 background=#f0f9ff accent=#f97316 icon="🎣"
role captain "Captain"
owner_role captain
entity trip
  trip_on: date required
  departs: time
  trip_type: choice(Half day inshore:#38bdf8, Full day offshore:#075985, Sunset:#f97316, Overnight:#1e293b) required
  boat: choice(Reel Deal, Sea Breeze)
  lead_name: text required
  email: email required
  phone: phone
  anglers: integer min=1 max=6 required
  deposit: money(USD) min=0
  total_price: money(USD) min=0
  status: choice(Requested:#94a3b8, Confirmed:#3b82f6, Weather cancel:#f59e0b, Completed:#22c55e) default=Requested
  catch_report: long_text
  catch_photo: image
view book form trip "Book a trip" fields=trip_on,trip_type,lead_name,email,phone,anglers
view calendar calendar trip "Trip calendar" fields=lead_name,trip_type,boat date_field=trip_on
view trips kanban trip "Trips" fields=lead_name,trip_on,anglers group_by=status
view catches cards trip "Catch reports" fields=trip_type,trip_on image_field=catch_photo where status=Completed
dashboard season "Season"
  stat "Revenue" sum trip.total_price where status=Completed
  pie "Trip types" count trip by trip_type
  line "Trips per month" count trip by trip_on per month
permission trip read captain
permission trip update captain
permission trip delete captain
nav book, calendar, trips, catches, season
home book
