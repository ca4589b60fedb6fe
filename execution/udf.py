"""The trader-dashboard document's endpoints: ``/health``, ``/api/v1/quotes``, the TradingView UDF
feed (``/udf/*``) for the chart page, and price alerts (``/api/v1/alerts``).

Market data (``/udf/*``, ``/api/v1/quotes``) answers without a login, as the document's ``curl``
examples do, unless ``PUBLIC_MARKET_DATA=0``; ``/health`` is always open. All of them are rate
limited per client IP (``PUBLIC_MARKET_DATA_RATE``). Price alerts belong to an account and always
need a login. UDF answers in TradingView's own shapes: ``{"s": "ok" | "no_data" | "error", ...}``.
"""
from __future__ import annotations

import time
from datetime import datetime

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.selectors import account_get_for_user
from echotrade.api import Amount, ModelSerializer
from echotrade.celery import app
from echotrade.exceptions import EchoTradeError, MarketDataUnavailable
from echotrade.symbols import normalize_symbol
from echotrade.throttles import MarketDataRateThrottle
from execution import alerts
from execution.market.base import TIMEFRAME_SECONDS
from execution.market.feed import candles_get, quote_message
from execution.market.services import quote_get
from execution.market.sim import KNOWN_MARKETS
from execution.market.sources import get_price_source
from execution.models import PriceAlert, Quote, Tick

MAX_QUOTE_SYMBOLS = 50
MAX_CANDLES = 1000  # what candles_get serves at most
RESOLUTIONS = {"1": "1m", "5": "5m", "15": "15m", "60": "1h", "240": "4h", "1D": "1d", "D": "1d"}
SUPPORTED_RESOLUTIONS = ["1", "5", "15", "60", "240", "1D"]


class MarketDataPermission(BasePermission):
    """Anyone while ``PUBLIC_MARKET_DATA`` is on (the default); otherwise a session or a token.

    Read per request, so the setting (and a test's override of it) applies without a restart."""

    def has_permission(self, request, view):
        return settings.PUBLIC_MARKET_DATA or bool(request.user and request.user.is_authenticated)


class MarketDataApi(APIView):
    """The base of every market-data view: public by setting, rate limited per client IP."""
    permission_classes = [MarketDataPermission]
    throttle_classes = [MarketDataRateThrottle]


# --- /health -----------------------------------------------------------------------------------
def _check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any failure is the answer; only its type is shown (its text may hold the DSN)
        return {"status": "error", "detail": f"query failed ({type(error).__name__})"}
    return {"status": "ok"}


def _check_redis() -> dict:
    if not getattr(settings, "REDIS_URL", ""):
        return {"status": "skipped", "detail": "REDIS_URL is not set; cache and channel layer are in-process"}
    import redis

    client = redis.Redis.from_url(settings.REDIS_URL, socket_timeout=1, socket_connect_timeout=1)
    try:
        client.ping()
    except Exception as error:
        return {"status": "error", "detail": f"ping failed ({type(error).__name__})"}
    finally:
        client.close()
    return {"status": "ok"}


def _check_workers() -> dict:
    if getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False):
        return {"status": "ok", "mode": "eager", "detail": "tasks run in the calling process"}
    if str(getattr(settings, "CELERY_BROKER_URL", "")).startswith("memory://"):
        return {"status": "error", "mode": "none", "detail": "no broker: queued tasks would never run"}

    try:
        replies = app.control.inspect(timeout=1.0).ping() or {}
    except Exception as error:
        return {"status": "error", "mode": "workers", "detail": f"broker unreachable ({type(error).__name__})"}
    if not replies:
        return {"status": "error", "mode": "workers", "detail": "no worker answered within 1 s"}
    return {"status": "ok", "mode": "workers", "workers": len(replies)}


def _check_market_data() -> dict:
    max_age = int(getattr(settings, "HEALTH_MAX_TICK_AGE_SECONDS", 60))
    try:
        tick = Tick.objects.order_by("-id").values_list("ts", flat=True).first()
        quote = Quote.objects.order_by("-ts").values("ts", "source").first()
    except Exception as error:
        return {"status": "error", "detail": f"query failed ({type(error).__name__})"}
    # The newest price held, from the feed (ticks) or an on-demand refresh (quotes).
    last = max((ts for ts in (tick, quote and quote["ts"]) if ts), default=None)
    check = {
        "source": quote["source"] if quote else get_price_source().name,
        "last_tick_at": last.isoformat() if last else None,
        "last_tick_age_seconds": round((timezone.now() - last).total_seconds(), 1) if last else None,
        "max_age_seconds": max_age,
    }
    if last is None:
        return {"status": "error", "detail": "no price recorded yet; is the market loop running?", **check}
    if check["last_tick_age_seconds"] > max_age:
        return {"status": "error", "detail": f"the last price is older than {max_age}s", **check}
    return {"status": "ok", **check}


