"""The exchange boundary (freqtrade's shape, Decimal money).

An adapter turns our ``Order`` rows into fills. It never writes to the database: the execution
services apply the fills it reports to orders, positions and cash, so paper and live trading
share one accounting path.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ExecutedFill:
    price: Decimal
    quantity: Decimal
    fee: Decimal
    liquidity: str  # "maker" | "taker"
    reference_price: Decimal  # the market price before our slippage


class ExchangeAdapter(ABC):
    name: str = "exchange"

    @abstractmethod
    def submit(self, order, quote) -> list[ExecutedFill]:
        """Send ``order``; return what filled at once (nothing for a resting limit or stop)."""

    @abstractmethod
    def poll(self, order, quote) -> list[ExecutedFill]:
        """Fills of a working order since it was last looked at, given the latest ``quote``."""

    @abstractmethod
    def cancel(self, order) -> None:
        """Withdraw a working order."""
