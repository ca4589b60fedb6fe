"""Writes about accounts: the audit log, the emergency switch and the risk profile."""
from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction

from accounts.models import Account, Membership
from echotrade.audit import audit_record
from echotrade.exceptions import Conflict, InvalidInput
from echotrade.limits import GLOBAL_MULTIPLIER_MAX, GLOBAL_MULTIPLIER_MIN, MAX_LEVERAGE, MIN_LEVERAGE
from echotrade.services import changed_before_after, model_update


@transaction.atomic
def account_create(
    *, name: str, actor=None, actor_label: str = "system", starting_balance: Decimal = Decimal("100000"),
    description: str = "", mode: str = Account.Mode.PAPER, **profile,
) -> Account:
    """Open an account with all of its starting balance free. It follows no one yet:
    ``operations.services.account_open`` also makes it follow every trader."""
    unknown = set(profile) - set(RISK_FIELDS)
    if unknown:
        raise InvalidInput(f"Not an account setting: {', '.join(sorted(unknown))}.")
    if Account.objects.filter(name=name).exists():
        raise Conflict(f"An account named '{name}' exists.", fields={"name": [f"'{name}' is taken."]})
    account = Account(
        name=name, description=description, mode=mode, starting_balance=starting_balance,
        cash=starting_balance, **profile,
    )
    account.full_clean(validate_unique=False)
    account.save()
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


RISK_FIELDS = (
    "min_confidence", "risk_multiplier", "max_leverage", "max_open_positions", "base_position_pct",
    "max_position_pct", "daily_loss_limit_pct", "approval_required", "global_position_multiplier",
    "confidence_threshold_override", "max_positions_override", "taker_fee_rate", "maker_fee_rate",
    "slippage_bps",
)

# The product's ranges (echotrade/limits.py and these), on top of the model's own constraints.
# Checked here, not in a view, so every interface that changes risk refuses the same values.
MAX_POSITIONS_OVERRIDE_MAX = 1000


def account_risk_errors(changes: dict) -> dict[str, list[str]]:
    """What is wrong with ``changes``, field by field (empty when nothing is); the values are not saved."""
    errors: dict[str, list[str]] = {}
    multiplier = changes.get("global_position_multiplier")
    if "global_position_multiplier" in changes and not (
        isinstance(multiplier, Decimal) and GLOBAL_MULTIPLIER_MIN <= multiplier <= GLOBAL_MULTIPLIER_MAX
    ):
        errors["global_position_multiplier"] = [f"Must be {GLOBAL_MULTIPLIER_MIN}× to {GLOBAL_MULTIPLIER_MAX}×."]
    leverage = changes.get("max_leverage")
    if "max_leverage" in changes and not (
        isinstance(leverage, int) and not isinstance(leverage, bool) and MIN_LEVERAGE <= leverage <= MAX_LEVERAGE
    ):
        errors["max_leverage"] = [f"A whole number from {MIN_LEVERAGE} to {MAX_LEVERAGE}."]
    override = changes.get("max_positions_override")
    if override is not None and not (
        isinstance(override, int) and not isinstance(override, bool) and 1 <= override <= MAX_POSITIONS_OVERRIDE_MAX
    ):
        errors["max_positions_override"] = [f"A whole number from 1 to {MAX_POSITIONS_OVERRIDE_MAX}, or empty for none."]
    threshold = changes.get("confidence_threshold_override")
    if threshold is not None and not (isinstance(threshold, Decimal) and 0 <= threshold <= 1):
        errors["confidence_threshold_override"] = ["Must be 0 % to 100 %, or empty for none."]
    loss_limit = changes.get("daily_loss_limit_pct")
    if "daily_loss_limit_pct" in changes and not (isinstance(loss_limit, Decimal) and 0 < loss_limit <= 1):
        errors["daily_loss_limit_pct"] = ["Must be more than 0 % and at most 100 %."]
    if "approval_required" in changes and not isinstance(changes["approval_required"], bool):
        errors["approval_required"] = ["Must be true or false."]
    return errors


@transaction.atomic
def account_update_risk(*, account: Account, actor=None, **changes) -> Account:
    """Change risk-profile fields; unknown names and out-of-range values are refused, and nothing is saved."""
    unknown = set(changes) - set(RISK_FIELDS)
    if unknown:
        raise InvalidInput(f"Not a risk setting: {', '.join(sorted(unknown))}.")
    errors = account_risk_errors(changes)
    if errors:
        raise InvalidInput(_errors_summary(errors), fields=errors)
    account = Account.objects.select_for_update().get(pk=account.pk)
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


