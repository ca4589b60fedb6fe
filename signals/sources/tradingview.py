"""``POST /webhook/tradingview``: TradingView (or Kairos) alerts become signals, closes or updates.

The payload is the trader-dashboard document's alert plus a ``passphrase`` (TradingView cannot
send headers)::

    {"strategy": {"name": "tv_momentum", ...} or "tv_momentum", "trader": "tv_momentum" (optional),
     "action": "buy", "ticker": "BINANCE:BTCUSDT", "contracts": 100, "position_size": 0.05,
     "price": 67250.5, "timestamp": "2025-07-19T20:30:00Z", "alert_name": "momentum_long_entry",
     "message": "...", "passphrase": "..."}

* The trader is the ``trader`` field or else the strategy (its ``name`` when it is an object):
  the id of a TradingView-source trader. Its passphrase is checked in constant time against the
  stored SHA-256; an unknown trader, a trader without a passphrase and a wrong one all answer the
  same 401, so nobody learns which traders exist.
* buy / long open a long, sell / short a short, at market: ``price`` is the bar's price when the
  alert fired and is kept in ``raw``; each account sizes the copy by its own risk profile, so
  ``contracts`` and ``position_size`` are kept in ``raw`` too. ``stop_loss``, ``take_profits``
  (or ``take_profit``), ``leverage`` and ``confidence`` are optional extras.
* close / exit / flat close every active position opened from this trader in that symbol, in every
  account (close_long / close_short only that side), through ``trader_positions_close``. An
  optional ``fraction`` closes that share of each open copy and leaves unfilled entries alone::

      {"action": "close", "ticker": "BTCUSDT", "fraction": 0.5, ...}     close half
* Updates to the trader's active copies in that symbol run the one update path Telegram's
  messages take (``signals.services.sources.trader_copies_update``), which calls the services
  the UI calls; the answer lists each copy as ``applied`` (with what changed) or ``failed`` (with
  why), and a copy that cannot take the change is left as it was::

      {"action": "move_stop", "to": "breakeven"}   the entry plus the fees paid ("entry" says the
                                                   same); never loosens a stop already tighter
      {"action": "move_stop", "to": 68000}         a fixed stop at that price (refused per copy when
                                                   it is on the wrong side of the price)
      {"action": "tp_hit", "target": 2}            recorded; fills nothing (each copy's own target
                                                   orders trade at our prices); a copy whose
                                                   ``breakeven_after`` is 2 or less moves its stop
                                                   to breakeven
      {"action": "cancel"}                         withdraws unfilled entries; a filled copy stays open

  A missing or malformed ``to``, ``target`` or ``fraction`` is a 400 naming the field.
* A close or an update applies once: a repeat of it (the same ``id``, or else the same timestamp +
  ticker + action + alert name) answers ``"duplicate": true`` and changes nothing, so a close of
  half delivered twice closes half once. Without ``id`` and ``timestamp`` each delivery applies.
* The plausibility guard (signals/guard.py) answers an implausible alert 400 with the failed
  check's ``code`` (``invalid_symbol`` and ``market_not_listed`` on ``ticker``,
  ``stop_on_wrong_side`` on ``stop_loss``, ``target_on_wrong_side`` on ``take_profits``) and
  records nothing. An alert enters at market, so its stop and targets are judged against the price.
* A repeated alert is recognised by its ``id`` field, or else by timestamp + ticker + action +
  alert name (TradingView's ``{{timenow}}`` makes the timestamp unique per firing): it is recorded
  as a duplicate and executes nothing. An alert without ``id`` and ``timestamp`` cannot be told
  apart from a new one, so each delivery is a new signal.
* Rate limited per source (``WEBHOOK_RATE``, default 60/min): per named trader, else per client IP.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils.dateparse import parse_datetime
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView

from echotrade.api import contains_nul
from echotrade.exceptions import ImplausibleSignal, InvalidInput
from echotrade.fields import decimal_text
from echotrade.throttles import FailOpenMixin
from execution import trade_management as management
from signals import guard
from signals.services import SignalInput, signal_receive
from signals.services.validate import decimal_of
from signals.services.sources import (
    TradeUpdate,
    trader_copies,
    trader_copies_update,
    trader_positions_close,
    update_delivery_claim,
    webhook_secret_matches,
)
from traders.models import Trader

OPEN_ACTIONS = {"buy": "long", "long": "long", "enter_long": "long", "sell": "short", "short": "short", "enter_short": "short"}
CLOSE_ACTIONS = {
    "close": None, "exit": None, "flat": None, "close_all": None,
    "close_long": "long", "exit_long": "long", "close_short": "short", "exit_short": "short",
}
UPDATE_ACTIONS = ("move_stop", "tp_hit", "cancel")
ACTION_NAMES = "buy, sell, long, short, close, exit, move_stop, tp_hit or cancel"
BREAKEVEN_WORDS = ("breakeven", "break_even", "entry")
SIGNAL_EXTRAS = ("stop_loss", "leverage", "confidence")


@dataclass(frozen=True)
class CloseRequest:
    symbol: str
    side: str | None
    fraction: Decimal = Decimal(1)


@dataclass(frozen=True)
class UpdateRequest:
    symbol: str
    update: TradeUpdate


# --- Reading the payload ---------------------------------------------------------------------
def alert_payload(body: bytes) -> dict:
    if not body.strip():
        raise InvalidInput("The body is empty; send the alert as a JSON object.")
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise InvalidInput(f"The body is not JSON ({error}).") from None
    if not isinstance(payload, dict):
        raise InvalidInput(f"The body must be a JSON object such as {{\"action\": …}}, not a {type(payload).__name__}.")
    if contains_nul(payload):  # PostgreSQL cannot store it in the signal's raw record: a 500
        raise InvalidInput("The alert contains a NUL character (\\u0000), which no field can hold.")
    return payload


def claimed_trader_id(payload: dict) -> str | None:
    """The trader the alert says it is from: ``trader``, else ``strategy`` (or ``strategy.name``)."""
    claimed = payload.get("trader")
    if claimed in (None, ""):
        claimed = payload.get("strategy")
        if isinstance(claimed, dict):
            claimed = claimed.get("name")
    return claimed.strip() if isinstance(claimed, str) and claimed.strip() else None


def alert_trader(payload: dict) -> Trader:
    trader_id = claimed_trader_id(payload)
    trader = (
        Trader.objects.filter(pk=trader_id[:64], source=Trader.Source.TRADINGVIEW, deleted_at__isnull=True).first()
        if trader_id else None
    )
    # One answer for every failure, so a probe learns nothing about which traders exist.
    if not webhook_secret_matches(trader=trader, passphrase=payload.get("passphrase")):
        raise AuthenticationFailed("Wrong or missing passphrase for this strategy's trader.")
    return trader


def alert_parse(payload: dict, *, trader: Trader) -> SignalInput | CloseRequest | UpdateRequest:
    """The alert as a SignalInput (open), a CloseRequest or an UpdateRequest; every problem
    reported at once, per field."""
    errors: dict[str, list[str]] = {}
    action = payload.get("action")
    action = action.strip().lower() if isinstance(action, str) else ""
    if not action:
        errors["action"] = [f"Required: {ACTION_NAMES}."]
    elif action not in OPEN_ACTIONS and action not in CLOSE_ACTIONS and action not in UPDATE_ACTIONS:
        errors["action"] = [f"'{action}' is not an action; use {ACTION_NAMES}."]
    update = _update_fields(action, payload, errors)
    symbol, symbol_failure = _symbol(payload.get("ticker"), errors)
    for name in ("contracts", "price"):
        _number(payload.get(name), name, errors, positive=name == "price")
    _number(payload.get("position_size"), "position_size", errors, positive=False, signed=True)
    source_time = _timestamp(payload.get("timestamp"), errors)
    for name in ("alert_name", "message"):
        if payload.get(name) is not None and not isinstance(payload[name], str):
            errors[name] = ["Must be text."]
    if list(errors) == ["ticker"] and symbol_failure is not None:
        raise _as_alert_error(ImplausibleSignal(
            f"The alert is not plausible: {symbol_failure.check}: {symbol_failure.detail}", code=symbol_failure.check,
            fields={"symbol": [symbol_failure.detail]}, checks=[symbol_failure.as_dict()],
        ))
    if errors:
        raise InvalidInput(
            "The alert is not valid: " + "; ".join(f"{k}: {v[0]}" for k, v in errors.items()), fields=errors
        )
    if action in CLOSE_ACTIONS:
        return CloseRequest(symbol=symbol, side=CLOSE_ACTIONS[action], fraction=update.fraction)
    if action in UPDATE_ACTIONS:
        return UpdateRequest(symbol=symbol, update=update)
    take_profits = payload.get("take_profits", payload.get("take_profit"))
    return SignalInput(
        trader=trader.pk, symbol=symbol, side=OPEN_ACTIONS[action], entry=None,
        take_profits=take_profits if isinstance(take_profits, list) else ([] if take_profits is None else [take_profits]),
        external_id=_external_id(payload), source_time=source_time,
        raw={k: v for k, v in payload.items() if k != "passphrase"},
        **{name: payload.get(name) for name in SIGNAL_EXTRAS},
    )


def _update_fields(action: str, payload: dict, errors: dict) -> TradeUpdate | None:
    """The fields of a close or an update: ``fraction`` (close), ``to`` (move_stop), ``target`` (tp_hit)."""
    if action in CLOSE_ACTIONS:
        fraction = Decimal(1) if payload.get("fraction") is None else _decimal(payload["fraction"])
        if fraction is None or not 0 < fraction <= 1:
            errors["fraction"] = ["A share above 0 and at most 1: 0.5 closes half, 1 (the default) all of it."]
            return None
        return TradeUpdate(kind="close", fraction=fraction)
    if action == "move_stop":
        to = payload.get("to")
        if isinstance(to, str) and to.strip().lower() in BREAKEVEN_WORDS:
            return TradeUpdate(kind="move_stop", to_breakeven=True)
        price = _decimal(to)
        if price is None or price <= 0:
            errors["to"] = ['Required: "breakeven" (the entry plus fees) or the new stop price, e.g. 68000.']
            return None
        return TradeUpdate(kind="move_stop", stop_loss=price)
    if action == "tp_hit":
        target = payload.get("target")
        if isinstance(target, bool) or not isinstance(target, int) or not 1 <= target <= management.MAX_LEVELS:
            errors["target"] = [f"Required: the number of the target hit, 1 to {management.MAX_LEVELS}."]
            return None
        return TradeUpdate(kind="tp_hit", target=target)
    if action == "cancel":
        return TradeUpdate(kind="cancel")
    return None


def _decimal(value) -> Decimal | None:
    """A finite number from JSON (a number or its text), else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _symbol(ticker, errors: dict) -> tuple[str | None, guard.Failure | None]:
    """The pair, or the guard's ``invalid_symbol`` (a ticker that is not a text naming a pair)."""
    if ticker is None or ticker == "":
        errors["ticker"] = ["Required, e.g. BINANCE:BTCUSDT, BTCUSDT or BTC/USDT."]
        return None, None
    if isinstance(ticker, str):
        exchange, colon, rest = ticker.strip().partition(":")
        # "BINANCE:BTCUSDT": TradingView puts the exchange first. "BTC/USDT:USDT" (ccxt's perpetual) does not.
        if colon and "/" not in exchange:
            ticker = rest
    symbol, failure = guard.symbol_check(ticker)
    if failure is not None:
        errors["ticker"] = [failure.detail]
    return symbol, failure


