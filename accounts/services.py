"""Writes about accounts: opening one, the audit log, the emergency switch and the risk profile."""
from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import slug_re
from django.db import IntegrityError, transaction

from accounts.models import Account, Membership, SizingMode
from echotrade.audit import audit_record
from echotrade.exceptions import Conflict, InvalidInput
from echotrade.limits import GLOBAL_MULTIPLIER_MAX, GLOBAL_MULTIPLIER_MIN, MAX_LEVERAGE, MIN_LEVERAGE
from echotrade.services import changed_before_after, model_update


@transaction.atomic
def account_create(
    *, name: str, actor=None, actor_label: str = "system", starting_balance: Decimal = Decimal("100000"),
    description: str = "", mode: str = Account.Mode.PAPER, **profile,
) -> Account:
    """Open an account with all of its starting balance free. Its name, balance and settings are
    checked by ``account_create_errors`` (the ranges PATCH and the Settings page use), and nothing is
    saved if one is wrong. It follows no one yet: ``operations.services.account_open`` also makes it
    follow every trader."""
    unknown = set(profile) - set(RISK_FIELDS)
    if unknown:
        raise InvalidInput(f"Not an account setting: {', '.join(sorted(unknown))}.")
    errors = account_create_errors({"name": name, "starting_balance": starting_balance, **profile})
    if errors:
        raise InvalidInput(_errors_summary(errors), fields=errors)
    if Account.objects.filter(name=name).exists():
        raise Conflict(f"An account named '{name}' exists.", fields={"name": [f"'{name}' is taken."]})
    account = Account(
        name=name, description=description, mode=mode, starting_balance=starting_balance,
        cash=starting_balance, **profile,
    )
    try:
        account.full_clean(validate_unique=False)
    except DjangoValidationError as error:  # what only the model knows: more places than a column holds...
        fields = {field: list(messages) for field, messages in error.message_dict.items()}
        raise InvalidInput(_errors_summary(fields), fields=fields) from error
    try:
        with transaction.atomic():
            account.save(force_insert=True)
    except IntegrityError:
        # Another request took the name between the check above and this insert: the unique constraint decides.
        raise Conflict(f"An account named '{name}' exists.", fields={"name": [f"'{name}' is taken."]})
    audit_record(
        action="account.created", account=account, actor=actor, actor_label=actor_label, obj=account,
        message=description, after={"starting_balance": starting_balance, "mode": mode, **profile},
    )
    return account


PAUSE_REASON_MAX = 200


@transaction.atomic
def account_pause(*, account: Account, actor=None, reason: str = "") -> Account:
    """Emergency pause: no new signal is taken; open positions and their SL/TP stay as they are."""
    reason = reason.strip()
    if len(reason) > PAUSE_REASON_MAX:
        # Refused rather than cut: the audit log must keep the reason the person gave, whole.
        raise InvalidInput(
            f"The reason is at most {PAUSE_REASON_MAX} characters.",
            fields={"reason": [f"At most {PAUSE_REASON_MAX} characters ({len(reason)} given)."]},
        )
    account = Account.objects.select_for_update().get(pk=account.pk)
    if account.paused:
        return account
    account, _ = model_update(
        instance=account, fields=("paused", "paused_reason"), data={"paused": True, "paused_reason": reason or "Paused by hand"},
    )
    audit_record(
        action="account.paused", account=account, actor=actor, obj=account,
        message=account.paused_reason, before={"paused": False}, after={"paused": True},
    )
    return account


@transaction.atomic
def account_resume(*, account: Account, actor=None) -> Account:
    account = Account.objects.select_for_update().get(pk=account.pk)
    if not account.paused:
        return account
    account, _ = model_update(instance=account, fields=("paused", "paused_reason"), data={"paused": False, "paused_reason": ""})
    audit_record(
        action="account.resumed", account=account, actor=actor, obj=account,
        before={"paused": True}, after={"paused": False},
    )
    return account


