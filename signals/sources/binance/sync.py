"""Following one Binance trader: fetch, diff against the last snapshot, act on the differences.

One loop for both Binance position sources: a leaderboard trader (``source="binance"``, their
``encryptedUid`` in ``handle``, ``LeaderboardClient``) and a copy-trading lead portfolio
(``source="binance_copy"``, ``portfolio_id``, ``CopyTradingClient``). ``FEEDS`` says what tells
them apart: the trader field naming the leader, the external-id prefix, the audit label.

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

* Refused without a login: Binance made the leaderboard's position endpoint login-only in late
  2023. The refusal is recorded on the trader (``source_status``, shown on the Traders card and in
  the API) with one audit event, and nothing else changes: no snapshot, no signal, no close.

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
    BinanceWebClient,
    LeaderboardPositions,
    LeaderPosition,
    LoginRequired,
)
from signals.sources.binance.diff import CLOSE, INCREASE, OPEN, Change, diff_positions
from traders.models import LeaderboardSnapshot, Trader

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Feed:
    """What tells the Binance position sources apart; everything else is the one sync below."""

    title: str  # in messages: "stopped sharing positions on <title>"
    key_field: str  # the Trader field that names the leader at Binance
    id_prefix: str  # external ids: "<prefix>:<key>:<symbol>:<side>:<ms>:<kind>"
    raw_source: str  # Signal.raw["source"]
    actor_label: str  # audit events ("<label>.hidden") and the closes' actor
    missing_key: str  # what to do when the trader has no key


FEEDS = {
    Trader.Source.BINANCE: Feed(
        title="the Binance leaderboard", key_field="handle", id_prefix="lb", raw_source="binance_leaderboard",
        actor_label="leaderboard", missing_key="has no leaderboard UID; set the trader's handle to their encryptedUid",
    ),
    Trader.Source.BINANCE_COPY: Feed(
        title="Binance copy trading", key_field="portfolio_id", id_prefix="bc", raw_source="binance_copy",
        actor_label="binance_copy", missing_key="has no lead portfolio id; set the trader's portfolio_id",
    ),
}


def feed_for(trader: Trader) -> Feed:
    feed = FEEDS.get(trader.source)
    if feed is None:
        raise InvalidInput(f"{trader.name} is a {trader.get_source_display()} trader, not a Binance one.")
    return feed


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
    refused: str = ""  # Binance's refusal (a login required): recorded on the trader, nothing else done

    def summary(self) -> str:
        if self.refused:
            return f"{self.trader_id}: refused: {self.refused}"
        if not self.sharing:
            return f"{self.trader_id}: positions hidden; nothing copied."
        if self.skipped:
            return f"{self.trader_id}: {self.skipped}."
        kinds = ", ".join(f"{c.kind} {c.side} {c.symbol}" for c in self.changes) or "no change"
        text = f"{self.trader_id}: {kinds}"
        if self.baseline:
            text += " (open positions recorded as a baseline, not copied)"
        return text + f"; {len(self.signals)} signal(s), {len(self.closed_positions)} position(s) reduced or closed."


def positions_sync(*, trader: Trader, client: BinanceWebClient) -> SyncReport:
    """Sync a Binance trader once: ``client`` is the ``LeaderboardClient`` or ``CopyTradingClient``
    of the trader's source (``FEEDS``)."""
    feed = feed_for(trader)
    key = getattr(trader, feed.key_field)
    if not key:
        raise InvalidInput(f"{trader.name} {feed.missing_key}.")
    fetched_at = timezone.now()
    try:
        answer = client.positions(key)  # the network call, before any row is locked
    except LoginRequired as refusal:
        return _refused(trader, feed, refusal.message)
    with transaction.atomic():
        # One sync per trader at a time: two workers diffing against the same snapshot would
        # apply the same reduce twice. The snapshot is read after the lock, so it is current.
        trader = Trader.objects.select_for_update().get(pk=trader.pk)
        _source_answering(trader, feed)
        last = trader.leaderboard_snapshots.first()
        if last is not None and last.taken_at > fetched_at:
            return SyncReport(trader.pk, answer.sharing, skipped="a newer fetch was recorded meanwhile")
        if not answer.sharing:
            return _hidden(trader, feed, last)
        return _shared(trader, feed, answer, last)


