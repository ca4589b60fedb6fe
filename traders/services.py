"""Every write about traders: create, configure, switch on/off, delete, and per-account follows."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Account
from echotrade.audit import audit_record
from echotrade.exceptions import Conflict, EchoTradeError, InvalidInput
from echotrade.symbols import normalize_token_filter
from traders.models import Trader, TraderFollow

EDITABLE_FIELDS = (
    "name", "source", "handle", "active", "position_multiplier", "min_confidence", "max_leverage",
    "token_whitelist", "token_blacklist", "paper_trade_only", "priority", "default_confidence", "notes",
)
MULTIPLIER_MIN, MULTIPLIER_MAX = Decimal("0.1"), Decimal("5")


def trader_snapshot(trader: Trader) -> dict:
    return {name: getattr(trader, name) for name in EDITABLE_FIELDS}


def tokens_normalize(values, field: str) -> list[str]:
    """Token-filter entries in one spelling, without repeats: ["btc", "ETH/USDT"] → ["BTC", "ETH/USDT"]."""
    if values is None:
        return []
    if not isinstance(values, (list, tuple)):
        raise InvalidInput(f"{field} must be a list of tokens.", fields={field: ["Must be a list such as [\"BTC\", \"ETH/USDT\"]."]})
    result: list[str] = []
    for value in values:
        if not isinstance(value, str):
            raise InvalidInput(f"{field} holds {value!r}, which is not a token.", fields={field: [f"{value!r} is not a token."]})
        try:
            token = normalize_token_filter(value)
        except EchoTradeError as error:
            raise InvalidInput(error.message, fields={field: [error.message]})
        if token not in result:
            result.append(token)
    return result


def _apply(trader: Trader, changes: dict) -> None:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput(f"Not a trader setting: {', '.join(sorted(unknown))}.")
    for name in ("token_whitelist", "token_blacklist"):
        if name in changes:
            changes[name] = tokens_normalize(changes[name], name)
    for name, value in changes.items():
        setattr(trader, name, value)
    overlap = set(trader.token_whitelist) & set(trader.token_blacklist)
    if overlap:
        # Blame the list(s) this change sent; the other one was already on record.
        blamed = [name for name in ("token_whitelist", "token_blacklist") if name in changes] or ["token_blacklist"]
        other = {"token_whitelist": "blacklist", "token_blacklist": "whitelist"}
        raise InvalidInput(
            f"{', '.join(sorted(overlap))} cannot be on both the whitelist and the blacklist.",
            fields={name: [f"Also on the {other[name]}: " + ", ".join(sorted(overlap))] for name in blamed},
        )
    trader.full_clean(exclude=None if trader._state.adding else ["id"], validate_unique=False)


@transaction.atomic
def trader_create(
    *, id: str, name: str, actor=None, actor_label: str = "system", follow_all_accounts: bool = True,
    simulated: bool = False, **settings,
) -> Trader:
    """Add a trader; every account follows it at once (each can switch its own follow off).

    ``simulated`` marks a source whose signal stream is simulated (demo data); it is a fact about
    the source, set once at creation, not a copy setting.
    """
    existing = Trader.objects.filter(pk=id).first()
    if existing is not None:
        why = "a deleted trader used it; pick another id" if existing.deleted_at else "it is taken"
        raise Conflict(f"Trader id '{id}' cannot be used: {why}.", fields={"id": [f"'{id}' is already used."]})
    trader = Trader(id=id, name=name, simulated=simulated)
    _apply(trader, settings)
    try:
        with transaction.atomic():
            trader.save(force_insert=True)
    except IntegrityError:
        # Another request created the same id between our check and our insert.
        raise Conflict(f"Trader id '{id}' is already used.", fields={"id": [f"'{id}' is already used."]})
    if follow_all_accounts:
        TraderFollow.objects.bulk_create([TraderFollow(account=a, trader=trader) for a in Account.objects.all()])
    audit_record(
        action="trader.created", actor=actor, actor_label=actor_label, obj=trader,
        after=trader_snapshot(trader) | {"simulated": simulated},
    )
    return trader


@transaction.atomic
def trader_update(*, trader: Trader, actor=None, **changes) -> Trader:
    trader = Trader.objects.select_for_update().get(pk=trader.pk)
    before = trader_snapshot(trader)
    _apply(trader, changes)
    trader.save(update_fields=[*changes, "updated_at"])
    changed = {k: v for k, v in trader_snapshot(trader).items() if before[k] != v}
    if changed:
        audit_record(
            action="trader.updated", actor=actor, obj=trader,
            before={k: before[k] for k in changed}, after=changed,
        )
    return trader


def trader_toggle(*, trader: Trader, actor=None) -> Trader:
    """The ON/OFF switch: an inactive trader's signals are recorded and filtered everywhere."""
    return trader_update(trader=trader, actor=actor, active=not trader.active)