def _as_alert_error(error: ImplausibleSignal) -> ImplausibleSignal:
    """The guard names the pipeline's fields; an alert's symbol is its ``ticker``."""
    rename = {"symbol": "ticker"}
    error.fields = {rename.get(name, name): messages for name, messages in error.fields.items()}
    error.checks = [check | {"field": rename.get(check["field"], check["field"])} for check in error.checks]
    return error


def _number(value, name: str, errors: dict, *, positive: bool, signed: bool = False) -> None:
    if value is None or value == "":
        return
    number = decimal_of(value)
    if not number.is_finite():
        errors[name] = [f"{value!r} is not a number."]
    elif positive and number <= 0 or not signed and number < 0:
        errors[name] = ["Must be above zero." if positive else "Must not be negative."]


def _timestamp(value, errors: dict) -> datetime | None:
    """ISO 8601 ("2025-07-19T20:30:00Z") or Unix time in seconds or milliseconds; naive means UTC."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            seconds = value / 1000 if value > 1e11 else value
            return datetime.fromtimestamp(seconds, tz=UTC)
        if isinstance(value, str):
            text = value.strip()
            if text.isdigit():
                return _timestamp(int(text), errors)
            parsed = parse_datetime(text)
            if parsed is not None:
                return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (ValueError, OverflowError, OSError):
        pass
    errors["timestamp"] = [f"{value!r} is not a time; use ISO 8601 (2025-07-19T20:30:00Z) or Unix seconds."]
    return None


def _external_id(payload: dict) -> str | None:
    explicit = payload.get("id")
    if explicit not in (None, "") and not isinstance(explicit, (dict, list)):
        return str(explicit)[:200]
    if payload.get("timestamp") in (None, ""):
        return None
    key = "|".join(str(payload.get(k) or "") for k in ("timestamp", "ticker", "action", "alert_name"))
    return "tv:" + hashlib.sha256(key.encode()).hexdigest()[:40]


# --- The endpoint ------------------------------------------------------------------------------
class WebhookRateThrottle(FailOpenMixin, SimpleRateThrottle):
    """Per source: the trader the payload names (hashed: it is unchecked input), else the client IP."""

    scope = "webhook"

    def get_rate(self) -> str:
        return getattr(settings, "WEBHOOK_RATE", "60/min")

    def get_cache_key(self, request, view) -> str:
        try:
            trader_id = claimed_trader_id(json.loads(request.body))
        except (ValueError, UnicodeDecodeError, AttributeError, TypeError):
            trader_id = None
        ident = "trader:" + hashlib.sha256(trader_id.encode()).hexdigest()[:32] if trader_id else self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}


class TradingViewWebhookApi(APIView):
    # The passphrase is the authentication: no session (hence no CSRF; APIView is csrf_exempt), no token.
    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = [WebhookRateThrottle]
    parser_classes: list = []  # the body is read as sent: TradingView posts JSON as text/plain

    def get_authenticate_header(self, request) -> str:
        return 'Passphrase realm="webhook"'  # makes DRF answer 401 (not 403) for a wrong passphrase

    @extend_schema(
        exclude=True,
        responses={202: OpenApiResponse(description="Recorded"), 400: None, 401: None, 429: None},
    )
    def post(self, request):
        payload = alert_payload(request.body)
        trader = alert_trader(payload)
        parsed = alert_parse(payload, trader=trader)
        if isinstance(parsed, (CloseRequest, UpdateRequest)):
            return Response(_running_trade_change(trader, payload, parsed), status=status.HTTP_202_ACCEPTED)
        try:
            signal, created = signal_receive(data=parsed)
        except ImplausibleSignal as error:
            raise _as_alert_error(error) from None
        return Response(
            {"signal": signal.pk, "duplicate": not created, "external_id": signal.external_id},
            status=status.HTTP_202_ACCEPTED,
        )


def _running_trade_change(trader: Trader, payload: dict, parsed: CloseRequest | UpdateRequest) -> dict:
    """Apply a close or an update to the trader's copies in the symbol, once per alert."""
    delivery = _external_id(payload)
    if isinstance(parsed, CloseRequest):
        body = {"action": "close", "symbol": parsed.symbol, "fraction": decimal_text(parsed.fraction)}
        if delivery and not update_delivery_claim(trader=trader, delivery_id=delivery):
            return body | {"duplicate": True, "closed": [], "failed": []}
        # A pending entry cannot lose half of nothing: a partial close leaves unfilled entries alone.
        result = trader_positions_close(
            trader=trader, symbol=parsed.symbol, side=parsed.side, fraction=parsed.fraction,
            include_pending=parsed.fraction == 1,
        )
        return body | {"duplicate": False, **result}
    body = {"action": parsed.update.kind, "symbol": parsed.symbol}
    if delivery and not update_delivery_claim(trader=trader, delivery_id=delivery):
        return body | {"duplicate": True, "applied": [], "failed": [], "detail": "Already applied; nothing applied again."}
    positions = trader_copies(trader=trader, symbol=parsed.symbol)
    reference = f"alert {delivery}" if delivery else "an alert"
    result = trader_copies_update(trader=trader, update=parsed.update, positions=positions, reference=reference)
    if result.applied or result.failed:
        detail = f"{parsed.update.describe()}: {len(result.applied)} applied, {len(result.failed)} not applied."
    else:
        detail = f"{parsed.update.describe()}: no active position of {trader.pk} in {parsed.symbol}; nothing applied."
    return body | {"duplicate": False, "applied": result.applied, "failed": result.failed, "detail": detail}
