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
from echotrade.exceptions import InvalidInput
from echotrade.fields import decimal_text
from execution import trade_management as management
from execution.sizing import MIN_NOTIONAL
from signals import rules
from accounts.services import account_risk_errors
from signals.services.validate import trader_management_check
from traders.models import EntryStrategy, TargetStrategy, Trader
from ui.forms import account_sizing_changes, trader_management_changes
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
        parts.append(f"{start}, trailing {share(rule.callback_pct / 100)} behind the best price")
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


# --- The trader card's trade-management form ----------------------------------------------------
# The preview checks each group of settings on its own, so a mistake in one (custom fractions that
# are not numbers) leaves the consequences of the others on show.
MANAGEMENT_GROUPS = (
    ("targets", ("tp_strategy", "tp_fractions")),
    ("entries", ("entry_strategy", "entry_fractions")),
    ("stop", ("breakeven_after", "trailing")),
    ("sizing", ("sizing_mode", "fixed_amount", "risk_pct")),
    ("limits", ("max_open_trades", "cancel_unfilled_after_hours", "cancel_if_target_before_entry")),
)
TRAILING_CHOICES = (
    ("", "No trailing stop"),
    ("percent_below_highest", "Percent behind the best price"),
    ("moving_target", "Moving target (to the previous target)"),
)


def management_values(trader: Trader) -> dict:
    """A trader's saved management settings as the form shows them (percent for risk)."""
    trailing = trader.trailing or {}
    return {
        "tp_strategy": trader.tp_strategy, "tp_fractions": _fractions_text(trader.tp_fractions),
        "entry_strategy": trader.entry_strategy, "entry_fractions": _fractions_text(trader.entry_fractions),
        "breakeven_after": _text(trader.breakeven_after),
        "trailing_kind": trailing.get("kind", ""),
        "trailing_callback_pct": _text(trailing.get("callback_pct")),
        "trailing_activate_after_target": _text(trailing.get("activate_after_target")),
        "max_open_trades": _text(trader.max_open_trades),
        "sizing_mode": trader.sizing_mode,
        "fixed_amount": "" if trader.fixed_amount is None else decimal_text(trader.fixed_amount),
        "risk_pct": "" if trader.risk_pct is None else decimal_text(trader.risk_pct * 100),
        "cancel_unfilled_after_hours": _text(trader.cancel_unfilled_after_hours),
        "cancel_if_target_before_entry": trader.cancel_if_target_before_entry,
    }


def _text(value) -> str:
    return "" if value is None else decimal_text(Decimal(str(value)))


def _fractions_text(values) -> str:
    return ", ".join(decimal_text(Decimal(str(value))) for value in values or [])


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


def management_summary(trader: Trader) -> str:
    """What is saved, in a few words: "targets first heavy · breakeven after TP1 · risk percent sizing"."""
    stop = []
    if trader.breakeven_after:
        stop.append(f"breakeven after TP{trader.breakeven_after}")
    if trader.trailing:
        kind = trader.trailing.get("kind")
        stop.append("moving-target stop" if kind == "moving_target" else f"trailing {trader.trailing.get('callback_pct')} %")
    sizing = f"{trader.get_sizing_mode_display().lower()} sizing" if trader.sizing_mode else "the account's sizing"
    return " · ".join([f"targets {trader.get_tp_strategy_display().lower()}", *(stop or ["fixed stop"]), sizing])


FIELD_DEFAULTS = {"choices": (), "when": "", "placeholder": "", "help": "", "min": None, "max": None, "step": None,
                  "inputmode": "", "invalid": False}


def _field(name: str, label: str, values: dict, errors: dict, *, kind: str = "number", **extra) -> dict:
    return {**FIELD_DEFAULTS, "name": name, "label": label, "kind": kind, "value": values.get(name, ""),
            "errors": errors.get(name, []), "id": name.replace("_", "-"), **extra}


