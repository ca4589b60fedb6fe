"""One Telegram message → a copied signal, a change to open positions, or nothing.

Transport-free: the listener maps a python-telegram-bot ``Update`` onto these functions, and the
tests call them directly. Choices a reader should know:

- Allow-list: only an active, non-deleted trader with source "telegram" whose ``handle`` is the
  chat's id or @username, or the sender's id or @username. Anything else is ignored.
- A signal goes through ``signal_receive`` (recorded, then copied after commit) with external id
  ``tg:{chat_id}:{message_id}``. The parse goes along whole: the entry ladder, the allocations,
  break-even and trailing hints, and the parser's certainty. A low-certainty parse waits for a
  person in every account (``needs_review``). A signal that fails the plausibility guard
  (signals/guard.py) is recorded, never copied: every account's decision is ``filtered`` with
  ``implausible_signal``, and the answer says which check failed (a channel cannot be answered 400). A signal that reaches us more than ``TELEGRAM_SIGNAL_MAX_AGE``
  seconds (default 300) after it was posted — the listener was down, Telegram redelivered — is
  recorded with ``signal_ingest`` but not copied: the price it was called at is gone.
- An update applies to the positions opened from the signal the message replies to; without such
  a reply, to the trader's active positions in the update's symbol. It runs through
  ``signals.services.sources.trader_copies_update``, the one path TradingView alerts take too,
  which calls the services the UI and the API call:
  - "close half" / "close 25%" / "close": ``position_close`` with that fraction (a full close of an
    unfilled entry cancels it); "close some" states no share and changes nothing.
  - "move SL to entry" / "SL to breakeven" / "Стоп в БУ": ``position_stop_to_breakeven`` (entry
    plus the fees paid, only ever tightening); "move stop to 68000": ``position_update_protection``.
  - ``cancel`` withdraws pending (unfilled) entries only. A filled position is left open and
    reported: closing at market is a trade, and only an explicit "close" message makes one.
  - "TP2 hit" fills nothing (our copy's own target orders trade at our market's prices) and is
    audited; when a copy's ``breakeven_after`` is 2 or less its stop moves to breakeven.
  A message asking for two things ("Close half and move SL to entry") does both, in order. A
  message applies once: a redelivery of the same message id changes nothing again.
- The parser gets the pair's current price: a signal whose prices its number style put a thousand
  times off the market ("2.385" read as 2385 in a Vietnamese message about XRP) is read the other
  way when that reading lies within the guard's deviation, and waits for a person to confirm it.
- Edits never change a trade. An edited message that already produced a signal, or that reads as
  an update (it may have been applied when first posted), is ignored. An edit that turns a
  message which produced nothing into a signal (a typo fixed) is taken as a new signal, under the
  same age rule, dated when it was first posted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from echotrade.exceptions import EchoTradeError
from execution.models import Position
from signals.models import Signal
from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from signals.services import SignalInput, signal_ingest, signal_receive
from signals.services.ingest import market_price_get, max_entry_deviation
from signals.services.sources import TradeUpdate, trader_copies, trader_copies_update, update_delivery_claim
from traders.models import Trader

DEFAULT_SIGNAL_MAX_AGE_SECONDS = 300
SUMMARY_MAX_CHARS = 1000


def telegram_external_id(chat_id, message_id) -> str:
    return f"tg:{chat_id}:{message_id}"


def handle_normalize(value) -> str:
    """"@Alpha_Calls", "https://t.me/alpha_calls", "alpha_calls" → "alpha_calls"; "-100123" stays."""
    text = str(value or "").strip().lower()
    for prefix in ("https://", "http://", "t.me/", "telegram.me/"):
        text = text.removeprefix(prefix)
    return text.lstrip("@").strip("/")


def telegram_trader_for(*, chat_id, chat_username=None, user_id=None, username=None) -> Trader | None:
    """The allowed trader this message comes from, or None. The chat outranks the sender: in a
    channel or group that is itself a trader, every post is that trader's."""
    ranked = [handle_normalize(v) for v in (chat_id, chat_username, user_id, username) if v not in (None, "")]
    ranked = [h for h in ranked if h]
    if not ranked:
        return None
    wanted = Q()
    for handle in set(ranked):
        wanted |= Q(handle__iexact=handle) | Q(handle__iexact=f"@{handle}") | Q(handle__iendswith=f"t.me/{handle}")
    candidates = Trader.objects.filter(
        wanted, source=Trader.Source.TELEGRAM, active=True, deleted_at__isnull=True
    )
    by_handle = {}
    for trader in candidates:  # ordered by priority, so the first per handle wins
        by_handle.setdefault(handle_normalize(trader.handle), trader)
    return next((by_handle[h] for h in ranked if h in by_handle), None)


