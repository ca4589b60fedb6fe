"""What differs between signal sources: how much their confidence counts, webhook secrets, and the
closes and updates a source sends for positions it opened.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from echotrade.audit import audit_record
from echotrade.exceptions import (
    EchoTradeError,
    InvalidInput,
    MarketDataUnavailable,
    TemporaryExchangeError,
)
from echotrade.fields import decimal_text
from execution.models import Position
from execution.services import (
    position_cancel,
    position_close,
    position_stop_to_breakeven,
    position_update_protection,
)
from execution.services.accounting import targets_filled_count
from traders.models import Trader

logger = logging.getLogger(__name__)

# Every source counts in full unless the operator says otherwise (SOURCE_CONFIDENCE_WEIGHTS,
# e.g. "binance=0.8"): a weight below 1 silently changes which signals each account takes.
DEFAULT_SOURCE_WEIGHTS = {source: Decimal("1") for source in Trader.Source.values}
MIN_SECRET_LENGTH = 16


def _weights() -> dict[str, Decimal]:
    """``settings.SOURCE_CONFIDENCE_WEIGHTS`` as a dict or as text ("binance=0.8,telegram=1")."""
    configured = getattr(settings, "SOURCE_CONFIDENCE_WEIGHTS", None) or {}
    if isinstance(configured, str):
        pairs = (item.partition("=") for item in configured.split(",") if item.strip())
        configured = {name.strip(): value.strip() for name, _, value in pairs}
    weights = dict(DEFAULT_SOURCE_WEIGHTS)
    for source, value in configured.items():
        try:
            weight = Decimal(str(value))
        except (InvalidOperation, ValueError):
            weight = Decimal("NaN")
        if not weight.is_finite() or weight < 0:
            raise ImproperlyConfigured(
                f"SOURCE_CONFIDENCE_WEIGHTS: {source}={value!r} is not a weight (a number, 1 means 100 %)."
            )
        weights[source] = weight
    return weights


def source_weight(source: str) -> Decimal:
    """How much a source's confidence counts: 1 keeps it, 0.8 turns a 0.9 into 0.72."""
    return _weights().get(source, Decimal("1"))


def weighted_confidence(confidence: Decimal, source: str) -> Decimal:
    """``confidence`` × the source's weight, kept within [0, 1] at the stored 6 places."""
    weighted = confidence * source_weight(source)
    return min(max(weighted, Decimal("0")), Decimal("1")).quantize(Decimal("0.000001"))


# --- Webhook secrets ----------------------------------------------------------------------------
def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def trader_set_webhook_secret(*, trader: Trader, secret: str, actor=None) -> Trader:
    """Store the SHA-256 of ``secret`` as the trader's webhook passphrase; an empty one removes it."""
    secret = secret or ""
    if secret and trader.source != Trader.Source.TRADINGVIEW:
        raise InvalidInput(f"'{trader.id}' is a {trader.source} trader; webhook passphrases are for TradingView traders.")
    if secret and len(secret) < MIN_SECRET_LENGTH:
        raise InvalidInput(
            f"A webhook passphrase needs at least {MIN_SECRET_LENGTH} characters.",
            fields={"secret": [f"At least {MIN_SECRET_LENGTH} characters."]},
        )
    had_secret = bool(trader.webhook_secret_hash)
    trader.webhook_secret_hash = secret_hash(secret) if secret else ""
    trader.save(update_fields=["webhook_secret_hash", "updated_at"])
    # The audit says that it changed, never the secret or its hash.
    audit_record(
        action="trader.webhook_secret_set" if secret else "trader.webhook_secret_removed", actor=actor, obj=trader,
        message=f"{trader.id}: webhook passphrase {'replaced' if had_secret and secret else 'set' if secret else 'removed'}",
    )
    return trader


def webhook_secret_matches(*, trader: Trader | None, passphrase) -> bool:
    """Constant-time comparison. No trader, no configured secret or no passphrase never matches,
    after the same hashing work, so the answer's timing does not tell which one it was."""
    stored = trader.webhook_secret_hash if trader is not None else ""
    given = secret_hash(passphrase if isinstance(passphrase, str) else "")
    matches = hmac.compare_digest(given, stored or "0" * 64)
    return matches and bool(stored) and isinstance(passphrase, str) and bool(passphrase)


