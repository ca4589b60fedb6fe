"""Exchange adapters: one interface, a paper implementation now and a ccxt one for live trading."""
from __future__ import annotations

from echotrade.exceptions import PermanentExchangeError
from execution.exchanges.base import ExchangeAdapter, ExecutedFill
from execution.exchanges.live import LiveExchange
from execution.exchanges.paper import PaperExchange
from execution.models import ExchangeCredential

__all__ = ["ExchangeAdapter", "ExecutedFill", "PaperExchange", "exchange_for"]


def exchange_for(*, account, trader=None, position=None) -> ExchangeAdapter:
    """The exchange an order of ``account`` goes to.

    An existing ``position``'s orders go where its entry went (``Position.venue``), so promoting a
    trader or switching an account never sends a paper position's close to a real exchange.
    Otherwise a paper account, or a trader marked paper-trade-only, never reaches a live exchange.
    """

    if position is not None:
        if position.venue == "paper":
            return PaperExchange()
    elif account.mode == "paper" or (trader is not None and trader.paper_trade_only):
        return PaperExchange()
    credential = ExchangeCredential.objects.filter(account_id=account.pk).select_related("account").first()
    if credential is None:
        # "live mode" in the message is what the decision records as live_trading_unavailable.
        raise PermanentExchangeError(
            f"Account '{account.name}' is in live mode but no live exchange is configured; "
            "switch it to paper mode or add exchange keys."
        )
    return LiveExchange(credential)