# The overrides of the risk profile, for an emergency: only an owner changes them (Membership.Role
# OWNER "may act and change risk settings"), on the Settings page and through the API alike.
RISK_OVERRIDE_FIELDS = (
    "global_position_multiplier", "max_positions_override", "confidence_threshold_override", "daily_loss_limit_pct",
)
RISK_FIELDS = (
    "min_confidence", "risk_multiplier", "max_leverage", "max_open_positions", "base_position_pct",
    "max_position_pct", "daily_loss_limit_pct", "approval_required", "global_position_multiplier",
    "confidence_threshold_override", "max_positions_override", "taker_fee_rate", "maker_fee_rate",
    "slippage_bps", "sizing_mode", "fixed_amount", "risk_pct", "default_stop_pct", "require_stop_loss",
    "copy_priority",
)

# The product's ranges (echotrade/limits.py and these), on top of the model's own constraints.
# Checked here, not in a view, so every interface that changes risk refuses the same values.
MAX_POSITIONS_OVERRIDE_MAX = 1000
MAX_OPEN_POSITIONS_MAX = 1_000_000  # the benchmarks' roomy accounts hold 100,000
COPY_PRIORITY_MAX = 1000
RISK_PCT_MAX = Decimal("0.5")  # the model's account_risk_pct_0_50: one copy never risks more than half the equity
RISK_MULTIPLIER_MAX = Decimal("10")
FIXED_AMOUNT_MAX = Decimal("1000000000000")  # a trillion in the quote currency: far above any copy
STARTING_BALANCE_MAX = FIXED_AMOUNT_MAX
FEE_RATE_MAX = Decimal("0.01")  # 1 % a fill: twenty times Binance futures' taker fee
SLIPPAGE_BPS_MAX = Decimal("1000")  # 10 % a market fill
NAME_MAX = Account._meta.get_field("name").max_length


