app solar-installations "Solar Installation Projects"
  description "A solar installer takes leads through site survey, system design, permits, install and grid connection, tracking kW size and price. Also: solar PV installer CRM, rooftop solar projects, battery installs."
  access signin
  theme primary=#eab308 background=#fefce8 accent=#0369a1 icon="☀️"
role ops "Operations"
role installer "Installer"
default_role installer
owner_role ops
entity solar_project "Project"
  display customer
  customer: text required
  address: text required
  phone: phone
  roof_type: choice(Asphalt shingle, Tile, Metal, Flat)
  system_kw: decimal min=0 max=100
  panels: integer min=0
  battery: boolean default=false
  price: money(USD) min=0
  price_per_watt: computed = round(price / (system_kw * 1000), 2)
  stage: choice(Lead:#94a3b8, Site survey:#a855f7, Design:#6366f1, Permitting:#f59e0b, Install:#3b82f6, Grid connection:#06b6d4, Live:#22c55e) default=Lead
  install_on: date
  lead_installer: user
  site_photo: image
  permit: file
view pipeline kanban solar_project "Pipeline" fields=customer,system_kw,price group_by=stage
view installs calendar solar_project "Install calendar" fields=customer,system_kw date_field=install_on
view my_installs table solar_project "My installs" fields=customer,address,install_on,stage where lead_installer=me
view sites cards solar_project "Sites" fields=roof_type,system_kw image_field=site_photo
dashboard capacity "Capacity"
  stat "kW installed" sum solar_project.system_kw where stage=Live
  stat "Avg price per watt" avg solar_project.price_per_watt
  line "Installs per month" count solar_project by install_on per month
permission solar_project create ops
permission solar_project delete ops
nav pipeline, installs, my_installs, sites, capacity
home pipeline
