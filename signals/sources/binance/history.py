"""Import a copy-trading lead's closed positions as the trader's signal history, for the backtest.

Each closed position of the lead portfolio becomes one market signal of the trader, at the time
the lead opened it (``source_time``), so ``analytics/backtests/trader_replay.py`` can judge a lead
before anyone follows them. Like the Telegram history import, it is recorded with
``signal_ingest`` only: history is never copied or executed.

* Idempotent on the position's id: the external id is ``bch:<portfolio_id>:<position id>``, and
  importing again skips what is recorded (a partly closed position, imported once, stays as it is).
* Positions opened after the trader's first shared snapshot are not imported: the live sync was
  watching then, and it sent its own signal for each open (or recorded it as its baseline).
  Importing them too would make the backtest replay the same trade twice.
* What the lead's history cannot say is not invented: no stop, no targets, no leverage (1×). The
  lead's prices and P&L stay in the signal's ``raw`` for whoever reads it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from echotrade.audit import audit_record
from echotrade.exceptions import InvalidInput
from echotrade.fields import decimal_text
from signals.models import Signal
from signals.services import SignalInput, signal_ingest
from signals.sources.binance.copy_trading import MAX_HISTORY_PAGES, ClosedPosition, CopyTradingClient
from traders.models import Trader

MAX_LISTED_ERRORS = 20


@dataclass
class HistoryImportReport:
    portfolio_id: str
    nickname: str = ""
    positions: int = 0  # closed positions Binance listed (and we fetched)
    signals_imported: int = 0
    duplicates_skipped: int = 0  # recorded by an earlier import
    seen_live: int = 0  # opened while the live sync was watching: it has its own signal
    invalid: int = 0  # entries we cannot read, or signals the pipeline refused
    errors: list[dict] = field(default_factory=list)  # the first MAX_LISTED_ERRORS: {"position", "error"}
    first_opened_at: datetime | None = None
    last_opened_at: datetime | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def history_external_id(portfolio_id: str, position_id: str) -> str:
    return f"bch:{portfolio_id}:{position_id}"


def binance_copy_history_import(
    *, trader: Trader, client: CopyTradingClient, actor=None, max_pages: int = MAX_HISTORY_PAGES,
) -> HistoryImportReport:
    """Record the lead portfolio's closed positions as the trader's signals. Never copies or executes.

    The portfolio is checked first (an id Binance does not know is ``InvalidInput``); the fetches
    happen before any row is locked, and the recording is one transaction: an import that dies
    halfway leaves nothing behind.
    """
    if trader.source != Trader.Source.BINANCE_COPY:
        raise InvalidInput(
            f"Trader '{trader.pk}' is a {trader.get_source_display()} source; only Binance copy-trading traders have a lead portfolio history."
        )
    if not trader.portfolio_id:
        raise InvalidInput(
            f"{trader.name} has no lead portfolio id.", fields={"portfolio_id": ["Set the lead portfolio id first."]}
        )
    portfolio_id = trader.portfolio_id
    detail = client.detail(portfolio_id)
    history = client.history(portfolio_id, max_pages=max_pages)
    report = HistoryImportReport(portfolio_id=portfolio_id, nickname=detail.nickname, positions=history.total)
    for entry in history.unreadable:
        _invalid(report, entry.get("id"), f"Binance's entry cannot be read: {entry['error']}.")
    with transaction.atomic():
        # Two imports for one trader at once would both miss what the other is adding: take turns.
        trader = Trader.objects.select_for_update().get(pk=trader.pk)
        known = set(
            Signal.objects.filter(trader=trader, external_id__startswith=history_external_id(portfolio_id, ""))
            .values_list("external_id", flat=True)
        )
        watched_from = (
            trader.leaderboard_snapshots.filter(sharing=True).order_by("taken_at").values_list("taken_at", flat=True).first()
        )
        for position in sorted(history.positions, key=lambda p: (p.opened, p.id)):
            _position_import(position, trader=trader, known=known, watched_from=watched_from, report=report, actor=actor)
        audit_record(
            action="trader.binance_history_imported", actor=actor, actor_label="binance_copy_import", obj=trader,
            message=f"lead portfolio {portfolio_id}: {report.signals_imported} signals from {report.positions} closed positions",
            after=report.as_dict() | {"errors": report.errors[:5]},
        )
    return report


def _position_import(
    position: ClosedPosition, *, trader: Trader, known: set, watched_from: datetime | None,
    report: HistoryImportReport, actor,
) -> None:
    report.first_opened_at = min(filter(None, [report.first_opened_at, position.opened]))
    report.last_opened_at = max(filter(None, [report.last_opened_at, position.opened]))
    external_id = history_external_id(trader.portfolio_id, position.id)
    if external_id in known:
        report.duplicates_skipped += 1
        return
    if watched_from is not None and position.opened >= watched_from:
        report.seen_live += 1
        return
    data = SignalInput(
        trader=trader.pk, symbol=position.symbol, side=position.side, entry=None, external_id=external_id,
        source_time=position.opened, raw=_raw(trader.portfolio_id, position),
    )
    try:
        signal, _ = signal_ingest(data=data, actor=actor)
    except InvalidInput as error:
        _invalid(report, position.id, error.message)
        return
    # History has nothing to decide. Marked decided, the undecided-signal sweep (which re-queues
    # the copy of any signal left undecided) can never pick it up and trade it.
    Signal.objects.filter(pk=signal.pk, decided_at__isnull=True).update(decided_at=timezone.now())
    known.add(external_id)
    report.signals_imported += 1


def _raw(portfolio_id: str, position: ClosedPosition) -> dict:
    return {
        "source": "binance_copy", "imported": True, "portfolio_id": portfolio_id, "position_id": position.id,
        "status": position.status, "opened": position.opened.isoformat(),
        "closed": position.closed.isoformat() if position.closed else None,
        "avg_cost": _text(position.avg_cost), "avg_close_price": _text(position.avg_close_price),
        "closing_pnl": _text(position.closing_pnl), "max_open_interest": _text(position.max_open_interest),
        "closed_volume": _text(position.closed_volume),
    }


def lead_close(signal: Signal) -> tuple[datetime, Decimal] | None:
    """When, and at what average price, the lead closed the position an imported signal stands for
    (``_raw`` keeps both), or None: not imported history, or a position still partly open."""
    raw = signal.raw or {}
    if raw.get("source") != "binance_copy" or not raw.get("imported") or raw.get("status") == "Partially Closed":
        return None
    if not raw.get("closed") or not raw.get("avg_close_price"):
        return None
    return datetime.fromisoformat(raw["closed"]), Decimal(raw["avg_close_price"])


def _text(value) -> str | None:
    return None if value is None else decimal_text(value)


def _invalid(report: HistoryImportReport, position_id, error: str) -> None:
    report.invalid += 1
    if len(report.errors) < MAX_LISTED_ERRORS:
        report.errors.append({"position": None if position_id is None else str(position_id), "error": error})