class HealthApi(APIView):
    """``GET /health``: 200 when every check passes, 503 when one fails. No login, no secrets."""
    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = [MarketDataRateThrottle]

    @extend_schema(exclude=True)
    def get(self, request):
        checks = {
            "database": _check_database(), "redis": _check_redis(), "workers": _check_workers(),
            "market_data": _check_market_data(),
        }
        healthy = all(check["status"] in ("ok", "skipped") for check in checks.values())
        return Response(
            {"status": "ok" if healthy else "degraded", "time": timezone.now().isoformat(), "checks": checks},
            status=status.HTTP_200_OK if healthy else status.HTTP_503_SERVICE_UNAVAILABLE,
        )


# --- /api/v1/quotes ----------------------------------------------------------------------------
QuotesOutput = inline_serializer("QuotesV1", {
    "quotes": inline_serializer("QuoteV1", {
        f: serializers.CharField() for f in ("type", "symbol", "price", "bid", "ask", "volume", "change_24h", "ts", "source")
    }, many=True),
    "errors": serializers.DictField(child=serializers.CharField(), help_text="Symbol → why it has no quote."),
})


class QuotesApi(MarketDataApi):
    """``GET /api/v1/quotes?symbols=BTC/USDT,ETH/USDT``: fresh quotes (stored while fresh, else fetched)."""
    @extend_schema(
        parameters=[OpenApiParameter("symbols", str, required=True, description="Comma-separated, e.g. BTC/USDT,ETH/USDT.")],
        responses=QuotesOutput,
    )
    def get(self, request):
        raw = [s for s in request.query_params.get("symbols", "").split(",") if s.strip()]
        if not raw or len(raw) > MAX_QUOTE_SYMBOLS:
            raise serializers.ValidationError({"symbols": [f"Name 1 to {MAX_QUOTE_SYMBOLS} symbols, e.g. BTC/USDT,ETH/USDT."]})
        quotes, errors = [], {}
        for text in dict.fromkeys(s.strip() for s in raw):
            try:
                quotes.append(quote_message(quote_get(symbol=normalize_symbol(text))))
            except EchoTradeError as error:
                errors[text] = error.message
        return Response({"quotes": quotes, "errors": errors})


# --- TradingView UDF ---------------------------------------------------------------------------
class UdfError(Exception):
    pass


def _udf_symbol(raw) -> str:
    text = (raw or "").strip()
    if not text:
        raise UdfError("'symbol' is required, e.g. BTC/USDT.")
    exchange, colon, rest = text.partition(":")
    if colon and "/" not in exchange:  # "EXCHANGE:SYMBOL", as the chart may ask
        text = rest
    try:
        return normalize_symbol(text)
    except EchoTradeError as error:
        raise UdfError(f"'symbol': {error.message}") from None


def _udf_int(params, name: str, *, required: bool = True) -> int | None:
    value = params.get(name)
    if value in (None, ""):
        if required:
            raise UdfError(f"'{name}' is required.")
        return None
    try:
        return int(value)
    except ValueError:
        raise UdfError(f"'{name}' must be a whole number, not {value!r}.") from None


def _udf_error(message: str, code: int = status.HTTP_400_BAD_REQUEST) -> Response:
    return Response({"s": "error", "errmsg": message}, status=code)


def _pricescale(symbol: str) -> int:
    """Six significant digits, 2 to 8 decimals, as the simulator quotes (BTC 0.01, ADA 0.000001)."""
    quote = Quote.objects.filter(symbol=symbol).first()
    if quote is None:
        return 100
    return 10 ** max(2, min(8, 5 - quote.price.adjusted()))


def _known_symbols() -> list[str]:
    return sorted({*KNOWN_MARKETS, *Quote.objects.values_list("symbol", flat=True)})


class UdfConfigApi(MarketDataApi):
    @extend_schema(exclude=True)
    def get(self, request):
        return Response({
            "supported_resolutions": SUPPORTED_RESOLUTIONS, "supports_search": True, "supports_group_request": False,
            "supports_marks": False, "supports_timescale_marks": False, "supports_time": True,
            "exchanges": [{"value": "", "name": "All", "desc": ""}],
            "symbols_types": [{"name": "Crypto", "value": "crypto"}],
        })


class UdfSymbolsApi(MarketDataApi):
    @extend_schema(exclude=True)
    def get(self, request):
        try:
            symbol = _udf_symbol(request.query_params.get("symbol"))
        except UdfError as error:
            return _udf_error(str(error))
        source = get_price_source().name
        base, quote = symbol.split("/")
        return Response({
            "name": symbol, "ticker": symbol, "full_name": symbol, "description": f"{base} / {quote}",
            "type": "crypto", "session": "24x7", "timezone": "Etc/UTC", "exchange": source, "listed_exchange": source,
            "format": "price", "minmov": 1, "pricescale": _pricescale(symbol), "has_intraday": True, "has_daily": True,
            "has_weekly_and_monthly": False, "supported_resolutions": SUPPORTED_RESOLUTIONS, "volume_precision": 2,
            "data_status": "streaming", "currency_code": quote,
        })


