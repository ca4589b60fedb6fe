"""A trader's own trade-management and sizing settings: the defaults for the hints a signal may carry.

``trader_management_check`` is their one rule set. Every interface that writes them (the API, the
trader card, its preview, the admin) calls it before ``trader_create`` / ``trader_update``, which
only store them. It lives in the signals layer, beside the signal's own hints (signals/services/
validate.py, whose readers it shares), because the rules need the trade-management rules
(execution/trade_management.py), which the traders app, a layer below, may not import.
"""
from __future__ import annotations

from decimal import Decimal

from accounts.services import sizing_errors
from echotrade.exceptions import InvalidInput
from execution import trade_management as management
from signals.services.validate import decimal_of, fractions_text, trailing_rule, whole_number
from traders.models import EntryStrategy, TargetStrategy, Trader

MAX_OPEN_TRADES = 1000
MAX_CANCEL_AFTER_HOURS = 24 * 365


def trader_management_check(changes: dict, *, trader: Trader | None) -> dict:
    """``changes`` to a trader's management settings (traders.services.MANAGEMENT_FIELDS) checked and
    in the model's types, or InvalidInput naming every field at fault.

    - ``tp_strategy`` / ``entry_strategy``: one of the strategies; ``custom`` needs its fractions;
    - ``tp_fractions`` / ``entry_fractions``: fractions above 0 (``fractions_text``), or [] for none;
    - ``breakeven_after``: a target number from 1, or None; ``trailing``: a rule ``trailing_parse``
      reads, or None;
    - ``max_open_trades`` and ``cancel_unfilled_after_hours``: whole numbers from 1, or None;
    - ``sizing_mode`` ("" for the account's), ``fixed_amount``, ``risk_pct``: the account's sizing
      rules (accounts.services.sizing_errors), a mode needing its own number;
    - ``cancel_if_target_before_entry``: true or false.

    ``trader`` is the trader being changed (its other settings complete the picture), None for a new one.
    """
    current = trader if trader is not None else Trader()  # a new one's other settings: the model's defaults
    errors: dict[str, list[str]] = {}
    checked = dict(changes)
    for name, choices in (("tp_strategy", TargetStrategy), ("entry_strategy", EntryStrategy)):
        if name in changes and changes[name] not in choices.values:
            errors[name] = [f"One of {', '.join(choices.values)}."]
    for name, strategy in (("tp_fractions", "tp_strategy"), ("entry_fractions", "entry_strategy")):
        if name in changes:
            value = changes[name]
            checked[name] = [] if value in (None, [], ()) else fractions_text(value, name, errors)
        custom = checked.get(strategy, getattr(current, strategy)) == "custom"
        if custom and strategy not in errors and name not in errors and not checked.get(name, getattr(current, name)):
            errors[name] = ["The custom strategy needs its fractions, such as [0.5, 0.3, 0.2]."]
    for name, high in (
        ("breakeven_after", management.MAX_LEVELS), ("max_open_trades", MAX_OPEN_TRADES),
        ("cancel_unfilled_after_hours", MAX_CANCEL_AFTER_HOURS),
    ):
        if name in changes:
            checked[name] = whole_number(changes[name], name, errors, low=1, high=high)
    if "trailing" in changes:
        value = changes["trailing"]
        checked["trailing"] = None if value in (None, {}) else trailing_rule(value, errors, unspecified=False)
    for name in ("fixed_amount", "risk_pct"):
        if name in changes:
            checked[name] = _optional_number(changes[name], name, errors)
    sizing = {name: checked[name] for name in ("sizing_mode", "fixed_amount", "risk_pct") if name in checked}
    sizing_problems = sizing_errors(sizing, current=current, inherit=True)
    errors.update({name: messages for name, messages in sizing_problems.items() if name not in errors})
    if "cancel_if_target_before_entry" in changes and not isinstance(changes["cancel_if_target_before_entry"], bool):
        errors["cancel_if_target_before_entry"] = ["Must be true or false."]
    if errors:
        raise InvalidInput(
            "Not saved. " + "; ".join(f"{name.replace('_', ' ')}: {messages[0]}" for name, messages in errors.items()),
            fields=errors,
        )
    return checked


def _optional_number(value, name: str, errors: dict) -> Decimal | None:
    """A number given as a number or as text (a form's), or None for empty; the range is the caller's."""
    if value is None or value == "":
        return None
    number = decimal_of(value)
    if not number.is_finite():
        errors[name] = [f"{value!r} is not a number."]
        return None
    return number
