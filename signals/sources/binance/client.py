"""Polite clients for Binance's public web endpoints (no API key, no account).

``BinanceWebClient`` is what every one of them shares: a process-wide rate limit, a timeout,
exponential backoff on 429 / 418 / 5xx / network errors, the "bapi" envelope
``{"code": "000000", "message": null, "messageDetail": null, "data": ..., "success": true}`` and
the refusal Binance answers when an endpoint wants a logged-in browser. ``LeaderboardClient`` (here)
and ``CopyTradingClient`` (``copy_trading.py``) add their endpoints on top.

The futures leaderboard, two endpoints, both POST with a JSON body:

* ``/bapi/futures/v1/public/future/leaderboard/getOtherPosition``
  ``{"encryptedUid": ..., "tradeType": "PERPETUAL"}`` → ``data.otherPositionRetList``: one entry per
  open position, ``amount`` signed (negative = short), prices as JSON numbers, ``updateTimeStamp``
  in ms (``updateTime`` is the same moment as ``[y, m, d, h, min, s, ns]``), ``leverage``.
* ``/bapi/futures/v2/public/future/leaderboard/getOtherLeaderboardBaseInfo``
  ``{"encryptedUid": ...}`` → ``data.nickName``, ``data.positionShared``, ``data.followerCount``...

A trader who does not share positions is answered with ``data: null`` or a null list by some
deployments and with an empty list by others, which reads exactly like "no open positions". An
empty list is therefore confirmed with ``positionShared`` before anyone acts on it: closing every
copied trade because the leader hid them would be guessing.

Since late 2023 ``getOtherPosition`` answers only a logged-in browser (python-binance #1389,
bfldb #10): Binance refuses with HTTP 401/403 or with its web's "not logged in" codes in the
envelope. That is ``LoginRequired``: the sync records it on the trader and changes nothing else.
Copy-trading lead portfolios (``copy_trading.py``) are the public way to follow a Binance trader.

The endpoints are undocumented and throttled by IP, so every request waits for a process-wide
minimum interval, has a timeout, and 429 / 418 / 5xx / network errors are retried with
exponential backoff before ``TemporaryExchangeError`` is raised.
"""
from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

import requests
from django.conf import settings

from echotrade.exceptions import (
    EchoTradeError,
    PermanentExchangeError,
    TemporaryExchangeError,
)
from echotrade.symbols import normalize_symbol

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://www.binance.com"
POSITIONS_PATH = "/bapi/futures/v1/public/future/leaderboard/getOtherPosition"
BASE_INFO_PATH = "/bapi/futures/v2/public/future/leaderboard/getOtherLeaderboardBaseInfo"
OK_CODE = "000000"
# The codes Binance's own web front end reads as "not logged in" / "login expired" (its bundles
# check exactly these two before sending the browser to the login page); a refused
# getOtherPosition answers one of them, or HTTP 401/403.
LOGIN_REQUIRED_CODES = {"100001005", "100002001"}
LOGIN_REQUIRED_STATUSES = {401, 403}
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
TIMEOUT_SECONDS = 5
RETRYABLE_STATUSES = {418, 429, 500, 502, 503, 504}  # 418: Binance's IP ban after ignoring 429s
MAX_BACKOFF_SECONDS = 60
HEADERS = {
    "Content-Type": "application/json",
    "Accept": "application/json",
    "clienttype": "web",  # the bapi gateway refuses some requests without it
    "User-Agent": "EchoTrade Binance follower",
}


class LoginRequired(PermanentExchangeError):
    """Binance answers this endpoint only to a logged-in browser: asking again will not help."""

    code = "login_required"


class RateLimiter:
    """At most one request every ``interval`` seconds, shared by every client in the process."""

    def __init__(self, interval: float, *, clock=time.monotonic, sleep=time.sleep):
        self.interval = float(interval)
        self.clock, self.sleep = clock, sleep
        self._next_at: float | None = None
        self._lock = threading.Lock()

    def wait(self) -> float:
        """Block until the next request may go out; returns how long it waited."""
        with self._lock:
            now = self.clock()
            waited = 0.0
            if self._next_at is not None and now < self._next_at:
                waited = self._next_at - now
                self.sleep(waited)
                now = self._next_at
            self._next_at = now + self.interval
            return waited


_process_limiter: RateLimiter | None = None
_process_limiter_lock = threading.Lock()


def process_limiter() -> RateLimiter:
    global _process_limiter
    with _process_limiter_lock:
        if _process_limiter is None:
            _process_limiter = RateLimiter(getattr(settings, "LEADERBOARD_MIN_INTERVAL_SECONDS", 2.0))
        return _process_limiter


def reset_process_limiter() -> None:
    """Forget the process-wide limiter, so the next client reads the interval setting again."""
    global _process_limiter
    with _process_limiter_lock:
        _process_limiter = None


