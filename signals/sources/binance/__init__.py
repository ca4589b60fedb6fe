"""Following Binance futures leaderboard traders: fetch their shared positions, diff, copy.

``client`` talks to Binance's public leaderboard endpoints, ``diff`` compares two position lists,
``sync`` turns the differences into signals and closes, ``tasks`` runs it on a schedule.
"""
from signals.sources.binance.client import (
    BaseInfo,
    LeaderboardClient,
    LeaderboardPositions,
    LeaderPosition,
    RateLimiter,
)
from signals.sources.binance.diff import Change, diff_positions

__all__ = [
    "BaseInfo", "Change", "LeaderPosition", "LeaderboardClient", "LeaderboardPositions", "RateLimiter",
    "diff_positions",
]