def _number(value) -> Decimal | None:
    """``value`` as a finite Decimal when it is a number (a Decimal or an int, not a bool), else None."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        return None
    number = Decimal(value)
    return number if number.is_finite() else None


def _within(value, low, high, *, low_included: bool = False) -> bool:
    """``value`` is a number above ``low`` (or at it, ``low_included``) and at most ``high``."""
    number = _number(value)
    return number is not None and (low <= number if low_included else low < number) and number <= high


def _whole(value, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def sizing_errors(changes: dict, *, current=None, inherit: bool = False) -> dict[str, list[str]]:
    """The sizing settings' rules, for an account or (``inherit``) a trader's override of them.

    ``sizing_mode`` is one of SizingMode (a trader's may be "" for the account's); ``fixed_amount``
    is above 0 and ``risk_pct`` above 0 and at most 50 %, or None. A mode needs its number:
    fixed_amount sizing a fixed amount, risk_percent sizing a risk percentage (execution/sizing.py
    cannot size without it). ``current`` is the account or trader being changed (an unsaved one for
    a new trader): its other values complete the picture. Without it only the values themselves are
    checked, not the rules across fields.
    """
    errors: dict[str, list[str]] = {}
    modes = [*([""] if inherit else []), *SizingMode.values]
    if "sizing_mode" in changes and changes["sizing_mode"] not in modes:
        errors["sizing_mode"] = [
            f"One of {', '.join(SizingMode.values)}" + (", or empty for the account's." if inherit else ".")
        ]
    amount = changes.get("fixed_amount")
    if amount is not None and not (_number(amount) is not None and 0 < amount <= FIXED_AMOUNT_MAX):
        errors["fixed_amount"] = [f"An amount above 0 and at most {FIXED_AMOUNT_MAX:,}, or empty for none."]
    risk = changes.get("risk_pct")
    if risk is not None and not (_number(risk) is not None and 0 < risk <= RISK_PCT_MAX):
        errors["risk_pct"] = [f"Must be more than 0 % and at most {RISK_PCT_MAX * 100:.0f} %, or empty for none."]
    if errors or current is None:
        return errors

    def value(name: str):
        return changes[name] if name in changes else getattr(current, name, None)

    if value("sizing_mode") == SizingMode.FIXED_AMOUNT and value("fixed_amount") is None:
        errors["fixed_amount"] = ["Fixed-amount sizing needs the amount per copy."]
    if value("sizing_mode") == SizingMode.RISK_PERCENT and value("risk_pct") is None:
        errors["risk_pct"] = ["Risk-percent sizing needs the share of equity a copy may lose at its stop."]
    return errors


def account_risk_errors(changes: dict, *, account: Account | None = None) -> dict[str, list[str]]:
    """What is wrong with ``changes``, field by field (empty when nothing is); the values are not saved.

    ``account``: the account being changed, whose other values the rules across fields read (a
    sizing mode needs its amount); without it, see ``sizing_errors``.
    """
    errors: dict[str, list[str]] = {}
    multiplier = changes.get("global_position_multiplier")
    if "global_position_multiplier" in changes and not (
        isinstance(multiplier, Decimal) and GLOBAL_MULTIPLIER_MIN <= multiplier <= GLOBAL_MULTIPLIER_MAX
    ):
        errors["global_position_multiplier"] = [f"Must be {GLOBAL_MULTIPLIER_MIN}× to {GLOBAL_MULTIPLIER_MAX}×."]
    leverage = changes.get("max_leverage")
    if "max_leverage" in changes and not _whole(leverage, MIN_LEVERAGE, MAX_LEVERAGE):
        errors["max_leverage"] = [f"A whole number from {MIN_LEVERAGE} to {MAX_LEVERAGE}."]
    override = changes.get("max_positions_override")
    if override is not None and not _whole(override, 1, MAX_POSITIONS_OVERRIDE_MAX):
        errors["max_positions_override"] = [f"A whole number from 1 to {MAX_POSITIONS_OVERRIDE_MAX}, or empty for none."]
    threshold = changes.get("confidence_threshold_override")
    if threshold is not None and not (isinstance(threshold, Decimal) and 0 <= threshold <= 1):
        errors["confidence_threshold_override"] = ["Must be 0 % to 100 %, or empty for none."]
    loss_limit = changes.get("daily_loss_limit_pct")
    if "daily_loss_limit_pct" in changes and not (isinstance(loss_limit, Decimal) and 0 < loss_limit <= 1):
        errors["daily_loss_limit_pct"] = ["Must be more than 0 % and at most 100 %."]
    for flag in ("approval_required", "require_stop_loss"):
        if flag in changes and not isinstance(changes[flag], bool):
            errors[flag] = ["Must be true or false."]
    stop = changes.get("default_stop_pct")
    if stop is not None and not (_number(stop) is not None and 0 < stop < 1):
        errors["default_stop_pct"] = ["Must be more than 0 % and less than 100 %, or empty for none."]
    if "copy_priority" in changes and not _whole(changes["copy_priority"], 1, COPY_PRIORITY_MAX):
        errors["copy_priority"] = [f"A whole number from 1 (decided first) to {COPY_PRIORITY_MAX}."]
    if "max_open_positions" in changes and not _whole(changes["max_open_positions"], 1, MAX_OPEN_POSITIONS_MAX):
        errors["max_open_positions"] = [f"A whole number from 1 to {MAX_OPEN_POSITIONS_MAX:,}."]
    # The model's constraints, as field errors rather than a constraint's name.
    for name, low, low_included, high, message in (
        ("min_confidence", 0, True, 1, "Must be 0 % to 100 %."),
        ("base_position_pct", 0, False, 1, "Must be more than 0 % and at most 100 %."),
        ("max_position_pct", 0, False, 1, "Must be more than 0 % and at most 100 %."),
        ("risk_multiplier", 0, False, RISK_MULTIPLIER_MAX, f"Must be more than 0× and at most {RISK_MULTIPLIER_MAX}×."),
        ("taker_fee_rate", 0, True, FEE_RATE_MAX, f"Must be 0 % to {FEE_RATE_MAX * 100:.0f} %."),
        ("maker_fee_rate", 0, True, FEE_RATE_MAX, f"Must be 0 % to {FEE_RATE_MAX * 100:.0f} %."),
        ("slippage_bps", 0, True, SLIPPAGE_BPS_MAX, f"Must be 0 to {SLIPPAGE_BPS_MAX} basis points."),
    ):
        if name in changes and not _within(changes[name], low, high, low_included=low_included):
            errors[name] = [message]
    return errors | sizing_errors(changes, current=account)


def account_create_errors(fields: dict) -> dict[str, list[str]]:
    """What is wrong with a new account's ``fields`` (``account_create``'s: the name, the starting
    balance and risk settings), field by field; empty when nothing is. A setting left out takes the
    model's default, which the rules across fields read (fixed_amount sizing needs its amount)."""
    errors: dict[str, list[str]] = {}
    name = fields.get("name")
    if "name" in fields and not (isinstance(name, str) and len(name) <= NAME_MAX and slug_re.fullmatch(name)):
        errors["name"] = [f"Letters, digits, - and _ only, at most {NAME_MAX} characters (it is the account's address)."]
    if "starting_balance" in fields and not _within(fields["starting_balance"], 0, STARTING_BALANCE_MAX):
        errors["starting_balance"] = [f"An amount above 0 and at most {STARTING_BALANCE_MAX:,}."]
    profile = {key: value for key, value in fields.items() if key in RISK_FIELDS}
    return errors | account_risk_errors(profile, account=Account())