@dataclass(frozen=True)
class LeaderPosition:
    """One of the leader's open positions, in our spelling (``BTC/USDT``, long/short, Decimal)."""

    symbol: str
    side: str
    quantity: Decimal
    entry_price: Decimal | None = None
    mark_price: Decimal | None = None
    leverage: int | None = None
    update_time: datetime | None = None

    @property
    def key(self) -> tuple[str, str]:
        return self.symbol, self.side

    @property
    def update_time_ms(self) -> int:
        return (self.update_time - EPOCH) // timedelta(milliseconds=1) if self.update_time else 0

    def as_json(self) -> dict:
        """The snapshot form (LeaderboardSnapshot.positions): strings for Decimals, ms for time."""
        return {
            "symbol": self.symbol, "side": self.side, "quantity": str(self.quantity),
            "entry_price": _text(self.entry_price), "mark_price": _text(self.mark_price),
            "leverage": self.leverage, "update_time_ms": self.update_time_ms,
        }

    @classmethod
    def from_json(cls, data: dict) -> LeaderPosition:
        stamp = data.get("update_time_ms") or 0
        return cls(
            symbol=data["symbol"], side=data["side"], quantity=Decimal(data["quantity"]),
            entry_price=decimal_or_none(data.get("entry_price")), mark_price=decimal_or_none(data.get("mark_price")),
            leverage=data.get("leverage"), update_time=from_ms(stamp) if stamp else None,
        )


@dataclass(frozen=True)
class LeaderboardPositions:
    sharing: bool
    positions: list[LeaderPosition] = field(default_factory=list)
    update_time: datetime | None = None


@dataclass(frozen=True)
class BaseInfo:
    nick_name: str
    position_shared: bool
    follower_count: int | None = None
    raw: dict = field(default_factory=dict)


class BinanceWebClient:
    """The request loop every Binance web endpoint shares: rate limit, timeout, backoff, envelope.

    ``label`` names the source in every error ("Binance leaderboard getOtherPosition failed ...").
    """

    label = "Binance"

    def __init__(
        self, session: requests.Session | None = None, base_url: str | None = None, *,
        timeout: float = TIMEOUT_SECONDS, limiter: RateLimiter | None = None, attempts: int = 3,
        backoff_seconds: float = 1.0, sleep=None,
    ):
        self.session = session or requests.Session()
        self.base_url = (base_url or getattr(settings, "LEADERBOARD_BASE_URL", DEFAULT_BASE_URL)).rstrip("/")
        self.timeout = timeout
        # One limiter for every client in the process: the leaderboard and copy trading are the
        # same host, and Binance counts requests per IP, not per endpoint.
        self.limiter = limiter or process_limiter()
        self.attempts = max(1, attempts)
        self.backoff_seconds = backoff_seconds
        self.sleep = sleep or time.sleep  # looked up now, not at import: a test may have replaced it

    def request(self, method: str, path: str, *, payload: dict | None = None, params: dict | None = None) -> dict:
        """The envelope of a successful answer (``body["data"]`` is the payload).

        Raises ``TemporaryExchangeError`` once every try hit a network error, a 429/418 or a 5xx,
        ``LoginRequired`` when Binance wants a logged-in browser, and ``PermanentExchangeError``
        for any other refusal or an answer that is not the envelope.
        """
        endpoint = path.rsplit("/", 1)[-1]
        for attempt in range(1, self.attempts + 1):
            self.limiter.wait()
            try:
                response = self.session.request(
                    method, self.base_url + path, json=payload, params=params, headers=HEADERS, timeout=self.timeout,
                )
            except (requests.Timeout, requests.ConnectionError) as error:
                problem, retry_after = f"{type(error).__name__}: {error}", None
            else:
                if response.status_code not in RETRYABLE_STATUSES:
                    return self._envelope(endpoint, response)
                problem, retry_after = f"HTTP {response.status_code}", _retry_after(response)
            if attempt == self.attempts:
                raise TemporaryExchangeError(
                    f"{self.label} {endpoint} failed {self.attempts} times, last with {problem}; will try again later."
                )
            delay = min(max(self.backoff_seconds * 2 ** (attempt - 1), retry_after or 0), MAX_BACKOFF_SECONDS)
            logger.warning("%s %s: %s; retrying in %ss", self.label, endpoint, problem, delay)
            self.sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _envelope(self, endpoint: str, response: requests.Response) -> dict:
        """The bapi envelope of a non-retryable answer, or the typed error saying what is wrong."""
        try:
            body = response.json()
        except (ValueError, json.JSONDecodeError):
            body = None
        code = str(body.get("code")) if isinstance(body, dict) else None
        if response.status_code in LOGIN_REQUIRED_STATUSES or code in LOGIN_REQUIRED_CODES:
            said = (body.get("message") or body.get("msg")) if isinstance(body, dict) else None
            raise LoginRequired(
                f"{self.label} {endpoint} is refused without a Binance login (HTTP {response.status_code}"
                + (f", code {code}" if code else "") + (f": {said}" if said else "") + ")."
            )
        if body is None:
            snippet = response.text[:120].replace("\n", " ")
            raise self.unreadable(endpoint, f"HTTP {response.status_code}, not JSON: {snippet!r}")
        if not isinstance(body, dict) or "code" not in body:
            raise self.unreadable(endpoint, f"HTTP {response.status_code}, JSON without a 'code' field")
        if response.status_code >= 400 or code != OK_CODE or body.get("success") is False:
            message = body.get("message") or body.get("msg") or "no message"
            raise PermanentExchangeError(
                f"{self.label} {endpoint} refused the request (HTTP {response.status_code}, code {body['code']}): {message}."
            )
        return body

    def unreadable(self, endpoint: str, why: str) -> PermanentExchangeError:
        return PermanentExchangeError(f"{self.label} {endpoint} sent an answer we cannot read ({why}).")