class UdfSearchApi(MarketDataApi):
    @extend_schema(exclude=True)
    def get(self, request):
        query = (request.query_params.get("query") or "").strip().upper().replace("/", "").replace("-", "")
        try:
            limit = _udf_int(request.query_params, "limit", required=False)
        except UdfError as error:
            return _udf_error(str(error))
        limit = 30 if limit is None else limit
        if not 1 <= limit <= 100:
            return _udf_error("'limit' must be from 1 to 100.")
        source = get_price_source().name
        found = [s for s in _known_symbols() if query in s.replace("/", "")][:limit]
        return Response([
            {"symbol": s, "full_name": s, "description": s.replace("/", " / "), "exchange": source, "ticker": s, "type": "crypto"}
            for s in found
        ])


class UdfHistoryApi(MarketDataApi):
    """Bars with ``from <= t < to`` (Unix seconds); ``countback`` bars before ``to`` when given."""
    @extend_schema(exclude=True)
    def get(self, request):
        params = request.query_params
        try:
            symbol = _udf_symbol(params.get("symbol"))
            timeframe = RESOLUTIONS.get(params.get("resolution", ""))
            if timeframe is None:
                raise UdfError(f"'resolution' must be one of {', '.join(SUPPORTED_RESOLUTIONS)}.")
            start, end = _udf_int(params, "from"), _udf_int(params, "to")
            countback = _udf_int(params, "countback", required=False)
            if end <= start:
                raise UdfError("'to' must be after 'from'.")
            if countback is not None and countback < 1:
                raise UdfError("'countback' must be at least 1.")
        except UdfError as error:
            return _udf_error(str(error))
        seconds, now = TIMEFRAME_SECONDS[timeframe], int(time.time())
        oldest = start if countback is None else min(start, end - countback * seconds)
        needed = max(1, min(MAX_CANDLES, (now - oldest) // seconds + 2))
        try:
            candles = candles_get(symbol=symbol, timeframe=timeframe, limit=needed)
        except MarketDataUnavailable as error:
            return _udf_error(error.message, error.status_code)
        bars = [(int(datetime.fromisoformat(c["ts"]).timestamp()), c) for c in candles]
        bars = [(t, c) for t, c in bars if t < end and (countback is not None or t >= start)]
        if countback is not None:
            bars = bars[-countback:]
        if not bars:
            return Response({"s": "no_data"})
        return Response({
            "s": "ok", "t": [t for t, _ in bars],
            **{key: [float(c[field]) for _, c in bars] for key, field in
               (("o", "open"), ("h", "high"), ("l", "low"), ("c", "close"), ("v", "volume"))},
        })


class UdfTimeApi(MarketDataApi):
    @extend_schema(exclude=True)
    def get(self, request):
        return HttpResponse(str(int(time.time())), content_type="text/plain")


# --- /api/v1/alerts ----------------------------------------------------------------------------
class PriceAlertOutput(ModelSerializer):
    account = serializers.SlugRelatedField(slug_field="name", read_only=True)
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = PriceAlert
        fields = [
            "id", "account", "symbol", "condition", "price", "note", "active", "created_by", "created_at",
            "triggered_at", "triggered_price",
        ]


class PriceAlertInput(serializers.Serializer):
    account = serializers.CharField(max_length=100)
    symbol = serializers.CharField(max_length=30)
    condition = serializers.ChoiceField(choices=PriceAlert.Condition.choices)
    price = Amount(min_value=0, max_value=10**15 - 1)
    note = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")

    def validate_price(self, value):
        if value <= 0:
            raise serializers.ValidationError("A price above zero.")
        return value


ALERT_STATES = {"active": True, "triggered": False, "all": None}


class PriceAlertListApi(APIView):
    @extend_schema(
        parameters=[
            OpenApiParameter("status", str, enum=list(ALERT_STATES), description="active (default), triggered or all."),
            OpenApiParameter("account", str, description="Only this account's alerts."),
        ],
        responses=PriceAlertOutput(many=True),
    )
    def get(self, request):
        state = request.query_params.get("status", "active")
        if state not in ALERT_STATES:
            raise serializers.ValidationError({"status": [f"One of {', '.join(ALERT_STATES)}."]})
        found = alerts.price_alert_list_for_user(user=request.user, active=ALERT_STATES[state])
        if request.query_params.get("account"):
            found = found.filter(account=account_get_for_user(user=request.user, name=request.query_params["account"]))
        return Response(PriceAlertOutput(found, many=True).data)

    @extend_schema(request=PriceAlertInput, responses={201: PriceAlertOutput})
    def post(self, request):
        serializer = PriceAlertInput(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        account = account_get_for_user(user=request.user, name=data.pop("account"), act=True)
        alert = alerts.price_alert_create(account=account, actor=request.user, **data)
        return Response(PriceAlertOutput(alert).data, status=status.HTTP_201_CREATED)


class PriceAlertDetailApi(APIView):
    @extend_schema(request=None, responses={204: None})
    def delete(self, request, alert_id: int):
        alerts.price_alert_delete(alert=alerts.price_alert_get_for_user(user=request.user, alert_id=alert_id), actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