def signal_input_from_parsed(
    parsed: ParsedSignal, *, trader: Trader, external_id: str, source_time: datetime | None, raw: dict
) -> SignalInput:
    """A parsed message as the pipeline's input. The entries ("Entry Targets: 1) 2) 3)") are kept as
    the ladder (the zone spans them), with the allocations, the break-even and trailing hints and
    the parser's certainty; confidence is left to the trader's default."""
    extra = {"margin_mode": parsed.margin_mode} if parsed.margin_mode else {}
    entries = sorted(set(parsed.entry))
    # A price written twice is one rung; its allocations no longer line up, so they are dropped.
    entry_allocations = _listed(parsed.entry_allocations) if len(entries) == len(parsed.entry) else None
    return SignalInput(
        trader=trader.pk, symbol=parsed.symbol, side=parsed.side, entries=entries or None,
        entry_allocations=entry_allocations, stop_loss=parsed.stop_loss,
        take_profits=list(parsed.take_profits), take_profit_allocations=_listed(parsed.take_profit_allocations),
        breakeven_after=parsed.breakeven_after, trailing=dict(parsed.trailing) if parsed.trailing else None,
        leverage=parsed.leverage, confidence=None, external_id=external_id, raw=raw | extra, source_time=source_time,
        certainty=parsed.certainty, certainty_reasons=list(parsed.certainty_reasons),
    )


def _listed(values) -> list | None:
    return list(values) if values is not None else None


@dataclass
class HandleResult:
    """What one message did. ``summary`` is the one line the bot answers with."""

    outcome: str  # "signal" | "update" | "rejected" (an invalid signal) | "ignored"
    detail: str = ""
    signal: Signal | None = None
    copied: bool = False
    update_kind: str | None = None
    applied: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        if self.outcome != "update":
            return self.detail
        parts = [self.detail] + [f"applied: {'; '.join(self.applied)}"] * bool(self.applied)
        parts += [f"not applied: {'; '.join(self.failed)}"] * bool(self.failed)
        line = " — ".join(parts)
        # Telegram refuses messages over 4,096 characters; many accounts make many positions.
        return line if len(line) <= SUMMARY_MAX_CHARS else line[: SUMMARY_MAX_CHARS - 1] + "…"


def telegram_message_handle(
    *,
    trader: Trader,
    chat_id,
    message_id,
    text: str,
    date: datetime,
    reply_to_message_id=None,
    edited: bool = False,
    now: datetime | None = None,
) -> HandleResult:
    """Parse one allowed message and act on it. Service errors are reported, never raised."""
    if edited:
        existing = Signal.objects.filter(
            trader=trader, external_id=telegram_external_id(chat_id, message_id), duplicate_of__isnull=True
        ).first()
        if existing is not None:
            return HandleResult("ignored", f"Edit ignored: this message already produced signal #{existing.pk}.", existing)
    # The pair's price settles a number the message's style left open ("2.385": 2.385 or 2385?).
    parsed = parse_message(text or "", market_price=_market_price, max_deviation=max_entry_deviation())
    if parsed is None:
        return HandleResult("ignored", "Not a signal or an update.")
    if isinstance(parsed, ParsedUpdate):
        if edited:
            return HandleResult("ignored", f"Edited {parsed.kind} ignored: updates apply only when first posted.")
        return _update_apply(parsed, trader=trader, chat_id=chat_id, message_id=message_id,
                             reply_to_message_id=reply_to_message_id)
    withdrawn = None
    if parsed.replaces is not None and not edited:
        # "Cancel the old ETH order. New entry: …": the earlier order goes first, so the new call's copies
        # are not the ones withdrawn and the old order cannot fill beside them.
        withdrawn = _update_apply(parsed.replaces, trader=trader, chat_id=chat_id, message_id=message_id,
                                  reply_to_message_id=reply_to_message_id)
    result = _signal_record(parsed, trader=trader, chat_id=chat_id, message_id=message_id, text=text,
                            date=date, now=now or timezone.now())
    if withdrawn is not None:
        result.detail = f"{withdrawn.summary}. Then: {result.detail}"
        result.applied, result.failed = withdrawn.applied, withdrawn.failed
    return result


def _market_price(symbol: str) -> Decimal | None:
    """The pair's price for the parser, or None: an outage leaves the message's own reading."""
    price = market_price_get(symbol)
    return price if isinstance(price, Decimal) else None


