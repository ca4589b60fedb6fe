"""The typed errors services raise, and the one DRF handler that turns them into 4xx answers.

Services never return error codes or HTTP responses; they raise one of these, and every
interface (REST, htmx, admin, Celery, Telegram) shows ``message`` to its user.
"""
from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions as drf_exceptions
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler


class EchoTradeError(Exception):
    """Base of every error a service raises on purpose."""

    status_code = status.HTTP_400_BAD_REQUEST
    code = "error"

    def __init__(self, message: str, *, fields: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.message = message
        self.fields = fields or {}

    def as_dict(self) -> dict:
        body: dict = {"detail": self.message, "code": self.code}
        if self.fields:
            body["errors"] = self.fields
        return body


class InvalidInput(EchoTradeError):
    code = "invalid"


class ImplausibleSignal(InvalidInput):
    """A signal failed the plausibility guard (``signals/guard.py``). ``code`` is the first failed
    check's (``stop_on_wrong_side`` …), ``fields`` names each failed field, ``checks`` lists them all."""

    def __init__(self, message: str, *, code: str, fields: dict[str, list[str]], checks: list[dict]):
        super().__init__(message, fields=fields)
        self.code = code
        self.checks = checks

    def as_dict(self) -> dict:
        return super().as_dict() | {"checks": self.checks}


class NotFound(EchoTradeError):
    status_code = status.HTTP_404_NOT_FOUND
    code = "not_found"


class PermissionDenied(EchoTradeError):
    status_code = status.HTTP_403_FORBIDDEN
    code = "permission_denied"


class Conflict(EchoTradeError):
    """The request is valid but the object's state does not allow it (a closed position...)."""

    status_code = status.HTTP_409_CONFLICT
    code = "conflict"


class MarketDataUnavailable(EchoTradeError):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    code = "market_data_unavailable"


class MarketNotListed(MarketDataUnavailable):
    """The source has no such market at all: asking again will not help, so it is a 404, not a 503."""

    status_code = status.HTTP_404_NOT_FOUND
    code = "market_not_listed"


# --- The exchange boundary (freqtrade's split: retry later vs never retry) -------------------
class ExchangeError(EchoTradeError):
    code = "exchange_error"


class TemporaryExchangeError(ExchangeError):
    """Network trouble, rate limits, maintenance: the same order may succeed later."""

    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    code = "exchange_unavailable"


class PermanentExchangeError(ExchangeError):
    """The exchange refused the order itself; sending it again cannot help."""

    code = "exchange_rejected"


class InsufficientFunds(PermanentExchangeError):
    code = "insufficient_funds"


class InvalidOrder(PermanentExchangeError):
    code = "invalid_order"


# --- Outbound messages (echotrade/notify.py): the same split, for Telegram, email... ---------
class NotifyError(EchoTradeError):
    """A message could not be sent. Callers log it: a lost notification never fails the trade."""

    status_code = status.HTTP_502_BAD_GATEWAY
    code = "notify_failed"
    permanent = False

    def __init__(self, message: str, *, transport: str = ""):
        super().__init__(message)
        self.transport = transport


class NotifyTemporaryError(NotifyError):
    """Network trouble, a timeout, the service's 5xx or rate limit: the same message may go later."""

    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    code = "notify_unavailable"


class NotifyPermanentError(NotifyError):
    """The service refused the message itself (bad token, unknown chat, bad address): resending cannot help."""

    code = "notify_rejected"
    permanent = True


def api_exception_handler(exc, context):
    """One error shape for every 4xx: {"detail": "...", "code": "...", "errors": {"field": ["..."]}}."""
    if isinstance(exc, drf_exceptions.ValidationError):
        errors = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
        body = {"detail": _summary(errors), "code": "invalid", "errors": errors}
        return Response(body, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, EchoTradeError):
        return Response(exc.as_dict(), status=exc.status_code)
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            body = {"detail": "Invalid input.", "code": "invalid", "errors": exc.message_dict}
        else:
            body = {"detail": " ".join(exc.messages), "code": "invalid"}
        return Response(body, status=status.HTTP_400_BAD_REQUEST)
    response = exception_handler(exc, context)
    if response is not None and isinstance(response.data, dict) and isinstance(exc, drf_exceptions.APIException):
        # DRF's own errors (401, 403, 404, 405, 429 …) get the same shape, with their code.
        response.data.setdefault("code", exc.get_codes() if isinstance(exc.get_codes(), str) else exc.default_code)
    return response


def _summary(errors: dict) -> str:
    """The first message of each field, so a client that shows only ``detail`` still says what is wrong."""
    parts = []
    for field, messages in errors.items():
        first = messages[0] if isinstance(messages, list) and messages else messages
        while isinstance(first, (dict, list)):  # nested serializers: dig to the first message
            first = next(iter(first.values()), "") if isinstance(first, dict) else (first[0] if first else "")
        parts.append(str(first) if field == "non_field_errors" else f"{field}: {first}")
    return "Invalid input. " + "; ".join(parts) if parts else "Invalid input."
