"""Which websocket handshakes the server takes: a page of this site, or a script.

A browser always sends ``Origin`` with a websocket handshake, and a page cannot forge it. Checking
it is what stops cross-site websocket hijacking: a page on another site opening
``/ws/accounts/<name>`` with the visitor's session cookie. Scripts (websocat, Python's
``websockets``) send no ``Origin`` and carry no browser's cookies, so a handshake without one is
let through. The account stream still wants a member, by session or by token (consumers.py).

An ``Origin`` that is present must name a host in ``ALLOWED_HOSTS`` or an origin in
``CSRF_TRUSTED_ORIGINS`` (with Django's ``https://*.example.com`` wildcard); ``null`` (a sandboxed
frame, a local file) and anything unreadable are refused. Channels' ``AllowedHostsOriginValidator``
refused every script, which is why this replaces it.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from channels.security.websocket import WebsocketDenier
from django.conf import settings
from django.http.request import is_same_domain, validate_host


def origin_allowed(origin: str | None) -> bool:
    """``None`` (no header) is a script; otherwise the origin must be this site's."""
    if origin is None:
        return True
    try:
        parts = urlsplit(origin)
        hostname = parts.hostname
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError:
        return False
    if not parts.scheme or not hostname:
        return False  # "null", or not an origin at all
    return _in_allowed_hosts(hostname) or _in_trusted_origins(origin, parts.scheme, parts.netloc)


def _in_allowed_hosts(hostname: str) -> bool:
    allowed = settings.ALLOWED_HOSTS
    if settings.DEBUG and not allowed:  # Django's own defaults for this case
        allowed = [".localhost", "127.0.0.1", "[::1]"]
    host = f"[{hostname}]" if ":" in hostname else hostname  # IPv6, as ALLOWED_HOSTS spells it
    return validate_host(host, allowed)


def _in_trusted_origins(origin: str, scheme: str, netloc: str) -> bool:
    """As Django's CSRF check reads ``CSRF_TRUSTED_ORIGINS``: exact, or ``scheme://*.domain``."""
    for trusted in settings.CSRF_TRUSTED_ORIGINS:
        if "*" not in trusted:
            if origin.lower().rstrip("/") == trusted.lower().rstrip("/"):
                return True
            continue
        wanted = urlsplit(trusted)
        if wanted.scheme == scheme and is_same_domain(netloc.lower(), wanted.netloc.lstrip("*").lower()):
            return True
    return False


class WebsocketOriginValidator:
    """ASGI middleware for the websocket router: refuses (HTTP 403) a handshake whose ``Origin``
    is another site's. The settings are read per connection, so a changed setting applies at once."""

    def __init__(self, application):
        self.application = application

    async def __call__(self, scope, receive, send):
        origins = [value for name, value in scope.get("headers", ()) if name == b"origin"]
        if len(origins) > 1:
            allowed = False  # two Origin headers: no browser sends that
        else:
            allowed = origin_allowed(origins[0].decode("latin1") if origins else None)
        if allowed:
            return await self.application(scope, receive, send)
        return await WebsocketDenier()(scope, receive, send)
