"""Following one leaderboard trader: fetch, diff against the last snapshot, act on the differences.

* open → a market signal through the normal pipeline (``signal_receive``): every following
  account decides and sizes it by its own rules, exactly like a signal from any other source.
* increase → another signal of the same shape. Its ``raw`` carries the leader's added quantity,
  but each account sizes it by its own rules, not by the leader's quantity (a leader's 50 BTC
  means nothing to a 10,000 USDT account); it opens one more position per account.
* reduce → every active copied position of that trader, symbol and side is reduced by the same
  fraction the leader took off; close → they are closed.

What is not copied, and why:

* The first sync only records a baseline. The leader's already-open positions were entered at
  other prices, possibly days ago; entering them now is not copying the trade, it is a new trade
  nobody decided on. (Should this ever be wanted, a trader setting could open them here.)
* Hidden positions: when the leader stops sharing, the trader is marked as not sharing, an audit
  event says so, and nothing is emitted — copied positions stay as they are, never guessed
  closed. When sharing resumes, closes and reductions since the last shared snapshot are applied,
  but positions opened while hidden are treated like the first sync's (a baseline, not copied).

Running it twice with the same answer changes nothing: no new snapshot, no signal, no close.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from echotrade.audit import audit_record
from echotrade.exceptions import (
    InvalidInput,
)
from echotrade.limits import MAX_LEVERAGE  # what a signal may carry; each account's own maximum filters further
from signals.services import SignalInput, signal_receive
from signals.services.sources import trader_positions_close
from signals.sources.binance.client import (
    LeaderboardClient,
    LeaderboardPositions,
    LeaderPosition,
)
from signals.sources.binance.diff import CLOSE, INCREASE, OPEN, Change, diff_positions
from traders.models import LeaderboardSnapshot, Trader

logger = logging.getLogger(__name__)


@dataclass
class SyncReport:
    trader_id: str
    sharing: bool
    baseline: bool = False  # True: the snapshot was recorded without acting on it
    skipped: str = ""  # why nothing was done, when nothing was (unchanged, a newer fetch won...)
    changes: list[Change] = field(default_factory=list)
    signals: list[int] = field(default_factory=list)
    closed_positions: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if not self.sharing:
            return f"{self.trader_id}: positions hidden; nothing copied."
        if self.skipped:
            return f"{self.trader_id}: {self.skipped}."
        kinds = ", ".join(f"{c.kind} {c.side} {c.symbol}" for c in self.changes) or "no change"
        text = f"{self.trader_id}: {kinds}"
        if self.baseline:
            text += " (open positions recorded as a baseline, not copied)"
        return text + f"; {len(self.signals)} signal(s), {len(self.closed_positions)} position(s) reduced or closed."


def leaderboard_sync(*, trader: Trader, client: LeaderboardClient) -> SyncReport:
    if not trader.handle:
        raise InvalidInput(f"{trader.name} has no leaderboard UID; set the trader's handle to their encryptedUid.")
    fetched_at = timezone.now()
    answer = client.positions(trader.handle)  # the network call, before any row is locked
    with transaction.atomic():
        # One sync per trader at a time: two workers diffing against the same snapshot would
        # apply the same reduce twice. The snapshot is read after the lock, so it is current.
        trader = Trader.objects.select_for_update().get(pk=trader.pk)
        last = trader.leaderboard_snapshots.first()
        if last is not None and last.taken_at > fetched_at:
            return SyncReport(trader.pk, answer.sharing, skipped="a newer fetch was recorded meanwhile")
        if not answer.sharing:
            return _hidden(trader, last)
        return _shared(trader, answer, last)


def _hidden(trader: Trader, last: LeaderboardSnapshot | None) -> SyncReport:
    report = SyncReport(trader.pk, sharing=False)
    if last is None or last.sharing:
        LeaderboardSnapshot.objects.create(trader=trader, sharing=False, positions=[])
    if trader.sharing_positions is not False:
        _set_sharing(trader, False)
        audit_record(
            action="leaderboard.hidden", actor_label="leaderboard", obj=trader,
            message=f"{trader.name} stopped sharing positions on the Binance leaderboard; nothing is copied until they share again.",
        )
    return report


def _shared(trader: Trader, answer: LeaderboardPositions, last: LeaderboardSnapshot | None) -> SyncReport:
    report = SyncReport(trader.pk, sharing=True)
    # The update time makes each open's external id unique; older answers may lack it per position.
    stamp = answer.update_time or timezone.now()
    positions = [p if p.update_time else replace(p, update_time=stamp) for p in answer.positions]
    current_json = [p.as_json() for p in positions]
    if last is not None and last.sharing and _same(last.positions, current_json) and trader.sharing_positions:
        report.skipped = "unchanged"
        return report
    previous = trader.leaderboard_snapshots.filter(sharing=True).first()
    resumed = last is not None and not last.sharing
    report.changes = diff_positions([LeaderPosition.from_json(p) for p in previous.positions] if previous else [], positions)
    report.baseline = previous is None or resumed
    for change in report.changes:
        if change.kind in (OPEN, INCREASE):
            if not report.baseline:
                _emit_signal(trader, change, report)
        else:  # reduce or close
            _reduce_copies(trader, change, report)
    LeaderboardSnapshot.objects.create(trader=trader, sharing=True, positions=current_json)
    if trader.sharing_positions is not True:
        was_hidden = trader.sharing_positions is False
        _set_sharing(trader, True)
        if was_hidden:
            audit_record(
                action="leaderboard.shared", actor_label="leaderboard", obj=trader,
                message=f"{trader.name} shares positions again; new trades are copied from now on.",
            )
    return report


def _emit_signal(trader: Trader, change: Change, report: SyncReport) -> None:
    leader = change.position
    data = SignalInput(
        trader=trader.pk, symbol=change.symbol, side=change.side, entry=None,
        leverage=min(max(leader.leverage or 1, 1), MAX_LEVERAGE), confidence=trader.default_confidence,
        external_id=f"lb:{trader.handle}:{change.symbol}:{change.side}:{leader.update_time_ms}:{change.kind}",
        raw={
            "source": "binance_leaderboard", "change": change.kind, "leader_quantity": str(change.current_quantity),
            "quantity": str(change.quantity), "position": leader.as_json(),
        },
        source_time=leader.update_time,
    )
    signal, created = signal_receive(data=data)
    if created:
        report.signals.append(signal.pk)


def _reduce_copies(trader: Trader, change: Change, report: SyncReport) -> None:
    # A pending entry has nothing to reduce; only a full close cancels it. An outage rolls
    # everything back, snapshot included: the next run applies this change again.
    result = trader_positions_close(
        trader=trader, symbol=change.symbol, side=change.side, fraction=change.fraction,
        include_pending=change.kind == CLOSE, retry_temporary=True, actor_label="leaderboard",
    )
    report.closed_positions.extend(result["closed"])
    report.errors.extend(f"position #{failure['position']}: {failure['error']}" for failure in result["failed"])


def _set_sharing(trader: Trader, sharing: bool) -> None:
    trader.sharing_positions = sharing
    trader.save(update_fields=["sharing_positions", "updated_at"])


def _same(stored: list[dict], current: list[dict]) -> bool:
    def key(p: dict) -> tuple:
        return p["symbol"], p["side"], Decimal(p["quantity"])

    return sorted(map(key, stored)) == sorted(map(key, current))