@transaction.atomic
def account_update_risk(*, account: Account, actor=None, **changes) -> Account:
    """Change risk-profile fields; unknown names and out-of-range values are refused, and nothing is saved."""
    unknown = set(changes) - set(RISK_FIELDS)
    if unknown:
        raise InvalidInput(f"Not a risk setting: {', '.join(sorted(unknown))}.")
    account = Account.objects.select_for_update().get(pk=account.pk)
    # Checked against the locked row: a rule across fields (a mode and its amount) reads the others.
    errors = account_risk_errors(changes, account=account)
    if errors:
        raise InvalidInput(_errors_summary(errors), fields=errors)
    try:
        account, changed = model_update(instance=account, fields=RISK_FIELDS, data=changes)
    except DjangoValidationError as error:
        fields = {name: list(messages) for name, messages in error.message_dict.items()}
        raise InvalidInput(_errors_summary(fields), fields=fields) from error
    if changed:
        before, after = changed_before_after(changed)
        audit_record(action="account.risk_updated", account=account, actor=actor, obj=account, before=before, after=after)
    return account


def _errors_summary(errors: dict[str, list[str]]) -> str:
    return "Not saved. " + "; ".join(f"{name.replace('_', ' ')}: {messages[0]}" for name, messages in errors.items())


@transaction.atomic
def membership_grant(
    *, user, account: Account, role: str = Membership.Role.TRADER, actor=None, actor_label: str = "system"
) -> Membership:
    """Let ``user`` use ``account`` in ``role`` (or change their role). Audited only when something changed."""
    if role not in Membership.Role.values:
        raise InvalidInput(f"Role must be one of {', '.join(Membership.Role.values)}.", fields={"role": ["Unknown role."]})
    membership, created = Membership.objects.get_or_create(user=user, account=account, defaults={"role": role})
    before = None
    if not created:
        membership, changed = model_update(instance=membership, fields=("role",), data={"role": role})
        if not changed:
            return membership
        before, _ = changed_before_after(changed)
    audit_record(
        action="membership.granted", account=account, actor=actor, actor_label=actor_label, obj=membership,
        before=before, after={"user": user.get_username(), "role": role},
    )
    return membership


@transaction.atomic
def membership_revoke(*, membership: Membership, actor=None) -> None:
    account, username, role = membership.account, membership.user.get_username(), membership.role
    audit_record(
        action="membership.revoked", account=account, actor=actor, obj=membership,
        before={"user": username, "role": role},
    )
    membership.delete()