# --- Closes sent by a source -------------------------------------------------------------------------
def trader_positions_close(
    *, trader: Trader, symbol: str, side: str | None = None, fraction: Decimal = Decimal(1),
    include_pending: bool = True, retry_temporary: bool = False, actor_label: str = "",
) -> dict:
    """Close ``fraction`` of every active copy of ``trader`` in ``symbol`` (only ``side`` when
    given), in every account, through the same ``position_close`` as the UI: the one path for the
    closes a source sends (TradingView, the Binance leaderboard, Telegram's "close").

    Each position is closed on its own: one that fails (closed meanwhile, too small to split) is
    reported and does not stop the others. With ``retry_temporary`` an outage (no price, exchange
    down) propagates instead, so the caller's transaction rolls back and the whole close is tried
    again later. ``include_pending=False`` leaves unfilled entries alone (a partial reduce has
    nothing to reduce there). A repeated close finds nothing left, so delivering twice is safe.
    """
    statuses = Position.ACTIVE_STATUSES if include_pending else (Position.Status.OPEN,)
    positions = Position.objects.filter(trader=trader, symbol=symbol, status__in=statuses)
    if side:
        positions = positions.filter(side=side)
    closed, failed = [], []
    for position in positions.order_by("pk"):
        try:
            position_close(position=position, fraction=fraction)
        except EchoTradeError as error:
            if retry_temporary and isinstance(error, (MarketDataUnavailable, TemporaryExchangeError)):
                raise
            logger.warning("%s close of position #%s failed: %s", trader.id, position.pk, error.message)
            failed.append({"position": position.pk, "error": error.message})
        else:
            closed.append(position.pk)
    what = "every" if fraction == 1 else f"{fraction * 100:.0f}% of"
    audit_record(
        action="trader.positions_closed", actor_label=actor_label or trader.source, obj=trader,
        message=f"{trader.id} closed {what} {side or ''} {symbol}: {len(closed)} closed, {len(failed)} failed",
        after={"symbol": symbol, "side": side, "fraction": fraction, "closed": closed, "failed": failed},
    )
    return {"closed": closed, "failed": failed}


# --- Updates sent by a source --------------------------------------------------------------------
DELIVERY_MEMORY_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class TradeUpdate:
    """One change a source asks for on the trades it opened: what a Telegram message or a
    TradingView alert about a running trade means, whatever its words or fields were."""

    kind: str  # "close" | "move_stop" | "cancel" | "tp_hit"
    fraction: Decimal | None = None  # close: 1 = all, 0.5 = half; None = the source did not say how much
    stop_loss: Decimal | None = None  # move_stop: to this price
    to_breakeven: bool = False  # move_stop: to breakeven ("move SL to entry")
    target: int | None = None  # tp_hit: the 1-based target the source says was hit

    def describe(self) -> str:
        if self.kind == "close":
            return "Close (share not stated)" if self.fraction is None else f"Close {self.fraction * 100:.0f}%"
        if self.kind == "move_stop":
            if self.to_breakeven:
                return "Move stop to breakeven"
            return f"Move stop to {decimal_text(self.stop_loss) if self.stop_loss is not None else '?'}"
        if self.kind == "tp_hit":
            return f"Target {self.target} hit" if self.target else "Target hit"
        return "Cancel"


@dataclass
class UpdateResult:
    """Per copy: ``{"position", "account", "detail"}`` for what changed (or was recorded), and
    ``{"position", "account", "error"}`` for a copy the update could not apply to."""

    applied: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)


def trader_copies(*, trader: Trader, signal=None, symbol: str | None = None, side: str | None = None):
    """The active copies of ``trader``'s trades an update is about: those opened from ``signal``
    when the source names it (a Telegram reply), else those in ``symbol`` (only ``side`` when given)."""
    positions = Position.objects.filter(trader=trader, status__in=Position.ACTIVE_STATUSES).select_related("account")
    if signal is not None:
        positions = positions.filter(signal=signal)
    else:
        positions = positions.filter(symbol=symbol)
        if side:
            positions = positions.filter(side=side)
    return positions.order_by("pk")


def update_delivery_claim(*, trader: Trader, delivery_id: str) -> bool:
    """True the first time a source delivers the update ``delivery_id`` (a Telegram message id, an
    alert's id), False for a repeat: "close half" delivered twice must close half once.

    The claim is an atomic add in the shared cache (Redis), kept a week. With the cache down the
    update is applied (logged): refusing it would lose the close or the stop a trader asked for.
    """
    key = "source-update:" + hashlib.sha256(f"{trader.pk}|{delivery_id}".encode()).hexdigest()[:40]
    try:
        return bool(cache.add(key, 1, timeout=DELIVERY_MEMORY_SECONDS))
    except Exception:  # noqa: BLE001  (any cache failure: apply rather than drop)
        logger.warning("Update %s from %s applied without a repeat check: the cache is down", delivery_id, trader.pk)
        return True