class LeaderboardClient(BinanceWebClient):
    label = "Binance leaderboard"

    def positions(self, encrypted_uid: str) -> LeaderboardPositions:
        body = self.request("POST", POSITIONS_PATH, payload={"encryptedUid": encrypted_uid, "tradeType": "PERPETUAL"})
        data = body.get("data")
        if data is None or (isinstance(data, dict) and data.get("otherPositionRetList") is None):
            return LeaderboardPositions(sharing=False)
        if not isinstance(data, dict) or not isinstance(data["otherPositionRetList"], list):
            raise self.unreadable("getOtherPosition", "data.otherPositionRetList is not a list")
        items = data["otherPositionRetList"]
        if not items and not self.base_info(encrypted_uid).position_shared:
            return LeaderboardPositions(sharing=False)
        positions = merge_positions([self._position(item) for item in items])
        return LeaderboardPositions(sharing=True, positions=positions, update_time=_time_of(data))

    def base_info(self, encrypted_uid: str) -> BaseInfo:
        body = self.request("POST", BASE_INFO_PATH, payload={"encryptedUid": encrypted_uid})
        data = body.get("data")
        if not isinstance(data, dict):
            raise self.unreadable("getOtherLeaderboardBaseInfo", "data is not an object")
        return BaseInfo(
            nick_name=str(data.get("nickName") or ""), position_shared=data.get("positionShared") is True,
            follower_count=data.get("followerCount"), raw=data,
        )

    def _position(self, item) -> LeaderPosition:
        if not isinstance(item, dict):
            raise self.unreadable("getOtherPosition", f"a position is {type(item).__name__}, not an object")
        try:
            amount = Decimal(str(item["amount"]))
            symbol = normalize_symbol(str(item["symbol"]))
        except (KeyError, InvalidOperation, ValueError, EchoTradeError) as error:
            raise self.unreadable("getOtherPosition", f"position {item.get('symbol')!r}: {error!r}")
        if not amount.is_finite():
            raise self.unreadable("getOtherPosition", f"position {item.get('symbol')!r} has amount {item['amount']!r}")
        leverage = item.get("leverage")
        return LeaderPosition(
            symbol=symbol, side="long" if amount > 0 else "short", quantity=abs(amount),
            entry_price=decimal_or_none(item.get("entryPrice")), mark_price=decimal_or_none(item.get("markPrice")),
            leverage=int(leverage) if isinstance(leverage, (int, float)) else None, update_time=_time_of(item),
        )


def _retry_after(response: requests.Response) -> float | None:
    try:
        return float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None


def merge_positions(positions: list[LeaderPosition]) -> list[LeaderPosition]:
    """One position per (symbol, side); a zero amount (a closed leg Binance still lists) is dropped."""
    merged: dict[tuple[str, str], LeaderPosition] = {}
    for position in positions:
        if position.quantity == 0:
            continue
        earlier = merged.get(position.key)
        if earlier is not None:
            latest = max(earlier, position, key=lambda p: p.update_time_ms)
            position = replace(latest, quantity=earlier.quantity + position.quantity)
        merged[position.key] = position
    return sorted(merged.values(), key=lambda p: p.key)


def _time_of(item: dict) -> datetime | None:
    """``updateTimeStamp`` (ms) first; else ``updateTime`` as ms or as [y, m, d, h, min, s, ns]."""
    stamp = item.get("updateTimeStamp")
    if isinstance(stamp, (int, float)) and stamp > 0:
        return from_ms(stamp)
    value = item.get("updateTime")
    if isinstance(value, (int, float)) and value > 0:
        return from_ms(value)
    if isinstance(value, list) and len(value) >= 6 and all(isinstance(v, int) for v in value):
        nanos = value[6] if len(value) > 6 else 0
        try:
            return datetime(*value[:6], nanos // 1000, tzinfo=timezone.utc)
        except ValueError:
            return None
    return None


def from_ms(ms) -> datetime:
    return EPOCH + timedelta(milliseconds=int(ms))  # exact: no float seconds in between


def decimal_or_none(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
