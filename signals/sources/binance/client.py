"""A polite client for Binance's public futures leaderboard (no API key, no account).

Two endpoints, both POST with a JSON body and Binance's "bapi" envelope
``{"code": "000000", "message": null, "messageDetail": null, "data": ..., "success": true}``:

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
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
TIMEOUT_SECONDS = 5
RETRYABLE_STATUSES = {418, 429, 500, 502, 503, 504}  # 418: Binance's IP ban after ignoring 429s
MAX_BACKOFF_SECONDS = 60
HEADERS = {
    "Content-Type": "application/json",
    "Accept": "application/json",
    "clienttype": "web",  # the bapi gateway refuses some requests without it
    "User-Agent": "EchoTrade leaderboard follower",
}


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
            entry_price=_decimal_or_none(data.get("entry_price")), mark_price=_decimal_or_none(data.get("mark_price")),
            leverage=data.get("leverage"), update_time=_from_ms(stamp) if stamp else None,
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


class LeaderboardClient:
    def __init__(
        self, session: requests.Session | None = None, base_url: str | None = None, *,
        timeout: float = TIMEOUT_SECONDS, limiter: RateLimiter | None = None, attempts: int = 3,
        backoff_seconds: float = 1.0, sleep=time.sleep,
    ):
        self.session = session or requests.Session()
        self.base_url = (base_url or getattr(settings, "LEADERBOARD_BASE_URL", DEFAULT_BASE_URL)).rstrip("/")
        self.timeout = timeout
        self.limiter = limiter or process_limiter()
        self.attempts = max(1, attempts)
        self.backoff_seconds = backoff_seconds
        self.sleep = sleep

    def positions(self, encrypted_uid: str) -> LeaderboardPositions:
        body = self._post(POSITIONS_PATH, {"encryptedUid": encrypted_uid, "tradeType": "PERPETUAL"})
        data = body.get("data")
        if data is None or (isinstance(data, dict) and data.get("otherPositionRetList") is None):
            return LeaderboardPositions(sharing=False)
        if not isinstance(data, dict) or not isinstance(data["otherPositionRetList"], list):
            raise _malformed("getOtherPosition", "data.otherPositionRetList is not a list")
        items = data["otherPositionRetList"]
        if not items and not self.base_info(encrypted_uid).position_shared:
            return LeaderboardPositions(sharing=False)
        positions = _merge([_position(item) for item in items])
        return LeaderboardPositions(sharing=True, positions=positions, update_time=_time_of(data))

    def base_info(self, encrypted_uid: str) -> BaseInfo:
        body = self._post(BASE_INFO_PATH, {"encryptedUid": encrypted_uid})
        data = body.get("data")
        if not isinstance(data, dict):
            raise _malformed("getOtherLeaderboardBaseInfo", "data is not an object")
        return BaseInfo(
            nick_name=str(data.get("nickName") or ""), position_shared=data.get("positionShared") is True,
            follower_count=data.get("followerCount"), raw=data,
        )

    def _post(self, path: str, payload: dict) -> dict:
        endpoint = path.rsplit("/", 1)[-1]
        for attempt in range(1, self.attempts + 1):
            self.limiter.wait()
            try:
                response = self.session.post(self.base_url + path, json=payload, headers=HEADERS, timeout=self.timeout)
            except (requests.Timeout, requests.ConnectionError) as error:
                problem, retry_after = f"{type(error).__name__}: {error}", None
            else:
                if response.status_code not in RETRYABLE_STATUSES:
                    return _envelope(endpoint, response)
                problem, retry_after = f"HTTP {response.status_code}", _retry_after(response)
            if attempt == self.attempts:
                raise TemporaryExchangeError(
                    f"Binance leaderboard {endpoint} failed {self.attempts} times, last with {problem}; will try again later."
                )
            delay = min(max(self.backoff_seconds * 2 ** (attempt - 1), retry_after or 0), MAX_BACKOFF_SECONDS)
            logger.warning("Binance leaderboard %s: %s; retrying in %ss", endpoint, problem, delay)
            self.sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises


def _envelope(endpoint: str, response: requests.Response) -> dict:
    """The bapi envelope of a non-retryable answer, or a PermanentExchangeError saying what is wrong."""
    try:
        body = response.json()
    except (ValueError, json.JSONDecodeError):
        snippet = response.text[:120].replace("\n", " ")
        raise _malformed(endpoint, f"HTTP {response.status_code}, not JSON: {snippet!r}")
    if not isinstance(body, dict) or "code" not in body:
        raise _malformed(endpoint, f"HTTP {response.status_code}, JSON without a 'code' field")
    if response.status_code >= 400 or str(body["code"]) != OK_CODE or body.get("success") is False:
        message = body.get("message") or body.get("msg") or "no message"
        raise PermanentExchangeError(
            f"Binance leaderboard {endpoint} refused the request (HTTP {response.status_code}, code {body['code']}): {message}."
        )
    return body


def _malformed(endpoint: str, why: str) -> PermanentExchangeError:
    return PermanentExchangeError(f"Binance leaderboard {endpoint} sent an answer we cannot read ({why}).")


def _retry_after(response: requests.Response) -> float | None:
    try:
        return float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None


def _position(item) -> LeaderPosition:
    if not isinstance(item, dict):
        raise _malformed("getOtherPosition", f"a position is {type(item).__name__}, not an object")
    try:
        amount = Decimal(str(item["amount"]))
        symbol = normalize_symbol(str(item["symbol"]))
    except (KeyError, InvalidOperation, ValueError, EchoTradeError) as error:
        raise _malformed("getOtherPosition", f"position {item.get('symbol')!r}: {error!r}")
    if not amount.is_finite():
        raise _malformed("getOtherPosition", f"position {item.get('symbol')!r} has amount {item['amount']!r}")
    leverage = item.get("leverage")
    return LeaderPosition(
        symbol=symbol, side="long" if amount > 0 else "short", quantity=abs(amount),
        entry_price=_decimal_or_none(item.get("entryPrice")), mark_price=_decimal_or_none(item.get("markPrice")),
        leverage=int(leverage) if isinstance(leverage, (int, float)) else None, update_time=_time_of(item),
    )


def _merge(positions: list[LeaderPosition]) -> list[LeaderPosition]:
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
        return _from_ms(stamp)
    value = item.get("updateTime")
    if isinstance(value, (int, float)) and value > 0:
        return _from_ms(value)
    if isinstance(value, list) and len(value) >= 6 and all(isinstance(v, int) for v in value):
        nanos = value[6] if len(value) > 6 else 0
        try:
            return datetime(*value[:6], nanos // 1000, tzinfo=timezone.utc)
        except ValueError:
            return None
    return None


def _from_ms(ms) -> datetime:
    return EPOCH + timedelta(milliseconds=int(ms))  # exact: no float seconds in between


def _decimal_or_none(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
