"""Strategies: importing this package registers every one of them in ``base.REGISTRY``."""
from bots.strategies.base import REGISTRY, Candles, Context, Param, Strategy, Vote, register, strategy_for

__all__ = ["REGISTRY", "Candles", "Context", "Param", "Strategy", "Vote", "register", "strategy_for"]
