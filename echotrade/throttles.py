"""Rate limits on the doors an attacker knocks on: logging in, posting signals, and the market
data anyone may read.

APIs use DRF throttles with their rates in ``REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]`` (set from
the environment in settings). The login form is a plain Django view, so it gets a small limiter on
the same cache: failed attempts are counted per client IP and per username, and a successful login
is not counted.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import math
import time
from dataclasses import dataclass

from redis.exceptions import RedisError

from django.conf import settings
from django.core.cache import cache
from rest_framework import permissions
from rest_framework.settings import api_settings
from rest_framework.throttling import BaseThrottle, ScopedRateThrottle, SimpleRateThrottle


logger = logging.getLogger(__name__)

# What the cache raises when Redis is down. A limiter is a guard, not the gate: while its counters
# are unreachable it lets requests through (and says so in the log) rather than answer 500 and
# refuse every signal and login until the cache is back.
CACHE_OUTAGE = (RedisError, OSError)


class FailOpenMixin:
    """A throttle that allows the request when its cache cannot be reached."""

    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except CACHE_OUTAGE as error:
            logger.warning("Rate limit %s not applied: the cache is unreachable (%s)", type(self).__name__, error)
            return True


def _fail_open(default):
    def decorate(func):
        @functools.wraps(func)
        def guarded(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except CACHE_OUTAGE as error:
                logger.warning("Login limiter not applied: the cache is unreachable (%s)", error)
                return default
        return guarded
    return decorate


class SettingsRateMixin(FailOpenMixin):
    """Read the rate when the request comes, not when the module is imported, so a changed setting
    (an env var in production, override_settings in a test) takes effect."""

    def get_rate(self):
        rates = api_settings.DEFAULT_THROTTLE_RATES or {}
        return rates.get(self.scope)


class ScopedWriteRateThrottle(SettingsRateMixin, ScopedRateThrottle):
    """The view's ``throttle_scope`` rate, per user (or client IP), counting only writes: reading
    the signal list is not what floods the pipeline."""

    def allow_request(self, request, view):
        if request.method in permissions.SAFE_METHODS:
            return True
        return super().allow_request(request, view)


class MarketDataRateThrottle(SettingsRateMixin, SimpleRateThrottle):
    """The public market data (``/health``, ``/udf/*``, ``/api/v1/quotes``): requests per client IP,
    or per user when the request is logged in (a desk behind one NAT does not share one count)."""

    scope = "market_data"

    def get_cache_key(self, request, view):
        user = getattr(request, "user", None)
        ident = f"user-{user.pk}" if user is not None and user.is_authenticated else self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}


class LoginIpRateThrottle(SettingsRateMixin, SimpleRateThrottle):
    """``POST /api/auth/token``: attempts per client IP."""

    scope = "login"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": "login-ip", "ident": self.get_ident(request)}


class LoginUsernameRateThrottle(SettingsRateMixin, SimpleRateThrottle):
    """``POST /api/auth/token``: attempts per username, so spreading a guess over many IPs does not help."""

    scope = "login"

    def get_cache_key(self, request, view):
        username = request.data.get("username") if hasattr(request.data, "get") else None
        if not isinstance(username, str) or not username:
            return None  # nothing to count: the serializer refuses the request anyway
        return self.cache_format % {"scope": "login-user", "ident": _hashed(username)}


# --- The login form -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Rate:
    attempts: int
    seconds: int


def login_rate() -> Rate:
    attempts, seconds = SimpleRateThrottle.parse_rate(None, settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["login"])
    return Rate(attempts=attempts, seconds=seconds)


def client_ip(request) -> str:
    """The client's address as DRF's throttles see it (REMOTE_ADDR, or X-Forwarded-For with NUM_PROXIES)."""
    return BaseThrottle().get_ident(request)


def _hashed(value: str) -> str:
    # Usernames are user input of any length and character: hash them into a safe cache key.
    return hashlib.sha256(value.encode()).hexdigest()[:32]


def _keys(ip: str, username: str) -> list[str]:
    keys = [f"login-form:ip:{ip}"]
    if username:
        keys.append(f"login-form:user:{_hashed(username)}")
    return keys


@_fail_open(default=0)
def login_retry_after(*, ip: str, username: str) -> int:
    """Seconds until this IP and username may try again; 0 when they may now."""
    rate, now = login_rate(), time.time()
    waits = [
        math.ceil(cache.get(f"{key}:until", now) - now)
        for key in _keys(ip, username)
        if cache.get(key, 0) >= rate.attempts
    ]
    return max([wait for wait in waits if wait > 0], default=0)


@_fail_open(default=None)
def login_failure_record(*, ip: str, username: str) -> None:
    """Count one failed attempt for the IP and for the username.

    The window starts at the first failure; ``add`` never extends it and ``incr`` is atomic on
    Redis, so concurrent guesses are all counted.
    """
    rate, now = login_rate(), time.time()
    for key in _keys(ip, username):
        cache.add(f"{key}:until", now + rate.seconds, timeout=rate.seconds)
        cache.add(key, 0, timeout=rate.seconds)
        try:
            cache.incr(key)
        except ValueError:  # the window ended between add and incr: this failure starts the next one
            cache.add(key, 1, timeout=rate.seconds)