def trader_copies_update(*, trader: Trader, update: TradeUpdate, positions, reference: str = "") -> UpdateResult:
    """Apply ``update`` to each copy in ``positions`` (``trader_copies``) through the services the
    UI and the API use, so a channel's "move SL to entry" and a click on the dashboard run the same
    code. Each copy is changed in its own transaction with an audit event naming ``reference`` (the
    message or alert); one that fails is reported and does not stop the others.

    - ``close``: ``position_close(fraction)``; a full close of an unfilled entry cancels it.
    - ``move_stop``: to a price through ``position_update_protection`` (a ``fixed`` stop; a stop on
      the wrong side of the price is refused), to breakeven through ``position_stop_to_breakeven``
      (only ever tightens).
    - ``cancel``: withdraws an unfilled entry; a filled copy is left open (only "close" closes it).
    - ``tp_hit``: fills nothing. The channel's market is not ours: a copy that has not reached that
      target keeps its target orders, and nothing is booked that did not trade. The report is a
      prompt for the stop rule the trade carries: when the copy's ``breakeven_after`` is at or below
      the target hit, its stop moves to breakeven (same service, only tightening). Trailing stops
      follow the copy's own fills and prices in the position monitor, not the channel's report.
    """
    result = UpdateResult()
    label = f"{trader.source}:{trader.pk}"
    source = f"{update.describe()} from {reference or trader.source}"
    for position in positions:
        position.refresh_from_db()  # an earlier update of the same message may have changed it
        copy = {"position": position.pk, "account": position.account.name}
        try:
            with transaction.atomic():
                done = _copy_update(update, position, trader=trader, reason=source)
                if done is not None:
                    event = "tp_hit" if update.kind == "tp_hit" else "update_applied"
                    audit_record(
                        action=f"{trader.source}.{event}", account=position.account, actor_label=label, obj=position,
                        message=f"{source}: {done}",
                    )
        except EchoTradeError as error:  # e.g. a stop on the wrong side of the price: say so, go on
            reason = next((messages[0] for messages in error.fields.values() if messages), error.message)
            result.failed.append(copy | {"error": reason})
            continue
        if done is None:
            result.failed.append(copy | {"error": f"left as is: {_why_skipped(update)}"})
        else:
            result.applied.append(copy | {"detail": done})
    return result


def _copy_update(update: TradeUpdate, position: Position, *, trader: Trader, reason: str) -> str | None:
    """Apply the update to one copy: the change made, or None when it does not apply."""
    actor_label = f"{trader.source}:{trader.pk}"
    if update.kind == "close":
        if update.fraction is None:
            return None
        position = position_close(position=position, fraction=update.fraction)
        if position.status == Position.Status.CANCELLED:
            return "cancelled (entry not filled)"
        return f"closed {update.fraction * 100:.0f}%"
    if update.kind == "move_stop":
        if update.to_breakeven:
            return _stop_to_breakeven(position, actor_label=actor_label, reason=reason)
        if update.stop_loss is None:
            return None
        position_update_protection(position=position, stop_loss=update.stop_loss)
        return f"stop moved to {decimal_text(update.stop_loss)}"
    if update.kind == "cancel":
        if position.status != Position.Status.PENDING:
            return None
        position_cancel(position=position, reason=f"cancelled by {trader.source}"[:30])  # close_reason: 30 chars
        return "entry cancelled"
    if update.kind == "tp_hit":
        return _target_reported(update.target, position, actor_label=actor_label, reason=reason)
    return None


def _stop_to_breakeven(position: Position, *, actor_label: str, reason: str) -> str:
    before = position.stop_loss
    position = position_stop_to_breakeven(position=position, actor_label=actor_label, reason=reason)
    if position.stop_loss == before:
        return f"stop stays at {decimal_text(before)}: already at or past breakeven"
    return f"stop moved to {decimal_text(position.stop_loss)} (breakeven)"


def _target_reported(target: int | None, position: Position, *, actor_label: str, reason: str) -> str:
    """A target the source reports hit, on one copy: recorded, and a prompt for its breakeven rule."""
    said = f"target {target} reported hit" if target else "a target reported hit"
    if position.status != Position.Status.OPEN:
        return f"{said}; entry not filled here, nothing to move"
    filled, total = targets_filled_count(position), len(position.targets)
    said += f" (this copy has filled {filled} of {total})"
    rule = position.breakeven_after
    if not target or not rule or rule > target:
        return f"{said}; stop unchanged ({f'breakeven after target {rule}' if rule else 'no breakeven rule'})"
    try:
        moved = _stop_to_breakeven(position, actor_label=actor_label, reason=reason)
    except EchoTradeError as error:  # our price has not got there: the stop stays, and the log says why
        return f"{said}; stop not moved to breakeven: {error.message}"
    return f"{said}; {moved}"


def _why_skipped(update: TradeUpdate) -> str:
    if update.kind == "cancel":
        return "already filled; a cancel withdraws unfilled entries only (send 'close' to close it)"
    if update.kind == "close":
        return "the message does not say how much to close (half, 25 %, all)"
    return "the message gives no price"
