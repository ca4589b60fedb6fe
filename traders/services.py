"""Every write about traders: create, configure, switch on/off, delete, and per-account follows."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Account
from echotrade.audit import audit_record
from echotrade.exceptions import Conflict, EchoTradeError, InvalidInput
from echotrade.limits import MAX_LEVERAGE, MIN_LEVERAGE, TRADER_MULTIPLIER_MAX, TRADER_MULTIPLIER_MIN
from echotrade.services import changed_before_after, model_update
from echotrade.symbols import normalize_token_filter
from traders.models import PORTFOLIO_ID_VALIDATOR, Trader, TraderAlert, TraderAlertRule, TraderFollow

# How a copy of the trader's signals is managed (execution/trade_management.py) and sized. Their
# rules need the trade-management rules, a layer above this app (the import contract), so they are
# checked by ``signals.services.trader_settings.trader_management_check``: an interface calls it before it
# passes them to trader_create / trader_update, which only store them (and the model's own checks).
MANAGEMENT_FIELDS = (
    "tp_strategy", "tp_fractions", "entry_strategy", "entry_fractions", "breakeven_after", "trailing",
    "max_open_trades", "sizing_mode", "fixed_amount", "risk_pct", "cancel_unfilled_after_hours",
    "cancel_if_target_before_entry",
)
EDITABLE_FIELDS = (
    "name", "source", "handle", "portfolio_id", "active", "position_multiplier", "min_confidence", "max_leverage",
    "token_whitelist", "token_blacklist", "paper_trade_only", "priority", "default_confidence", "notes",
    *MANAGEMENT_FIELDS,
)


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


def multiplier_check(value, *, field: str = "position_multiplier") -> Decimal:
    """A position multiplier as a Decimal within the product's bounds, or InvalidInput on ``field``."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise InvalidInput(f"{field} must be a number.", fields={field: ["Must be a number."]})
    if not number.is_finite() or not TRADER_MULTIPLIER_MIN <= number <= TRADER_MULTIPLIER_MAX:
        raise InvalidInput(
            f"{field} must be between {TRADER_MULTIPLIER_MIN} and {TRADER_MULTIPLIER_MAX} (1.0 copies at the base size).",
            fields={field: [f"Must be between {TRADER_MULTIPLIER_MIN} and {TRADER_MULTIPLIER_MAX}."]},
        )
    return number


def leverage_check(value, *, field: str = "max_leverage") -> int:
    """A maximum leverage as a whole number within the product's bounds, or InvalidInput on ``field``."""
    try:
        number = None if isinstance(value, bool) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        number = None
    if number is None or not number.is_finite() or number != number.to_integral_value() or not (
        MIN_LEVERAGE <= number <= MAX_LEVERAGE
    ):
        raise InvalidInput(
            f"Max leverage is a whole number from {MIN_LEVERAGE} to {MAX_LEVERAGE}.",
            fields={field: [f"Must be a whole number, {MIN_LEVERAGE} to {MAX_LEVERAGE}."]},
        )
    return int(number)


def portfolio_id_check(value, *, field: str = "portfolio_id") -> str:
    """A Binance lead portfolio id as digits ("" for none), or InvalidInput on ``field``."""
    text = "" if value is None else str(value).strip()
    if text:
        try:
            PORTFOLIO_ID_VALIDATOR(text)
        except DjangoValidationError as error:
            raise InvalidInput(f"{field}: {error.messages[0]}", fields={field: error.messages})
    return text


def _settings_check(changes: dict, *, trader: Trader | None) -> dict:
    """``changes`` checked and in the model's types; ``trader`` is None for a new one."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput(f"Not a trader setting: {', '.join(sorted(unknown))}.")
    checked = dict(changes)
    for name in ("token_whitelist", "token_blacklist"):
        if name in checked:
            checked[name] = tokens_normalize(checked[name], name)
    if "position_multiplier" in checked:
        checked["position_multiplier"] = multiplier_check(checked["position_multiplier"])
    if "max_leverage" in checked:
        checked["max_leverage"] = leverage_check(checked["max_leverage"])
    if "portfolio_id" in checked:
        checked["portfolio_id"] = portfolio_id_check(checked["portfolio_id"])
    lists = {
        name: checked.get(name, getattr(trader, name) if trader is not None else [])
        for name in ("token_whitelist", "token_blacklist")
    }
    overlap = set(lists["token_whitelist"]) & set(lists["token_blacklist"])
    if overlap:
        # Blame the list(s) this change sent; the other one was already on record.
        blamed = [name for name in ("token_whitelist", "token_blacklist") if name in changes] or ["token_blacklist"]
        other = {"token_whitelist": "blacklist", "token_blacklist": "whitelist"}
        raise InvalidInput(
            f"{', '.join(sorted(overlap))} cannot be on both the whitelist and the blacklist.",
            fields={name: [f"Also on the {other[name]}: " + ", ".join(sorted(overlap))] for name in blamed},
        )
    return checked


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
    trader = Trader(id=id, name=name, simulated=simulated, **_settings_check(settings, trader=None))
    trader.full_clean(validate_unique=False)
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
    checked = _settings_check(changes, trader=trader)
    trader, changed = model_update(instance=trader, fields=EDITABLE_FIELDS, data=checked)
    if changed:
        before, after = changed_before_after(changed)
        audit_record(action="trader.updated", actor=actor, obj=trader, before=before, after=after)
    return trader


def trader_toggle(*, trader: Trader, actor=None) -> Trader:
    """The ON/OFF switch: an inactive trader's signals are recorded and filtered everywhere."""
    return trader_update(trader=trader, actor=actor, active=not trader.active)


