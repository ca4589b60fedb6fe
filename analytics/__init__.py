"""Analytics: read-only figures over what the other layers recorded.

- ``metrics/``: the pure library of risk and performance ratios (no database);
- ``inputs``: the shared series (copies, capital, daily returns, equity curve) read from the database;
- ``trader_metrics``, ``compare``, ``ranking``, ``paper``: a trader's figures, side by side, scored,
  and its paper record with the promotion to live;
- ``alerts``: trader alert rules evaluated on those figures (and the auto-pause);
- ``snapshots``: the daily account and trader snapshots behind the curves;
- ``projection``: the Monte Carlo projection of an account's equity;
- ``backtests/``: the strategy backtest and the trader replay; ``optimizer``: the bots' parameter search.
"""