def management_fieldsets(*, account: Account, values: dict, errors: dict) -> list[dict]:
    """The form's fields by group, each with its value and errors (a template cannot look a name up).
    ``when`` shows a field only while another has a value (static/ui/traders.js)."""
    levels = {"min": 1, "max": management.MAX_LEVELS, "step": 1, "inputmode": "numeric"}
    sizing_choices = [("", f"The account's ({account.get_sizing_mode_display().lower()})"), *SizingMode.choices]
    return [
        {"legend": "Targets", "key": "targets", "errors": [], "fields": [
            _field("tp_strategy", "Split over the targets", values, errors, kind="select", choices=TargetStrategy.choices),
            _field("tp_fractions", "Custom target fractions", values, errors, kind="text", when="tp_strategy=custom",
                   placeholder="0.5, 0.3, 0.2", help="One per target, first to last; scaled to add up to 100 %."),
        ]},
        {"legend": "Entries", "key": "entries", "errors": [], "fields": [
            _field("entry_strategy", "Split over a zone or a ladder of entries", values, errors, kind="select",
                   choices=EntryStrategy.choices),
            _field("entry_fractions", "Custom entry fractions", values, errors, kind="text", when="entry_strategy=custom",
                   placeholder="0.5, 0.3, 0.2", help="Nearest the market first; scaled to add up to 100 %."),
        ]},
        {"legend": "Stop", "key": "stop", "errors": errors.get("trailing", []), "fields": [
            _field("breakeven_after", "Breakeven after target", values, errors, placeholder="off",
                   help="Empty: the stop does not move to breakeven.", **levels),
            _field("trailing_kind", "Trailing stop", values, errors, kind="select", choices=TRAILING_CHOICES,
                   invalid=bool(errors.get("trailing"))),
            _field("trailing_callback_pct", "Callback (%)", values, errors, when="trailing_kind=percent_below_highest",
                   placeholder="1.5", min="0", max="100", step="any", inputmode="decimal", invalid=bool(errors.get("trailing"))),
            _field("trailing_activate_after_target", "Activate after target", values, errors,
                   when="trailing_kind=percent_below_highest", placeholder="0", min=0, max=management.MAX_LEVELS, step=1,
                   inputmode="numeric", help="0: from the entry.", invalid=bool(errors.get("trailing"))),
        ]},
        {"legend": "Size", "key": "sizing", "errors": [], "fields": [
            _field("sizing_mode", "Sizing", values, errors, kind="select", choices=sizing_choices),
            _field("fixed_amount", f"Fixed amount ({account.quote_currency})", values, errors, placeholder="account's",
                   min="0", step="any", inputmode="decimal", help="Notional per copy, for fixed-amount sizing."),
            _field("risk_pct", "Risk at the stop (% of equity)", values, errors, placeholder="account's",
                   min="0", max="50", step="any", inputmode="decimal", help="For risk-percent sizing."),
        ]},
        {"legend": "Limits", "key": "limits", "errors": [], "fields": [
            _field("max_open_trades", "Max open trades", values, errors, placeholder="no limit",
                   min=1, step=1, inputmode="numeric", help="Open copies of this trader per account."),
            _field("cancel_unfilled_after_hours", "Cancel unfilled entries after (hours)", values, errors,
                   placeholder="never", min=1, step=1, inputmode="numeric"),
            _field("cancel_if_target_before_entry", "Withdraw the entry if TP1 trades first", values, errors,
                   kind="checkbox"),
        ]},
    ]


# --- The Settings page's sizing block -------------------------------------------------------------
SIZING_GROUPS = (("sizing", ("sizing_mode", "fixed_amount", "risk_pct")), ("stops", ("default_stop_pct", "require_stop_loss")))


def account_sizing_values(account: Account) -> dict:
    """An account's saved sizing as the form shows it (percent for the ratios)."""
    return {
        "sizing_mode": account.sizing_mode,
        "fixed_amount": "" if account.fixed_amount is None else decimal_text(account.fixed_amount),
        "risk_pct": "" if account.risk_pct is None else decimal_text(account.risk_pct * 100),
        "default_stop_pct": "" if account.default_stop_pct is None else decimal_text(account.default_stop_pct * 100),
        "require_stop_loss": account.require_stop_loss,
    }


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
