"""Production settings: the base settings, hardened for a public HTTPS deployment.

Use with ``DJANGO_SETTINGS_MODULE=echotrade.settings_production``. Everything still comes from the
environment (``<NAME>_FILE`` works for secrets, as in the base settings); the defaults here are
the safe ones, and ``python manage.py check --deploy`` passes with them.
"""
from __future__ import annotations

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured


def _secret_key_from_environment() -> str:
    # The same lookup as echotrade.settings.env, done here because that module cannot be imported
    # yet (see below).
    file_path = os.environ.get("SECRET_KEY_FILE")
    return Path(file_path).read_text().strip() if file_path else os.environ.get("SECRET_KEY", "")


# The base settings fall back to a generated per-checkout key file; in production that would mean
# a key that differs between hosts (sessions and signed tokens break) and lives on disk beside the
# code. So the key must be given explicitly, and the process refuses to start without it. Checked
# before the base settings are imported, because importing them without a key writes that file.
if not _secret_key_from_environment():
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. echotrade.settings_production needs SECRET_KEY (or SECRET_KEY_FILE) in the "
        "environment: a long random value, e.g. from "
        "`python -c 'from django.core.management.utils import get_random_secret_key as k; print(k())'`."
    )

from echotrade.settings import *  # noqa: E402,F401,F403
from echotrade.settings import env, env_bool  # noqa: E402

# Tracebacks and settings dumps on error pages would hand an attacker the system's internals.
DEBUG = False

# Cookies only over HTTPS, so a session or CSRF token never crosses the network in clear text.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Page scripts have no business reading the session cookie; HttpOnly keeps an XSS from stealing it.
SESSION_COOKIE_HTTPONLY = True

# Redirect plain HTTP to HTTPS. Behind a proxy that terminates TLS and already redirects, set
# SECURE_SSL_REDIRECT=0; the proxy must then send X-Forwarded-Proto so Django knows the original
# request was secure (and must strip that header from clients, or they could spoof it).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# HSTS: browsers that saw the site once refuse plain HTTP to it for a year, which closes the
# SSL-stripping window of the first redirect. Subdomains and preload are on by default because a
# trading app wants the strictest setting; turn them off (0) if a subdomain must still serve HTTP,
# and start with a small SECURE_HSTS_SECONDS when first rolling out (browsers cache it).
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)

# Browsers must not guess a content type (an uploaded or echoed text served as script).
SECURE_CONTENT_TYPE_NOSNIFF = True
# No page of ours is meant to be framed: refuse all framing, which stops clickjacking of the
# buttons that close positions or approve signals.
X_FRAME_OPTIONS = "DENY"
# Send only the origin to other sites, never the path (which names accounts and positions).
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# Static files: whitenoise serves compressed, content-hashed copies (run collectstatic at build
# time), so they can be cached forever and a deploy never serves a stale mix.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