def trader_set_multiplier(*, trader: Trader, multiplier, actor=None) -> Trader:
    try:
        value = Decimal(str(multiplier))
    except (InvalidOperation, ValueError):
        raise InvalidInput("multiplier must be a number.", fields={"multiplier": ["Must be a number."]})
    if not value.is_finite() or not MULTIPLIER_MIN <= value <= MULTIPLIER_MAX:
        raise InvalidInput(
            f"multiplier must be between {MULTIPLIER_MIN} and {MULTIPLIER_MAX} (1.0 copies at the base size).",
            fields={"multiplier": [f"Must be between {MULTIPLIER_MIN} and {MULTIPLIER_MAX}."]},
        )
    return trader_update(trader=trader, actor=actor, position_multiplier=value)


def trader_set_tokens(*, trader: Trader, whitelist=None, blacklist=None, actor=None) -> Trader:
    """Replace the lists that are given; a list left out stays as it is."""
    changes = {}
    if whitelist is not None:
        changes["token_whitelist"] = whitelist
    if blacklist is not None:
        changes["token_blacklist"] = blacklist
    if not changes:
        raise InvalidInput("Give a whitelist, a blacklist or both.", fields={"whitelist": ["Give at least one list."]})
    try:
        return trader_update(trader=trader, actor=actor, **changes)
    except InvalidInput as error:
        # Name the fields as this endpoint's caller sent them ("whitelist"), not as the model stores them.
        renamed = {"token_whitelist": "whitelist", "token_blacklist": "blacklist"}
        raise InvalidInput(error.message, fields={renamed.get(k, k): v for k, v in error.fields.items()}) from error


@transaction.atomic
def trader_delete(*, trader: Trader, actor=None) -> None:
    """Hide a trader and stop its copying; its signals, decisions and positions stay on record."""
    trader = Trader.objects.select_for_update().get(pk=trader.pk)
    if trader.deleted_at is not None:
        return
    before = trader_snapshot(trader)
    trader.deleted_at = timezone.now()
    trader.active = False
    trader.save(update_fields=["deleted_at", "active", "updated_at"])
    trader.follows.update(enabled=False)
    audit_record(action="trader.deleted", actor=actor, obj=trader, before=before)


@transaction.atomic
def follow_set(*, account: Account, trader: Trader, enabled: bool, actor=None) -> TraderFollow:
    """An account's own follow switch for one trader."""
    follow, _ = TraderFollow.objects.select_for_update().get_or_create(account=account, trader=trader)
    if follow.enabled != enabled:
        follow.enabled = enabled
        follow.save(update_fields=["enabled", "updated_at"])
        audit_record(
            action="follow.enabled" if enabled else "follow.disabled", account=account, actor=actor, obj=follow,
            before={"enabled": not enabled}, after={"enabled": enabled, "trader": trader.pk},
        )
    return follow


# --- Alerts, paper-to-live promotion and the ranking (issue 5) ---------------------------------
ALERT_KIND_LIMITS = {
    # kind: (lowest, highest, what the threshold is)
    "drawdown": (Decimal("0.0001"), Decimal("1"), "a fraction of the capital, 0.02 = 2 %"),
    "win_rate": (Decimal("0.01"), Decimal("1"), "a fraction, 0.6 = 60 %"),
    "consecutive_losses": (Decimal("1"), Decimal("1000"), "a whole number of trades"),
}
MAX_ALERT_WINDOW = 1000


def alert_rule_validate(kind: str, threshold, window) -> tuple[Decimal, int | None]:
    from traders.models import TraderAlertRule

    if kind not in TraderAlertRule.Kind.values:
        raise InvalidInput(f"Unknown alert kind '{kind}'.", fields={"kind": [f"Must be one of {', '.join(TraderAlertRule.Kind.values)}."]})
    low, high, meaning = ALERT_KIND_LIMITS[kind]
    try:
        value = Decimal(str(threshold))
    except (InvalidOperation, ValueError):
        raise InvalidInput("threshold must be a number.", fields={"threshold": ["Must be a number."]})
    if not value.is_finite() or not low <= value <= high or (kind == "consecutive_losses" and value != value.to_integral()):
        raise InvalidInput(
            f"A {kind} threshold is {meaning}, between {low} and {high}.",
            fields={"threshold": [f"Must be {meaning}, between {low} and {high}."]},
        )
    if window is not None and kind != "win_rate":
        raise InvalidInput("Only a win_rate rule has a window.", fields={"window": ["Only a win_rate rule has a window."]})
    if window is not None and not 1 <= int(window) <= MAX_ALERT_WINDOW:
        raise InvalidInput(f"window must be 1 to {MAX_ALERT_WINDOW} trades.", fields={"window": [f"Must be 1 to {MAX_ALERT_WINDOW}."]})
    return value, window


