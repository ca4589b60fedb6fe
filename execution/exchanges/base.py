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


@dataclass(frozen=True)
class HeldOrderState:
    """What the exchange reports about a stop or target it holds for us."""

    fills: list[ExecutedFill]
    working: bool  # False once the exchange no longer works it (filled, cancelled or expired there)


class ExchangeAdapter(ABC):
    name: str = "exchange"
    # True when stops and targets can rest on the exchange itself as reduce-only orders, so they
    # hold while EchoTrade is down: ``protection_sync`` then sends them (``place_protection``) and
    # the position monitor asks for their fills (``poll_held``) instead of triggering them itself.
    supports_held_protection: bool = False
    # True when the venue knows an order by our row's id (its client order id): the row is written
    # before the order is sent. A venue without it (paper) lets a chunk of copies write its rows
    # together afterwards (execution/services/opening.py).
    knows_orders_by_our_id: bool = True

    @abstractmethod
    def submit(self, order, quote) -> list[ExecutedFill]:
        """Send ``order``; return what filled at once (nothing for a resting limit or stop)."""

    @abstractmethod
    def poll(self, order, quote) -> list[ExecutedFill]:
        """Fills of a working order since it was last looked at, given the latest ``quote``."""

    @abstractmethod
    def cancel(self, order) -> None:
        """Withdraw a working order."""

    def place_protection(self, order, *, again: bool = False) -> None:
        """Rest the stop or target ``order`` on the exchange (adapters with ``supports_held_protection``).

        ``again``: an earlier attempt ended without an answer, so the exchange may already hold it.
        """
        raise NotImplementedError(f"The {self.name} exchange holds no stops or targets of its own.")

    def poll_held(self, order, quote) -> HeldOrderState:
        """Fills of a stop or target the exchange holds, and whether it still works it. Never raises."""
        raise NotImplementedError(f"The {self.name} exchange holds no stops or targets of its own.")
