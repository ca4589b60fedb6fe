"""The holistic risk metrics of the trader-management design, as pure functions.

Every function takes plain sequences (floats, Decimals, dicts or model instances) and returns
plain floats, ints, None and dicts, so the API can serialise the result as it is. None means
"undefined for this input" (too few observations, a zero denominator), never zero. The trade
and signal groups compute on numpy columns (``columns.TradeColumns``, ``columns.SignalColumns``):
pass those, built once from a query's columns, or rows, which they convert first.

- ``risk_adjusted``   Sharpe, Sortino, Calmar, volatility ... (empyrical's definitions)
- ``drawdown_stats``  depth, count, duration and recovery of the underwater episodes
- ``leverage_stats``  leverage use, win rate per leverage bucket, risk score
- ``token_stats``     concentration (Herfindahl), diversification, per-token P&L correlation
- ``signal_stats``    accuracy, calibration, lag and slippage of a trader's signals
"""
from analytics.metrics.drawdown import drawdown_stats
from analytics.metrics.leverage import leverage_stats
from analytics.metrics.risk import risk_adjusted
from analytics.metrics.signals import signal_stats
from analytics.metrics.tokens import token_stats

__all__ = ["drawdown_stats", "leverage_stats", "risk_adjusted", "signal_stats", "token_stats"]
