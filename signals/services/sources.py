"""What differs between signal sources: how much their confidence counts, webhook secrets, and the
closes a source sends for positions it opened.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from echotrade.audit import audit_record
from echotrade.exceptions import (
    EchoTradeError,
    InvalidInput,
    MarketDataUnavailable,
    TemporaryExchangeError,
)
from execution.models import Position
from execution.services import position_close
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
