"""Binance copy trading: a lead trader's portfolio, its open positions and its closed ones.

Since the leaderboard's position endpoint wants a login (``client.py``), a Binance trader is
followed through their copy-trading *lead portfolio*, which Binance shows to anyone. Three
endpoints, the ones Binance's copy-trading page and public clients call, all in the bapi envelope,
keyed by the portfolio id (the number in ``binance.com/en/copy-trading/lead-details/<id>``):

* ``GET /bapi/futures/v1/friendly/future/copy-trade/lead-data/positions?portfolioId=…`` →
  ``data``: a list with one entry per symbol and side the lead has traded, open or not:
  ``symbol`` (``BTCUSDT``), ``positionSide`` (``LONG`` / ``SHORT`` in hedge mode, ``BOTH`` in
  one-way mode, where the sign of the amount is the side), ``positionAmount`` (a signed decimal
  string; ``"0"`` when that leg is flat), ``entryPrice`` and ``markPrice`` (strings),
  ``leverage`` (a number), ``isolated``, ``unrealizedProfit``... It carries no update time.
* ``GET /bapi/futures/v1/friendly/future/copy-trade/lead-portfolio/detail?portfolioId=…`` →
  ``data``: ``leadPortfolioId``, ``nickname``, ``status`` (``ACTIVE`` …), ``positionShow`` (the
  lead shows positions to non-copiers), ``currentCopyCount``, ``marginBalance``... ``data: null``
  for an id Binance does not know.
* ``POST /bapi/futures/v1/public/future/copy-trade/lead-portfolio/position-history`` with
  ``{"portfolioId", "pageNumber" (from 1), "pageSize"}`` → ``data``: ``{"total", "list",
  "indexValue"}``; each closed position: ``id`` (a number, stable), ``symbol``, ``side``
  (``Long`` / ``Short``), ``status`` (``All Closed``, or ``Partially Closed`` while a part is
  open), ``opened`` / ``closed`` / ``updateTime`` (ms), ``avgCost``, ``avgClosePrice``,
  ``closingPnl``, ``maxOpenInterest``, ``closedVolume`` (JSON numbers), ``isolated``.

Open positions become ``LeaderPosition``s, so the leaderboard's diff and sync apply unchanged. As
with the leaderboard, an empty list is confirmed with ``positionShow`` before anyone acts on it:
a lead who hides positions must never read as a lead who closed everything.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from echotrade.exceptions import EchoTradeError, InvalidInput
from echotrade.symbols import normalize_symbol
from signals.sources.binance.client import (
    BinanceWebClient,
    LeaderboardPositions,
    LeaderPosition,
    decimal_or_none,
    from_ms,
    merge_positions,
)

POSITIONS_PATH = "/bapi/futures/v1/friendly/future/copy-trade/lead-data/positions"
DETAIL_PATH = "/bapi/futures/v1/friendly/future/copy-trade/lead-portfolio/detail"
HISTORY_PATH = "/bapi/futures/v1/public/future/copy-trade/lead-portfolio/position-history"
HISTORY_PAGE_SIZE = 30  # what Binance's own page asks for; larger pages are not promised
MAX_HISTORY_PAGES = 40  # 1,200 closed positions: months of a busy lead, and a bound on one import
SIDES = {"LONG": "long", "SHORT": "short"}


@dataclass(frozen=True)
class PortfolioDetail:
    portfolio_id: str
    nickname: str
    status: str
    position_show: bool
    copier_count: int | None = None
    raw: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ClosedPosition:
    """One entry of the lead's position history, in our spelling."""

    id: str
    symbol: str
    side: str
    status: str
    opened: datetime
    closed: datetime | None
    avg_cost: Decimal | None
    avg_close_price: Decimal | None
    closing_pnl: Decimal | None
    max_open_interest: Decimal | None
    closed_volume: Decimal | None
    raw: dict = field(default_factory=dict)


@dataclass(frozen=True)
class HistoryPage:
    total: int
    positions: list[ClosedPosition]
    unreadable: list[dict]  # entries we could not read: {"id", "error"}, reported, never guessed