def _refused(trader: Trader, feed: Feed, message: str) -> SyncReport:
    """Record that Binance wants a login for this trader's source; nothing else changes."""
    with transaction.atomic():
        trader = Trader.objects.select_for_update().get(pk=trader.pk)
        first = trader.source_status != Trader.SourceStatus.LOGIN_REQUIRED
        _set_status(trader, Trader.SourceStatus.LOGIN_REQUIRED, message)
        if first:
            audit_record(
                action=f"{feed.actor_label}.login_required", actor_label=feed.actor_label, obj=trader,
                message=f"{feed.title} refuses {trader.name}'s positions without a Binance login; nothing is copied. {message}",
            )
    return SyncReport(trader.pk, sharing=bool(trader.sharing_positions), refused=message)


def _source_answering(trader: Trader, feed: Feed) -> None:
    was_refused = trader.source_status == Trader.SourceStatus.LOGIN_REQUIRED
    _set_status(trader, Trader.SourceStatus.OK, "")
    if was_refused:
        audit_record(
            action=f"{feed.actor_label}.answering", actor_label=feed.actor_label, obj=trader,
            message=f"{feed.title} answers {trader.name}'s positions again.",
        )


def _set_status(trader: Trader, status: str, message: str) -> None:
    """Write the source status only when it changes: a steady source costs no write per run."""
    message = message[:300]
    if (trader.source_status, trader.source_message) == (status, message):
        return
    if trader.source_status != status:
        trader.source_status_at = timezone.now()
    trader.source_status, trader.source_message = status, message
    trader.save(update_fields=["source_status", "source_message", "source_status_at", "updated_at"])


def _hidden(trader: Trader, feed: Feed, last: LeaderboardSnapshot | None) -> SyncReport:
    report = SyncReport(trader.pk, sharing=False)
    if last is None or last.sharing:
        LeaderboardSnapshot.objects.create(trader=trader, sharing=False, positions=[])
    if trader.sharing_positions is not False:
        _set_sharing(trader, False)
        audit_record(
            action=f"{feed.actor_label}.hidden", actor_label=feed.actor_label, obj=trader,
            message=f"{trader.name} stopped sharing positions on {feed.title}; nothing is copied until they share again.",
        )
    return report


def _shared(trader: Trader, feed: Feed, answer: LeaderboardPositions, last: LeaderboardSnapshot | None) -> SyncReport:
    report = SyncReport(trader.pk, sharing=True)
    # The update time makes each open's external id unique; older leaderboard answers lack it per
    # position and copy trading never sends one: the fetch's time stands in.
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
                _emit_signal(trader, feed, change, report)
        else:  # reduce or close
            _reduce_copies(trader, feed, change, report)
    LeaderboardSnapshot.objects.create(trader=trader, sharing=True, positions=current_json)
    if trader.sharing_positions is not True:
        was_hidden = trader.sharing_positions is False
        _set_sharing(trader, True)
        if was_hidden:
            audit_record(
                action=f"{feed.actor_label}.shared", actor_label=feed.actor_label, obj=trader,
                message=f"{trader.name} shares positions again; new trades are copied from now on.",
            )
    return report


def _emit_signal(trader: Trader, feed: Feed, change: Change, report: SyncReport) -> None:
    leader = change.position
    data = SignalInput(
        trader=trader.pk, symbol=change.symbol, side=change.side, entry=None,
        leverage=min(max(leader.leverage or 1, 1), MAX_LEVERAGE), confidence=trader.default_confidence,
        external_id=(
            f"{feed.id_prefix}:{getattr(trader, feed.key_field)}:{change.symbol}:{change.side}:{leader.update_time_ms}:{change.kind}"
        ),
        raw={
            "source": feed.raw_source, "change": change.kind, "leader_quantity": str(change.current_quantity),
            "quantity": str(change.quantity), "position": leader.as_json(),
        },
        source_time=leader.update_time,
    )
    # Nobody to answer 400: an implausible open (a market our price source does not list) is
    # recorded and filtered in every account (signals/guard.py), so the feed says why.
    signal, created = signal_receive(data=data, refuse_implausible=False)
    if created:
        report.signals.append(signal.pk)


def _reduce_copies(trader: Trader, feed: Feed, change: Change, report: SyncReport) -> None:
    # A pending entry has nothing to reduce; only a full close cancels it. An outage rolls
    # everything back, snapshot included: the next run applies this change again.
    result = trader_positions_close(
        trader=trader, symbol=change.symbol, side=change.side, fraction=change.fraction,
        include_pending=change.kind == CLOSE, retry_temporary=True, actor_label=feed.actor_label,
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
