"""Price alerts: create, delete, and fire each one once when the market crosses its level.

``price_alerts_check`` runs on every refreshed quote (the market tick). A triggered alert is written
to the account's audit log, which is also the account's websocket stream, and sent to Telegram
(``echotrade.notify``) when ``TELEGRAM_BOT_TOKEN`` and ``TELEGRAM_ALERT_CHAT_ID`` are set.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from accounts.models import Account
from accounts.selectors import account_check_can_act, account_list_for_user
from echotrade.audit import audit_record
from echotrade.exceptions import EchoTradeError, InvalidInput, NotFound
from echotrade.fields import decimal_text
from echotrade.limits import MONEY_STEP
from echotrade.notify import notify_on_commit
from echotrade.symbols import normalize_symbol
from execution.models import PriceAlert, Quote

MAX_ACTIVE_ALERTS_PER_ACCOUNT = 200


# --- Reads -------------------------------------------------------------------------------------
def price_alert_list_for_user(*, user, active: bool | None = None) -> QuerySet[PriceAlert]:
    alerts = PriceAlert.objects.filter(account__in=account_list_for_user(user=user)).select_related("account")
    return alerts if active is None else alerts.filter(active=active)


def price_alert_get_for_user(*, user, alert_id: int) -> PriceAlert:
    """Another account's alert answers NotFound, exactly like one that does not exist."""
    alert = price_alert_list_for_user(user=user).filter(pk=alert_id).first()
    if alert is None:
        raise NotFound(f"No alert #{alert_id}.")
    return alert


# --- Writes ------------------------------------------------------------------------------------
@transaction.atomic
def price_alert_create(
    *, account: Account, symbol: str, condition: str, price, note: str = "", actor=None
) -> PriceAlert:
    errors: dict[str, list[str]] = {}
    try:
        symbol = normalize_symbol(symbol)
    except EchoTradeError as error:
        errors["symbol"] = [error.message]
    if condition not in PriceAlert.Condition.values:
        errors["condition"] = [f"One of {', '.join(PriceAlert.Condition.values)}."]
    try:
        price = Decimal(str(price)).quantize(MONEY_STEP)
    except (InvalidOperation, ValueError):
        price = None
    if price is None or not price.is_finite() or not 0 < price < Decimal("1e15"):
        errors["price"] = ["A price above zero."]
    if errors:
        raise InvalidInput("The alert is not valid: " + "; ".join(f"{k}: {v[0]}" for k, v in errors.items()), fields=errors)
    if PriceAlert.objects.filter(account=account, active=True).count() >= MAX_ACTIVE_ALERTS_PER_ACCOUNT:
        raise InvalidInput(f"An account holds at most {MAX_ACTIVE_ALERTS_PER_ACCOUNT} active alerts; delete some first.")
    alert = PriceAlert.objects.create(
        account=account, symbol=symbol, condition=condition, price=price, note=note[:200], created_by=actor
    )
    audit_record(
        action="alert.created", account=account, actor=actor, obj=alert,
        message=f"{symbol} {condition} {decimal_text(price)}", after=_alert_fields(alert),
    )
    return alert


@transaction.atomic
def price_alert_delete(*, alert: PriceAlert, actor=None) -> None:
    if actor is not None:
        account_check_can_act(user=actor, account=alert.account)
    audit_record(
        action="alert.deleted", account=alert.account, actor=actor, obj=alert,
        message=f"{alert.symbol} {alert.condition} {decimal_text(alert.price)}", before=_alert_fields(alert),
    )
    alert.delete()


def price_alerts_check(*, quote: Quote) -> list[PriceAlert]:
    """Fire every active alert of ``quote.symbol`` that the price has reached, each exactly once.

    Two workers may check the same quote: the conditional UPDATE lets only one of them turn an
    alert off, and only that one records and sends it.
    """
    due = PriceAlert.objects.filter(symbol=quote.symbol, active=True).filter(
        Q(condition=PriceAlert.Condition.ABOVE, price__lte=quote.price)
        | Q(condition=PriceAlert.Condition.BELOW, price__gte=quote.price)
    )
    fired = []
    for alert in due.select_related("account"):
        with transaction.atomic():
            now = timezone.now()
            updated = PriceAlert.objects.filter(pk=alert.pk, active=True).update(
                active=False, triggered_at=now, triggered_price=quote.price
            )
            if updated != 1:
                continue  # another worker fired it
            alert.active, alert.triggered_at, alert.triggered_price = False, now, quote.price
            text = alert_text(alert)
            audit_record(
                action="alert.triggered", account=alert.account, actor_label="price_alerts", obj=alert,
                message=text, after=_alert_fields(alert),
            )
            # Telegram only, as price alerts always were; email (ALERT_EMAIL_TO) is for trader alerts.
            notify_on_commit(subject="EchoTrade price alert", text=text, transports=("telegram",))
        fired.append(alert)
    return fired


def alert_text(alert: PriceAlert) -> str:
    word = "reached" if alert.condition == PriceAlert.Condition.ABOVE else "fell to"
    text = (
        f"🔔 {alert.account.name}: {alert.symbol} {word} {decimal_text(alert.triggered_price)} "
        f"(alert {alert.condition} {decimal_text(alert.price)})"
    )
    return f"{text} — {alert.note}" if alert.note else text


def _alert_fields(alert: PriceAlert) -> dict:
    return {
        "id": alert.pk, "symbol": alert.symbol, "condition": alert.condition, "price": alert.price,
        "note": alert.note, "active": alert.active, "triggered_at": alert.triggered_at,
        "triggered_price": alert.triggered_price,
    }