def _signal_record(parsed: ParsedSignal, *, trader, chat_id, message_id, text, date, now) -> HandleResult:
    max_age = timedelta(seconds=getattr(settings, "TELEGRAM_SIGNAL_MAX_AGE", DEFAULT_SIGNAL_MAX_AGE_SECONDS))
    fresh = now - date <= max_age
    data = signal_input_from_parsed(
        parsed, trader=trader, external_id=telegram_external_id(chat_id, message_id), source_time=date,
        raw={"text": text, "chat_id": chat_id, "message_id": message_id},
    )
    try:
        # Nobody to answer 400: an implausible signal is recorded, and filtered in every account.
        if fresh:
            signal, created = signal_receive(data=data, refuse_implausible=False)
        else:  # the price it was called at is gone: on record, never copied (not even by the sweep)
            signal, created = signal_ingest(data=data, refuse_implausible=False, record_only=True)
    except EchoTradeError as error:
        return HandleResult("rejected", f"Signal not taken: {error.message}")
    what = f"{signal.side} {signal.symbol}"
    if not created:
        return HandleResult("signal", f"Repeat of signal #{signal.duplicate_of_id} ({what}): nothing copied.", signal)
    if signal.implausible:
        failed = "; ".join(f"{f['check']}: {f['detail']}" for f in signal.guard_failures)
        return HandleResult("signal", f"Signal #{signal.pk} {what} recorded, not copied: implausible ({failed})", signal)
    if not fresh:
        minutes = int((now - date).total_seconds() // 60)
        return HandleResult("signal", f"Signal #{signal.pk} {what} recorded, not copied: posted {minutes} min ago.", signal)
    if signal.needs_review:
        doubts = "; ".join(r["detail"] or r["code"] for r in signal.certainty_reasons) or "the parser is unsure"
        return HandleResult(
            "signal", f"Signal #{signal.pk} {what} received; it waits for a person to check the parse: {doubts}",
            signal, copied=True,
        )
    return HandleResult("signal", f"Signal #{signal.pk} {what} received and sent to copying.", signal, copied=True)


def trade_update_from_parsed(parsed: ParsedUpdate) -> TradeUpdate:
    """The parser's reading of an update as the change the sources' one update path applies."""
    return TradeUpdate(
        kind=parsed.kind, fraction=parsed.fraction if parsed.kind == "close" else None,
        stop_loss=parsed.price if parsed.kind == "move_stop" and not parsed.to_entry else None,
        to_breakeven=parsed.kind == "move_stop" and parsed.to_entry,
        target=parsed.target_index if parsed.kind == "tp_hit" else None,
    )


def _update_targets(trader, symbol, chat_id, reply_to_message_id) -> tuple[list[Position], str | None]:
    """The positions an update is about, and how they were found (None: it names no trade)."""
    if reply_to_message_id is not None:
        signal = Signal.objects.filter(
            trader=trader, external_id=telegram_external_id(chat_id, reply_to_message_id), duplicate_of__isnull=True
        ).first()
        if signal is not None:  # the reply names the trade; never fall back to another one
            return list(trader_copies(trader=trader, signal=signal)), f"signal #{signal.pk} ({signal.symbol})"
    if not symbol:
        return [], None
    return list(trader_copies(trader=trader, symbol=symbol)), f"{trader.pk}'s {symbol} positions"


def _update_doubts(parsed: ParsedUpdate, *, replied: bool) -> str:
    """Why the parser is unsure of an update, or "" when it is sure. A message naming no pair is
    settled by replying to the signal it is about."""
    reasons = [r for r in parsed.certainty_reasons if not (replied and r.code == "no_symbol")]
    if parsed.certainty != "low" or not reasons:
        return ""
    return "; ".join(r.detail or r.code for r in reasons)


def _update_apply(parsed: ParsedUpdate, *, trader, chat_id, message_id, reply_to_message_id) -> HandleResult:
    updates = [trade_update_from_parsed(p) for p in (parsed, *parsed.also)]
    what = " + ".join(update.describe() for update in updates)
    positions, target = _update_targets(trader, parsed.symbol, chat_id, reply_to_message_id)
    if target is None:
        detail = f"{what}: the message names no symbol and replies to no signal; nothing applied."
        return HandleResult("update", detail, update_kind=parsed.kind)
    result = HandleResult("update", f"{what} for {target}", update_kind=parsed.kind)
    doubts = _update_doubts(parsed, replied=reply_to_message_id is not None and target.startswith("signal #"))
    if doubts:
        # As with an unsure signal, a person decides: a wrong stop or close in every copy is worse than none.
        result.detail += f": not applied, the reading is uncertain ({doubts}); change the copies by hand if it was meant."
        return result
    if not positions:
        result.detail += ": no active position matches; nothing applied."
        return result
    source = telegram_external_id(chat_id, message_id)
    if not update_delivery_claim(trader=trader, delivery_id=source):  # Telegram delivered it again
        result.detail += f": message {source} was already applied; nothing applied again."
        return result
    for update in updates:  # "Close half and move SL to entry": in the order written, on the same copies
        done = trader_copies_update(trader=trader, update=update, positions=positions, reference=f"message {source}")
        result.applied += [f"#{c['position']} ({c['account']}) {c['detail']}" for c in done.applied]
        result.failed += [f"#{c['position']} ({c['account']}) {c['error']}" for c in done.failed]
    return result
