"""``POST /webhook/tradingview``: TradingView (or Kairos) alerts become signals or closes.

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
  account (close_long / close_short only that side); a repeated close finds nothing left to close.
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
from signals import guard
from echotrade.throttles import FailOpenMixin
from signals.services import SignalInput, signal_receive
from signals.services.sources import trader_positions_close, webhook_secret_matches
from traders.models import Trader

OPEN_ACTIONS = {"buy": "long", "long": "long", "enter_long": "long", "sell": "short", "short": "short", "enter_short": "short"}
CLOSE_ACTIONS = {
    "close": None, "exit": None, "flat": None, "close_all": None,
    "close_long": "long", "exit_long": "long", "close_short": "short", "exit_short": "short",
}
SIGNAL_EXTRAS = ("stop_loss", "leverage", "confidence")


@dataclass(frozen=True)
class CloseRequest:
    symbol: str
    side: str | None


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


def alert_parse(payload: dict, *, trader: Trader) -> SignalInput | CloseRequest:
    """The alert as a SignalInput (open) or a CloseRequest; every problem reported at once, per field."""
    errors: dict[str, list[str]] = {}
    action = payload.get("action")
    action = action.strip().lower() if isinstance(action, str) else ""
    if not action:
        errors["action"] = ["Required: buy, sell, long, short, close or exit."]
    elif action not in OPEN_ACTIONS and action not in CLOSE_ACTIONS:
        errors["action"] = [f"'{action}' is not an action; use buy, sell, long, short, close or exit."]
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
        return CloseRequest(symbol=symbol, side=CLOSE_ACTIONS[action])
    take_profits = payload.get("take_profits", payload.get("take_profit"))
    return SignalInput(
        trader=trader.pk, symbol=symbol, side=OPEN_ACTIONS[action], entry=None,
        take_profits=take_profits if isinstance(take_profits, list) else ([] if take_profits is None else [take_profits]),
        external_id=_external_id(payload), source_time=source_time,
        raw={k: v for k, v in payload.items() if k != "passphrase"},
        **{name: payload.get(name) for name in SIGNAL_EXTRAS},
    )


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
    try:
        number = Decimal(str(value)) if not isinstance(value, bool) else Decimal("NaN")
    except (InvalidOperation, ValueError):
        number = Decimal("NaN")
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
        if isinstance(parsed, CloseRequest):
            result = trader_positions_close(trader=trader, symbol=parsed.symbol, side=parsed.side)
            return Response({"action": "close", "symbol": parsed.symbol, **result}, status=status.HTTP_202_ACCEPTED)
        try:
            signal, created = signal_receive(data=parsed)
        except ImplausibleSignal as error:
            raise _as_alert_error(error) from None
        return Response(
            {"signal": signal.pk, "duplicate": not created, "external_id": signal.external_id},
            status=status.HTTP_202_ACCEPTED,
        )
