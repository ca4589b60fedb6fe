"""Trader analytics read from the database: metrics, comparison, ranking and the paper record.

``inputs`` defines the shared series (copies, capital, daily returns, equity curve); the other
modules build on it and on the pure library in ``traders.metrics``.
"""
from traders.analytics.compare import trader_compare
from traders.analytics.inputs import trader_series
from traders.analytics.metrics import trader_metrics
from traders.analytics.paper import promotion_criteria, trader_paper_record
from traders.analytics.ranking import (
    WEIGHTS,
    trader_leaderboard,
    trader_ranking,
    trader_score,
)

__all__ = [
    "WEIGHTS", "promotion_criteria", "trader_compare", "trader_leaderboard", "trader_metrics", "trader_paper_record",
    "trader_ranking", "trader_score", "trader_series",
]