@transaction.atomic
def alert_rule_set(
    *, trader: Trader, kind: str, threshold, window: int | None = None, auto_pause: bool = False,
    enabled: bool = True, actor=None,
):
    """Create or replace the trader's rule of this kind (one per kind), audited."""
    from traders.models import TraderAlertRule

    value, window = alert_rule_validate(kind, threshold, window)
    fields = {"threshold": value, "window": window, "auto_pause": auto_pause, "enabled": enabled}
    rule = TraderAlertRule.objects.select_for_update().filter(trader=trader, kind=kind).first()
    before = None
    if rule is None:
        try:
            with transaction.atomic():
                rule = TraderAlertRule.objects.create(trader=trader, kind=kind, **fields)
        except IntegrityError:
            # Another request created this kind between our read and our insert: update that one.
            rule = TraderAlertRule.objects.select_for_update().get(trader=trader, kind=kind)
    else:
        before = {name: getattr(rule, name) for name in fields}
    for name, field_value in fields.items():
        setattr(rule, name, field_value)
    rule.save(update_fields=[*fields, "updated_at"])
    audit_record(
        action="trader.alert_rule_set", actor=actor, obj=rule, before=before,
        after={"trader": trader.pk, "kind": kind, **fields},
    )
    return rule


@transaction.atomic
def alerts_acknowledge(*, alerts, actor=None) -> int:
    """Mark alerts as seen, audited; returns how many were not already acknowledged."""
    from traders.models import TraderAlert

    pending = list(TraderAlert.objects.select_for_update().filter(pk__in=[a.pk for a in alerts], acknowledged=False))
    TraderAlert.objects.filter(pk__in=[a.pk for a in pending]).update(acknowledged=True)
    for alert in pending:
        audit_record(action="trader.alert_acknowledged", actor=actor, obj=alert, after={"acknowledged": True})
    return len(pending)


# --- Duplicate (issue 4: the Traders page's "Duplicate" button) ---------------------------------
# What a copy takes over: the copy settings. The source's identity (handle, webhook secret, the
# leaderboard's sharing flag) and its history (signals, snapshots, alerts, scores) stay behind,
# so the copy never receives the original's signals and starts with a clean record.
DUPLICATED_FIELDS = (
    "source", "position_multiplier", "min_confidence", "max_leverage", "token_whitelist", "token_blacklist",
    "paper_trade_only", "priority", "default_confidence", "notes",
)
ID_MAX_LENGTH = 64


def trader_copy_id(*, trader: Trader) -> str:
    """The first free id of the form ``<id>_copy``, ``<id>_copy2``…; deleted traders keep theirs."""
    stem = f"{trader.pk}_copy"
    taken = set(Trader.objects.filter(pk__startswith=stem[: ID_MAX_LENGTH - 4]).values_list("pk", flat=True))
    for number in range(1, 10_000):
        suffix = "_copy" if number == 1 else f"_copy{number}"
        candidate = trader.pk[: ID_MAX_LENGTH - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
    raise Conflict(f"{trader.name} has too many copies; give the new trader an id yourself.")


@transaction.atomic
def trader_duplicate(*, trader: Trader, new_id: str | None = None, name: str | None = None, actor=None) -> Trader:
    """A new trader with ``trader``'s copy settings (not its source handle, not its history), audited.

    The copy starts switched off: it has no handle yet, so there is nothing to copy until someone
    points it at a source and switches it on. Every account follows it, as with any new trader.
    """
    settings = {field: getattr(trader, field) for field in DUPLICATED_FIELDS}
    settings["token_whitelist"] = list(trader.token_whitelist)
    settings["token_blacklist"] = list(trader.token_blacklist)
    copy = trader_create(
        id=new_id or trader_copy_id(trader=trader), name=(name or f"{trader.name} (copy)")[:100],
        actor=actor, active=False, **settings,
    )
    audit_record(
        action="trader.duplicated", actor=actor, obj=copy,
        message=f"{copy.name} ({copy.pk}) duplicated from {trader.name} ({trader.pk})",
        after={"from": trader.pk, "id": copy.pk},
    )
    return copy
