"""Exchange API keys, encrypted at rest with Fernet (AES-128-CBC + HMAC-SHA256).

The keys that encrypt them come from the environment (``ECHOTRADE_CREDENTIALS_KEY``, or a file
named in ``ECHOTRADE_CREDENTIALS_KEY_FILE``), never from the database, so a stolen database dump
holds no usable exchange key. Several comma-separated keys make a ``MultiFernet``: the first
encrypts, every one decrypts, so an operator rotates by putting a new key first and calling
``execution.services.live.exchange_credentials_rotate()`` (from ``manage.py shell``), after
which the old key can be dropped.

Plain-text secrets exist only in the memory of the call that stores them or signs an exchange
request; nothing here logs, prints or returns them in an error.
"""
from __future__ import annotations

import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from rest_framework import status

from echotrade.exceptions import EchoTradeError

GENERATE_HINT = (
    'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
)


class CredentialsKeyMissing(EchoTradeError):
    """The server has no encryption key configured, so it cannot store or use exchange keys."""

    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    code = "credentials_key_missing"


class CredentialsUnreadable(EchoTradeError):
    """Stored keys were encrypted with a key the server no longer has (or were tampered with)."""

    status_code = status.HTTP_409_CONFLICT
    code = "credentials_unreadable"


def _cipher() -> MultiFernet:
    keys = list(getattr(settings, "ECHOTRADE_CREDENTIALS_KEYS", []) or [])
    if not keys:
        raise CredentialsKeyMissing(
            "Exchange keys cannot be stored: the server has no encryption key. Set "
            "ECHOTRADE_CREDENTIALS_KEY (or ECHOTRADE_CREDENTIALS_KEY_FILE) to a Fernet key, made with "
            f"{GENERATE_HINT}, and restart."
        )
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except (ValueError, TypeError):
        # Fernet's own message would be fine, but never echo the key material itself.
        raise CredentialsKeyMissing(
            "ECHOTRADE_CREDENTIALS_KEY is not a valid Fernet key (32 url-safe base64-encoded bytes); "
            f"make one with {GENERATE_HINT}."
        ) from None


def credentials_available() -> bool:
    """Whether the server can store exchange keys (an encryption key is configured and valid)."""
    try:
        _cipher()
    except CredentialsKeyMissing:
        return False
    return True


def encrypt(plain: str) -> str:
    return _cipher().encrypt(plain.encode()).decode()


def decrypt(token: str) -> str:
    if not token:
        return ""
    try:
        return _cipher().decrypt(token.encode()).decode()
    except InvalidToken:
        raise CredentialsUnreadable(
            "The stored exchange keys cannot be decrypted with the configured ECHOTRADE_CREDENTIALS_KEY "
            "(was the key changed without keeping the old one in the list?). Store the keys again."
        ) from None


def reencrypt(token: str) -> str:
    """The same secret under the first (newest) key: the rotation step."""
    if not token:
        return ""
    try:
        return _cipher().rotate(token.encode()).decode()
    except InvalidToken:
        raise CredentialsUnreadable("A stored exchange key cannot be decrypted with any configured key.") from None


def fingerprint(api_key: str) -> str:
    """A short, non-secret name for an API key: enough to recognise it, useless to sign with."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:12]
