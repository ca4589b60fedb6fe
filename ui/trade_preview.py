"""What a trader's trade management and an account's sizing mean, in percent and in money: the
trader card's and the Settings page's previews.

Every figure comes from the rules the copies trade by: the target and entry shares from
``execution.trade_management.strategy_fractions``, the stop rules through ``trailing_parse``, the
size of a copy from ``signals.rules.funds_verdict`` (which sizes with ``execution.sizing``) on an
example signal. Nothing is worked out a second time here or in the browser: the page asks the
server again (htmx) whenever a field changes.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace

from accounts.models import Account, SizingMode
from accounts.services import account_risk_errors
from echotrade.exceptions import InvalidInput
from echotrade.fields import decimal_text
from execution import trade_management as management
from execution.sizing import MIN_NOTIONAL
from signals import rules
from signals.services.trader_settings import trader_management_check
from traders.models import Trader
from ui.forms import (
    account_sizing_changes,
    management_fieldsets,
    management_summary,
    management_values,
    trader_management_changes,
)
from ui.wording import amount, share

EXAMPLE_LEVELS = 3  # the ladder shown when the strategy does not fix its own length
EXAMPLE_PRICE = Decimal(1000)  # the example signal's entry; a copy's notional does not depend on it
EXAMPLE_STOP_PCT = Decimal("0.02")  # its stop, when the account gives none by default


@dataclass(frozen=True)
class Line:
    """One consequence: its text and a note, or why it cannot be shown (the rule's own message)."""

    text: str = ""
    note: str = ""
    error: str = ""


@dataclass(frozen=True)
class SizingPreview:
    mode: str
    inherited: bool  # the trader uses the account's mode
    headline: str = ""  # "risks $1,000 (1 % of $100,000 equity) at the stop"
    example: str = ""  # the notional that means at an example stop (risk sizing)
    per_copy: str = ""  # after the multipliers and the caps
    warnings: list[str] = field(default_factory=list)
    error: str = ""


# --- Ladders ------------------------------------------------------------------------------------
def ladder_text(prefix: str, fractions) -> str:
    """"TP1 50 % · TP2 25 % · TP3 25 %"."""
    return " · ".join(f"{prefix}{index} {share(fraction)}" for index, fraction in enumerate(fractions, 1))


def ladder_line(*, prefix: str, strategy: str, custom, what: str) -> Line:
    """The shares a strategy gives a ladder: a custom list its own length, any other strategy 3 levels."""
    count = len(custom) if strategy == "custom" and custom else EXAMPLE_LEVELS
    try:
        fractions = management.strategy_fractions(strategy, count, custom)
    except ValueError as error:
        return Line(error=str(error))
    return Line(text=ladder_text(prefix, fractions), note=f"with {count} {what}, when the signal gives no split")


# --- The stop -----------------------------------------------------------------------------------
def stop_line(*, breakeven_after: int | None, trailing: dict | None) -> Line:
    try:
        rule = management.trailing_parse(trailing)
    except ValueError as error:
        return Line(error=str(error))
    parts = []
    if breakeven_after:
        parts.append(f"after TP{breakeven_after} fills, to the entry plus the fees paid (breakeven)")
    if rule is not None and rule.kind == "percent_below_highest":
        start = "from the entry" if rule.activate_after_target == 0 else f"once TP{rule.activate_after_target} fills"
        parts.append(f"{start}, trailing {decimal_text(rule.callback_pct)} % behind the best price")
    elif rule is not None:
        parts.append("after TP1 to the entry, after TP2 to TP1, and so on (moving target)")
    if not parts:
        return Line(text="The stop stays where the signal (or the account's default) puts it.")
    note = "The tightest rule wins; the stop only ever tightens." if len(parts) > 1 else "The stop only ever tightens."
    return Line(text="The stop moves " + "; ".join(parts) + ".", note=note)


def limits_lines(*, max_open_trades: int | None, cancel_unfilled_after_hours: int | None,
                 cancel_if_target_before_entry: bool) -> list[str]:
    lines = [
        f"At most {max_open_trades} open cop{'y' if max_open_trades == 1 else 'ies'} of this trader per account; "
        "more are filtered (trader_max_trades)." if max_open_trades
        else "No limit of its own on open copies: the account's max open positions apply.",
        f"Entry parts still resting {cancel_unfilled_after_hours} h after the signal are cancelled."
        if cancel_unfilled_after_hours else "Entry parts rest until they fill or the position ends.",
    ]
    if cancel_if_target_before_entry:
        lines.append("If TP1 trades before any entry part fills, the whole entry is withdrawn.")
    return lines


# --- Sizing -------------------------------------------------------------------------------------
NEUTRAL_TRADER = SimpleNamespace(position_multiplier=Decimal(1), sizing_mode="", fixed_amount=None, risk_pct=None)


def _example_signal(stop_loss: Decimal | None, leverage: int, side: str = "long") -> SimpleNamespace:
    return SimpleNamespace(symbol="BTC/USDT", side=side, leverage=leverage, confidence=Decimal(1), stop_loss=stop_loss)


def sizing_preview(*, account: Account, equity: Decimal, free_cash: Decimal, trader=None) -> SizingPreview:
    """What a copy of a long signal at an example price comes to, by ``signals.rules.funds_verdict``.

    ``account`` and ``trader`` may hold values not saved yet (what the form says); ``trader``
    None is the account alone, before any trader's multiplier.
    """
    facts = trader if trader is not None else NEUTRAL_TRADER
    mode = rules.sizing_mode_for(trader=facts, account=account)
    inherited = trader is not None and not trader.sizing_mode
    leverage = min(trader.max_leverage, account.max_leverage) if trader is not None else account.max_leverage
    currency = account.quote_currency
    # The account's default stop when it has one (a signal without a stop gets it), else an example stop.
    default_stop = account.default_stop_pct is not None
    stop = None if default_stop else (EXAMPLE_PRICE * (1 - EXAMPLE_STOP_PCT))
    verdict = rules.funds_verdict(
        signal=_example_signal(stop, leverage), trader=facts, account=account, price=EXAMPLE_PRICE,
        equity=equity, free_cash=free_cash,
    )
    sizing = verdict.sizing
    if sizing is None:
        return SizingPreview(mode=mode, inherited=inherited, error=verdict.detail)
    warnings = []
    if mode == SizingMode.PERCENT_EQUITY:
        headline = f"{share(account.base_position_pct)} of {amount(equity, currency)} equity = {amount(sizing.base, currency)} notional"
        example = ""
    elif mode == SizingMode.FIXED_AMOUNT:
        headline, example = f"fixed {amount(sizing.base, currency)} notional", ""
    else:
        risk = facts.risk_pct if facts.risk_pct is not None else account.risk_pct  # as rules.size_for reads it
        headline = f"risks {amount(risk * equity, currency)} ({share(risk)} of {amount(equity, currency)} equity) at the stop"
        distance = account.default_stop_pct if default_stop else EXAMPLE_STOP_PCT
        whose = "the account's default stop" if default_stop else "for example; the signal's own stop decides"
        example = f"With a stop {share(distance)} from the entry ({whose}): {amount(sizing.base, currency)} notional."
        without = rules.funds_verdict(
            signal=_example_signal(None, leverage), trader=facts, account=account, price=EXAMPLE_PRICE,
            equity=equity, free_cash=free_cash,
        )
        if without.reason == rules.Reason.NO_STOP_LOSS:
            warnings.append(f"A signal without a stop loss is filtered (no_stop_loss): {without.detail}")
    multipliers = (
        f"×{_factor(facts.position_multiplier)} trader · ×{_factor(account.risk_multiplier)} account risk · "
        f"×{_factor(account.global_position_multiplier)} global"
    )
    each = f"Each copy: {amount(sizing.requested_notional, currency)} after the multipliers ({multipliers})"
    if sizing.capped_by == "max_position_pct":
        each += f", capped at {amount(sizing.notional, currency)} (max position {share(account.max_position_pct)} of equity)"
    elif sizing.capped_by == "free_margin":
        each += f", capped at {amount(sizing.notional, currency)} by the free margin at {leverage}×"
    if trader is None:
        each += ", before each trader's own multiplier"
    if verdict.outcome != rules.Outcome.EXECUTED:
        warnings.append(f"Below the exchange minimum of {amount(MIN_NOTIONAL, currency)}: such a copy is filtered ({verdict.detail}).")
    return SizingPreview(mode=mode, inherited=inherited, headline=headline, example=example, per_copy=each + ".", warnings=warnings)


def _factor(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}"


# --- The trader card's trade management -----------------------------------------------------------
# The preview checks each group of settings on its own, so a mistake in one (custom fractions that
# are not numbers) leaves the consequences of the others on show.
MANAGEMENT_GROUPS = (
    ("targets", ("tp_strategy", "tp_fractions")),
    ("entries", ("entry_strategy", "entry_fractions")),
    ("stop", ("breakeven_after", "trailing")),
    ("sizing", ("sizing_mode", "fixed_amount", "risk_pct")),
    ("limits", ("max_open_trades", "cancel_unfilled_after_hours", "cancel_if_target_before_entry")),
)


def management_preview(*, account: Account, trader: Trader, typed: dict, equity: Decimal, free_cash: Decimal) -> dict:
    """Each group's consequence for what ``typed`` says, or the rules' own message about it."""
    changes, shape_errors = trader_management_changes(typed)
    shown = copy.copy(trader)  # what the form says, never saved
    refused: dict[str, str] = {}
    for group, fields in MANAGEMENT_GROUPS:
        problems = {name: shape_errors[name] for name in fields if name in shape_errors}
        if not problems:
            try:
                checked = trader_management_check({name: changes[name] for name in fields}, trader=trader)
            except InvalidInput as error:
                problems = error.fields or {group: [error.message]}
            else:
                for name, value in checked.items():
                    setattr(shown, name, value)
        if problems:
            refused[group] = " ".join(message for messages in problems.values() for message in messages)
    sizing = None if "sizing" in refused else sizing_preview(account=account, equity=equity, free_cash=free_cash, trader=shown)
    return {
        "targets": Line(error=refused["targets"]) if "targets" in refused else ladder_line(
            prefix="TP", strategy=shown.tp_strategy, custom=shown.tp_fractions, what="targets"),
        "entries": Line(error=refused["entries"]) if "entries" in refused else ladder_line(
            prefix="E", strategy=shown.entry_strategy, custom=shown.entry_fractions, what="entries"),
        "stop": Line(error=refused["stop"]) if "stop" in refused else stop_line(
            breakeven_after=shown.breakeven_after, trailing=shown.trailing),
        "sizing": sizing,
        "sizing_error": refused.get("sizing", ""),
        "limits": [] if "limits" in refused else limits_lines(
            max_open_trades=shown.max_open_trades, cancel_unfilled_after_hours=shown.cancel_unfilled_after_hours,
            cancel_if_target_before_entry=shown.cancel_if_target_before_entry),
        "limits_error": refused.get("limits", ""),
    }


def management_context(*, account: Account, trader: Trader, equity: Decimal, free_cash: Decimal,
                       typed: dict | None = None, errors: dict | None = None, opened: bool = False) -> dict:
    """The card's management block: its fieldsets (values as typed when refused, each field's
    errors), a one-line summary of what is saved, and the preview of what the form says."""
    values = typed if typed is not None else management_values(trader)
    errors = errors or {}
    return {
        "fieldsets": management_fieldsets(account=account, values=values, errors=errors),
        "errors": errors.get("management", []),
        "open": opened or bool(errors),
        "summary": management_summary(trader),
        "preview": management_preview(account=account, trader=trader, typed=values, equity=equity, free_cash=free_cash),
    }




# --- The Settings page's sizing block -------------------------------------------------------------
SIZING_GROUPS = (("sizing", ("sizing_mode", "fixed_amount", "risk_pct")), ("stops", ("default_stop_pct", "require_stop_loss")))


def stop_policy_lines(account: Account) -> list[str]:
    """What happens to a signal without a stop loss, by ``signals.rules.stop_for`` on example signals."""
    long = rules.stop_for(signal=_example_signal(None, 1), account=account, price=EXAMPLE_PRICE)
    currency = account.quote_currency
    lines = []
    if account.require_stop_loss:
        lines.append("A signal without a stop loss is filtered (no_stop_loss).")
    if long is not None:
        short = rules.stop_for(signal=_example_signal(None, 1, side="short"), account=account, price=EXAMPLE_PRICE)
        lines.append(
            f"{'Otherwise a' if account.require_stop_loss else 'A'} signal without a stop gets one "
            f"{share(account.default_stop_pct)} from the entry: a long at {amount(EXAMPLE_PRICE, currency)} "
            f"stops at {amount(long, currency)}, a short at {amount(short, currency)}."
        )
    elif not account.require_stop_loss:
        lines.append("A signal without a stop loss is copied without one.")
    return lines


def account_sizing_preview(*, account: Account, typed: dict, equity: Decimal, free_cash: Decimal) -> dict:
    """The Settings page's consequences of what its sizing form says, each group on its own (as the card's)."""
    changes, shape_errors = account_sizing_changes(typed)
    shown = copy.copy(account)  # what the form says, never saved
    refused: dict[str, str] = {}
    for group, fields in SIZING_GROUPS:
        given = {name: changes[name] for name in fields if name in changes}
        problems = {**account_risk_errors(given, account=account), **{n: shape_errors[n] for n in fields if n in shape_errors}}
        if problems:
            refused[group] = " ".join(message for messages in problems.values() for message in messages)
        else:
            for name, value in given.items():
                setattr(shown, name, value)
    return {
        "sizing": None if "sizing" in refused else sizing_preview(account=shown, equity=equity, free_cash=free_cash),
        "sizing_error": refused.get("sizing", ""),
        "stops": [] if "stops" in refused else stop_policy_lines(shown),
        "stops_error": refused.get("stops", ""),
    }
