app investment-portfolio "Investment Portfolio Tracker"
  description "Track holdings across brokers: stocks, ETFs, funds and crypto, with buys, sells, dividends and current value. Also: stock portfolio, share tracker, net worth investments."
  access signin
  theme primary=#1e3a8a background=#f8fafc accent=#16a34a icon="📈"

entity holding
  icon "📊"
  display ticker
  order ticker
  ticker: text required unique max=12
  name: text
  asset_class: choice(Stock:#3b82f6, ETF:#6366f1, Fund:#8b5cf6, Bond:#64748b, Crypto:#f59e0b, REIT:#14b8a6, Cash:#22c55e) required
  broker: text
  units: decimal required min=0
  average_cost: money(USD) min=0
  current_price: money(USD) min=0
  market_value: computed = round(units * current_price, 2)
  gain: computed label="Unrealised gain" = round(units * (current_price - average_cost), 2)
  target_weight_pct: decimal label="Target weight %" min=0 max=100

entity trade
  icon "🔄"
  order -traded_on
  holding: reference(holding) required
  traded_on: date required
  side: choice(Buy:#22c55e, Sell:#ef4444, Dividend:#0ea5e9) required
  units: decimal min=0
  price: money(USD) min=0
  fees: money(USD) min=0
  total: computed = round(units * price + coalesce(fees, 0), 2)
  notes: text

view holdings table holding fields=ticker,name,asset_class,units,average_cost,current_price,market_value,gain sort=ticker
view trades table trade fields=traded_on,holding,side,units,price,fees,total sort=-traded_on
view record_trade form trade "Record a trade" fields=holding,traded_on,side,units,price,fees,notes
view trade_calendar calendar trade "Trade calendar" fields=holding,side date_field=traded_on
dashboard portfolio "Portfolio"
  stat "Market value" sum holding.market_value
  stat "Unrealised gain" sum holding.gain
  pie "Allocation" sum holding.market_value by asset_class
  line "Dividends per month" sum trade.price by traded_on per month where side=Dividend

nav portfolio, holdings, trades, record_trade, trade_calendar
home portfolio
