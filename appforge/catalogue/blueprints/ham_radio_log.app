app ham-radio-log "Amateur Radio QSO Log"
  description "A ham radio operator's logbook of contacts (QSOs): callsign, band, mode, frequency, signal reports, country and QSL card status. Also: QSO logbook, amateur radio log, contest log, DX log."
  access signin
  theme primary=#0f766e background=#f5fbfa accent=#dc2626 font="ui-monospace, monospace" icon="📻"

entity rig
  icon "🎛️"
  display name
  name: text required unique
  radio: text
  antenna: text
  max_power_w: integer min=1 max=1500

entity qso "QSO"
  icon "📡"
  display callsign
  order -contact_at
  callsign: text required pattern="[A-Z0-9/]{3,12}"
  contact_at: datetime required label="Time (UTC)"
  band: choice(160m:#7f1d1d, 80m:#b91c1c, 40m:#ea580c, 20m:#ca8a04, 17m:#65a30d, 15m:#16a34a, 10m:#0d9488, 6m:#0284c7, 2m:#4f46e5, 70cm:#9333ea) required
  mode: choice(SSB:#3b82f6, CW:#111827, FT8:#22c55e, FM:#f59e0b, RTTY:#a855f7, AM:#64748b) required
  frequency_mhz: decimal label="Frequency (MHz)" min=0.1 max=450
  rst_sent: text label="RST sent" default="59"
  rst_received: text label="RST rcvd" default="59"
  operator_name: text label="Name"
  country: text label="DXCC entity"
  grid_square: text
  rig: reference(rig)
  power_w: integer label="Power (W)" min=1 max=1500
  qsl: choice(Not sent:#94a3b8, Sent:#3b82f6, Received:#22c55e, LoTW confirmed:#16a34a) default="Not sent"
  contest: text
  notes: text

view log table qso "Log" fields=contact_at,callsign,band,mode,frequency_mhz,rst_sent,rst_received,country,qsl sort=-contact_at
view new_qso form qso "New QSO" fields=callsign,contact_at,band,mode,frequency_mhz,rst_sent,rst_received,operator_name,country,grid_square,power_w
view qsl_board kanban qso "QSL cards" fields=callsign,country,band group_by=qsl
view rigs table rig "Station" fields=name,radio,antenna,max_power_w
view activity calendar qso "On the air" fields=callsign,band date_field=contact_at
dashboard dx "DX stats"
  stat "QSOs" count qso
  bar "QSOs per band" count qso by band
  pie "Modes" count qso by mode
  bar "Top countries" count qso by country

nav new_qso, log, qsl_board, activity, rigs, dx
home log
