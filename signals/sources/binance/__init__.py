"""Following Binance traders: leaderboard UIDs and copy-trading lead portfolios.

``client`` holds the shared request loop (rate limit, backoff, the bapi envelope, the login
refusal) and the leaderboard's endpoints, ``copy_trading`` the lead-portfolio endpoints, ``diff``
compares two position lists, ``sync`` turns the differences into signals and closes for either
source, ``history`` imports a lead's closed positions for the backtest, ``tasks`` runs the syncs on
a schedule.
"""
from signals.sources.binance.client import (
    BaseInfo,
    BinanceWebClient,
    LeaderboardClient,
    LeaderboardPositions,
    LeaderPosition,
    LoginRequired,
    RateLimiter,
)
from signals.sources.binance.copy_trading import CopyTradingClient
from signals.sources.binance.diff import Change, diff_positions

__all__ = [
    "BaseInfo", "BinanceWebClient", "Change", "CopyTradingClient", "LeaderPosition", "LeaderboardClient",
    "LeaderboardPositions", "LoginRequired", "RateLimiter", "diff_positions",
]