class CopyTradingClient(BinanceWebClient):
    label = "Binance copy trading"
    history_page_size = HISTORY_PAGE_SIZE

    def positions(self, portfolio_id: str) -> LeaderboardPositions:
        body = self.request("GET", POSITIONS_PATH, params={"portfolioId": portfolio_id})
        data = body.get("data")
        if data is None:
            return LeaderboardPositions(sharing=False)
        if not isinstance(data, list):
            raise self.unreadable("positions", "data is not a list")
        positions = merge_positions([self._position(item) for item in data])
        # Binance lists every leg the lead ever traded, flat ones at "0": an all-flat list is
        # "no open position" only if the lead shows positions at all.
        if not positions and not self.detail(portfolio_id).position_show:
            return LeaderboardPositions(sharing=False)
        return LeaderboardPositions(sharing=True, positions=positions)

    def detail(self, portfolio_id: str) -> PortfolioDetail:
        body = self.request("GET", DETAIL_PATH, params={"portfolioId": portfolio_id})
        data = body.get("data")
        if data is None:
            raise InvalidInput(
                f"Binance has no copy-trading lead portfolio {portfolio_id}.",
                fields={"portfolio_id": [f"Binance knows no lead portfolio {portfolio_id}."]},
            )
        if not isinstance(data, dict):
            raise self.unreadable("detail", "data is not an object")
        copiers = data.get("currentCopyCount")
        return PortfolioDetail(
            portfolio_id=str(data.get("leadPortfolioId") or portfolio_id), nickname=str(data.get("nickname") or ""),
            status=str(data.get("status") or ""), position_show=data.get("positionShow") is True,
            copier_count=copiers if isinstance(copiers, int) else None, raw=data,
        )

    def history_page(self, portfolio_id: str, page: int) -> HistoryPage:
        body = self.request(
            "POST", HISTORY_PATH,
            payload={"portfolioId": portfolio_id, "pageNumber": page, "pageSize": self.history_page_size},
        )
        data = body.get("data")
        if data is None:
            return HistoryPage(total=0, positions=[], unreadable=[])
        if not isinstance(data, dict) or not isinstance(data.get("list") or [], list):
            raise self.unreadable("position-history", "data.list is not a list")
        positions, unreadable = [], []
        for item in data.get("list") or []:
            try:
                positions.append(closed_position(item))
            except ValueError as error:
                unreadable.append({"id": item.get("id") if isinstance(item, dict) else None, "error": str(error)})
        total = data.get("total")
        return HistoryPage(total=total if isinstance(total, int) else len(positions), positions=positions, unreadable=unreadable)

    def history(self, portfolio_id: str, *, max_pages: int = MAX_HISTORY_PAGES) -> HistoryPage:
        """Every page of the lead's closed positions, newest first as Binance sends them, up to ``max_pages``."""
        positions, unreadable, total = [], [], 0
        for page_number in range(1, max_pages + 1):
            page = self.history_page(portfolio_id, page_number)
            total = max(total, page.total)
            positions += page.positions
            unreadable += page.unreadable
            seen = len(positions) + len(unreadable)
            if (not page.positions and not page.unreadable) or seen >= total:
                break
        return HistoryPage(total=total, positions=positions, unreadable=unreadable)

    def _position(self, item) -> LeaderPosition:
        if not isinstance(item, dict):
            raise self.unreadable("positions", f"a position is {type(item).__name__}, not an object")
        try:
            amount = Decimal(str(item["positionAmount"]))
            symbol = normalize_symbol(str(item["symbol"]))
        except (KeyError, InvalidOperation, ValueError, EchoTradeError) as error:
            raise self.unreadable("positions", f"position {item.get('symbol')!r}: {error!r}")
        if not amount.is_finite():
            raise self.unreadable("positions", f"position {item.get('symbol')!r} has amount {item['positionAmount']!r}")
        side = SIDES.get(str(item.get("positionSide") or "BOTH").upper()) or ("long" if amount > 0 else "short")
        leverage = item.get("leverage")
        return LeaderPosition(
            symbol=symbol, side=side, quantity=abs(amount),
            entry_price=decimal_or_none(item.get("entryPrice")), mark_price=decimal_or_none(item.get("markPrice")),
            leverage=int(leverage) if isinstance(leverage, (int, float)) and leverage >= 1 else None,
        )


def closed_position(item) -> ClosedPosition:
    """One position-history entry, or ValueError saying what it lacks."""
    if not isinstance(item, dict):
        raise ValueError(f"an entry is {type(item).__name__}, not an object")
    if item.get("id") in (None, ""):
        raise ValueError("it has no id")
    side = str(item.get("side") or "").lower()
    if side not in ("long", "short"):
        raise ValueError(f"side {item.get('side')!r} is neither Long nor Short")
    opened = item.get("opened")
    if not isinstance(opened, (int, float)) or opened <= 0:
        raise ValueError("it has no opening time")
    try:
        symbol = normalize_symbol(str(item.get("symbol") or ""))
    except EchoTradeError as error:
        raise ValueError(error.message)
    closed = item.get("closed")
    return ClosedPosition(
        id=str(item["id"]), symbol=symbol, side=side, status=str(item.get("status") or ""), opened=from_ms(opened),
        closed=from_ms(closed) if isinstance(closed, (int, float)) and closed > 0 else None,
        avg_cost=decimal_or_none(item.get("avgCost")), avg_close_price=decimal_or_none(item.get("avgClosePrice")),
        closing_pnl=decimal_or_none(item.get("closingPnl")), max_open_interest=decimal_or_none(item.get("maxOpenInterest")),
        closed_volume=decimal_or_none(item.get("closedVolume")), raw=item,
    )