def trader_set_multiplier(*, trader: Trader, multiplier, actor=None) -> Trader:
    value = multiplier_check(multiplier, field="multiplier")  # errors named as this caller sent it
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
    model_update(instance=trader, fields=("deleted_at", "active"), data={"deleted_at": timezone.now(), "active": False})
    trader.follows.update(enabled=False)
    audit_record(action="trader.deleted", actor=actor, obj=trader, before=before)


@transaction.atomic
def follow_set(*, account: Account, trader: Trader, enabled: bool, actor=None) -> TraderFollow:
    """An account's own follow switch for one trader."""
    follow, _ = TraderFollow.objects.select_for_update().get_or_create(account=account, trader=trader)
    follow, changed = model_update(instance=follow, fields=("enabled",), data={"enabled": enabled})
    if changed:
        before, after = changed_before_after(changed)
        audit_record(
            action="follow.enabled" if enabled else "follow.disabled", account=account, actor=actor, obj=follow,
            before=before, after=after | {"trader": trader.pk},
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
    rule, _ = model_update(instance=rule, fields=fields, data=fields)
    # The whole rule is recorded, changed or not: the log shows what was asked for, each time.
    audit_record(
        action="trader.alert_rule_set", actor=actor, obj=rule, before=before,
        after={"trader": trader.pk, "kind": kind, **fields},
    )
    return rule


@transaction.atomic
def alerts_acknowledge(*, alerts, actor=None) -> int:
    """Mark alerts as seen, audited; returns how many were not already acknowledged."""
    pending = list(TraderAlert.objects.select_for_update().filter(pk__in=[a.pk for a in alerts], acknowledged=False))
    TraderAlert.objects.filter(pk__in=[a.pk for a in pending]).update(acknowledged=True)
    for alert in pending:
        audit_record(action="trader.alert_acknowledged", actor=actor, obj=alert, after={"acknowledged": True})
    return len(pending)


# --- Duplicate (issue 4: the Traders page's "Duplicate" button) ---------------------------------
# What a copy takes over: the copy settings and the alert rules. The source's identity (handle,
# webhook secret, the leaderboard's sharing flag) and its history (signals, snapshots, fired
# alerts, scores) stay behind, so the copy never receives the original's signals and starts with
# a clean record.
DUPLICATED_FIELDS = (
    "source", "position_multiplier", "min_confidence", "max_leverage", "token_whitelist", "token_blacklist",
    "paper_trade_only", "priority", "default_confidence", "notes", *MANAGEMENT_FIELDS,
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
    """A new trader with ``trader``'s copy settings and alert rules (not its source handle, not its
    history), audited.

    The copy starts switched off: it has no handle yet, so there is nothing to copy until someone
    points it at a source and switches it on. Every account follows it, as with any new trader.
    """
    settings = {field: getattr(trader, field) for field in DUPLICATED_FIELDS}
    for field in ("token_whitelist", "token_blacklist", "tp_fractions", "entry_fractions"):
        settings[field] = list(getattr(trader, field))  # the copy's own lists, not the original's
    settings["trailing"] = dict(trader.trailing) if trader.trailing else None
    copy = trader_create(
        id=new_id or trader_copy_id(trader=trader), name=(name or f"{trader.name} (copy)")[:100],
        actor=actor, active=False, **settings,
    )
    for rule in trader.alert_rules.order_by("kind"):
        alert_rule_set(
            trader=copy, kind=rule.kind, threshold=rule.threshold, window=rule.window,
            auto_pause=rule.auto_pause, enabled=rule.enabled, actor=actor,
        )
    audit_record(
        action="trader.duplicated", actor=actor, obj=copy,
        message=f"{copy.name} ({copy.pk}) duplicated from {trader.name} ({trader.pk})",
        after={"from": trader.pk, "id": copy.pk},
    )
    return copy


def account_follow_all(*, account: Account) -> int:
    """Make a new account follow every trader; returns how many follows were created.

    Not the bots' own sources: each of those belongs to its bot's account alone.
    """
    traders = Trader.objects.filter(deleted_at__isnull=True).exclude(source=Trader.Source.BOT)
    return len(TraderFollow.objects.bulk_create([TraderFollow(account=account, trader=t) for t in traders]))
