"""What the UI's forms typed, in the shapes the services take.

The Add-trader modal's form checks the shape of what was typed; traders.services.trader_create
checks the rest (a taken id, tokens, a token on both lists) and its errors land on the same fields.
The trader card's trade management and the Settings page's sizing are read below (what was
typed, in the services' shapes), and laid out (what the forms show); their ranges are the
services' (the same the API uses).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django import forms

from accounts.models import Account, SizingMode
from echotrade.fields import decimal_text
from echotrade.limits import MAX_LEVERAGE, MIN_LEVERAGE, TRADER_MULTIPLIER_MAX, TRADER_MULTIPLIER_MIN
from execution.trade_management import MAX_LEVELS
from traders.models import EntryStrategy, TargetStrategy, Trader

# A bot is added on the bots page, with its strategy; every other source can be added here.
ADDABLE_SOURCES = [(value, label) for value, label in Trader.Source.choices if value != Trader.Source.BOT]


def tokens_split(text: str) -> list[str]:
    """Chips typed as "BTC, ETH/USDT" or "btc eth"; the service normalises and checks each entry."""
    return [token for token in re.split(r"[,\s]+", text or "") if token]


class TraderAddForm(forms.Form):
    id = forms.SlugField(
        max_length=64, label="Id", help_text="Stable, lowercase, e.g. yun_qiang; it cannot change later.",
    )
    name = forms.CharField(max_length=100, label="Name")
    source = forms.ChoiceField(choices=ADDABLE_SOURCES, initial=Trader.Source.MANUAL, label="Source")
    handle = forms.CharField(
        max_length=200, required=False, label="Handle",
        help_text="Leaderboard UID, Telegram @user or chat id, TradingView user.",
    )
    portfolio_id = forms.CharField(
        max_length=32, required=False, label="Lead portfolio id",
        help_text="Binance copy trading: the number in the lead's page address (…/copy-trading/lead-details/<id>).",
    )
    position_multiplier = forms.DecimalField(
        min_value=TRADER_MULTIPLIER_MIN, max_value=TRADER_MULTIPLIER_MAX, max_digits=4, decimal_places=2, initial=Decimal("1.0"),
        label="Position size",
    )
    min_confidence = forms.DecimalField(min_value=0, max_value=100, max_digits=5, decimal_places=2, initial=70, label="Min confidence (%)")
    max_leverage = forms.IntegerField(min_value=MIN_LEVERAGE, max_value=MAX_LEVERAGE, initial=5, label="Max leverage (×)")
    priority = forms.IntegerField(min_value=1, max_value=1000, initial=10, label="Priority", help_text="1 is the highest.")
    token_whitelist = forms.CharField(required=False, max_length=2000, label="Token whitelist", help_text="Comma-separated; empty copies any token.")
    paper_trade_only = forms.BooleanField(required=False, initial=True, label="Paper trade only (recommended)")

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "id": data["id"], "name": data["name"], "source": data["source"], "handle": data["handle"],
            "portfolio_id": data["portfolio_id"],
            "position_multiplier": data["position_multiplier"], "min_confidence": data["min_confidence"] / 100,
            "max_leverage": data["max_leverage"], "priority": data["priority"],
            "token_whitelist": tokens_split(data["token_whitelist"]), "paper_trade_only": data["paper_trade_only"],
        }

    def add_service_errors(self, fields: dict, message: str) -> None:
        """A service's field errors onto this form's fields ("token_whitelist" is the same name in both)."""
        if not fields:
            self.add_error(None, message)
        for name, messages in (fields or {}).items():
            for text in messages:
                self.add_error(name if name in self.fields else None, text)


# --- Trade management (the trader card) and sizing (the Settings page) ----------------------------
# These turn what was typed into the shapes the services take. The ranges are not checked here:
# signals.services.trader_settings.trader_management_check (a trader's) and accounts.services.
# account_update_risk (an account's) check them for the API and the UI alike.
PERCENT_PLACES = 4  # a ratio is stored to 6 places (RatioField): 1.2345 % is the finest a percent can be


def fractions_split(text: str) -> list[str]:
    """Custom fractions typed as "0.5, 0.3, 0.2" or "50 30 20" (they are normalised, so either
    means the same); a "%" after a number is allowed."""
    return [part for part in re.split(r"[,;\s%]+", text or "") if part]


def percent_to_ratio(text: str, field: str, errors: dict) -> Decimal | str | None:
    """"1.5" (percent) → Decimal("0.015"); "" → None. Text that is not a number is kept as typed,
    for the service to say so; more places than a ratio holds is refused here, in percent words."""
    text = (text or "").strip().rstrip("%").strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    if not number.is_finite():
        return text
    if -number.as_tuple().exponent > PERCENT_PLACES:
        errors[field] = [f"At most {PERCENT_PLACES} decimal places."]
        return None
    return number / 100


def whole_or_text(text: str):
    """"2" → 2 (a rule that wants an int gets one); anything else as typed, for the rule to refuse."""
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    return int(number) if number.is_finite() and number == number.to_integral_value() else text


TRADER_MANAGEMENT_INPUTS = (
    "tp_strategy", "tp_fractions", "entry_strategy", "entry_fractions", "breakeven_after", "trailing_kind",
    "trailing_callback_pct", "trailing_activate_after_target", "max_open_trades", "sizing_mode", "fixed_amount",
    "risk_pct", "cancel_unfilled_after_hours",
)


def trader_management_typed(post) -> dict:
    """The card's management inputs as typed (kept to show them again when refused)."""
    typed = {name: post.get(name, "").strip() for name in TRADER_MANAGEMENT_INPUTS}
    typed["cancel_if_target_before_entry"] = post.get("cancel_if_target_before_entry") == "on"
    return typed


def trader_management_changes(typed: dict) -> tuple[dict, dict]:
    """(changes in the shapes of traders.services.MANAGEMENT_FIELDS, errors found in the typing)."""
    errors: dict[str, list[str]] = {}
    changes = {
        "tp_strategy": typed["tp_strategy"], "tp_fractions": fractions_split(typed["tp_fractions"]),
        "entry_strategy": typed["entry_strategy"], "entry_fractions": fractions_split(typed["entry_fractions"]),
        "breakeven_after": typed["breakeven_after"] or None,
        "trailing": trailing_typed(typed),
        "max_open_trades": typed["max_open_trades"] or None,
        "sizing_mode": typed["sizing_mode"],
        "fixed_amount": typed["fixed_amount"] or None,
        "risk_pct": percent_to_ratio(typed["risk_pct"], "risk_pct", errors),
        "cancel_unfilled_after_hours": typed["cancel_unfilled_after_hours"] or None,
        "cancel_if_target_before_entry": typed["cancel_if_target_before_entry"],
    }
    return changes, errors


def trailing_typed(typed: dict) -> dict | None:
    """The trailing stop's three inputs as the rule's JSON ({"kind", "callback_pct", "activate_after_target"})."""
    kind = typed["trailing_kind"]
    if not kind:
        return None
    if kind != "percent_below_highest":
        return {"kind": kind}
    activate = typed["trailing_activate_after_target"]
    return {
        "kind": kind, "callback_pct": typed["trailing_callback_pct"],
        "activate_after_target": whole_or_text(activate) if activate else 0,
    }


ACCOUNT_SIZING_INPUTS = ("sizing_mode", "fixed_amount", "risk_pct", "default_stop_pct")


def account_sizing_typed(post) -> dict:
    typed = {name: post.get(name, "").strip() for name in ACCOUNT_SIZING_INPUTS}
    typed["require_stop_loss"] = post.get("require_stop_loss") == "on"
    return typed


def account_sizing_changes(typed: dict) -> tuple[dict, dict]:
    """(changes for accounts.services.account_update_risk, errors found in the typing). The service
    takes numbers, not text: text that is not a number is refused here."""
    errors: dict[str, list[str]] = {}
    changes: dict = {"sizing_mode": typed["sizing_mode"], "require_stop_loss": typed["require_stop_loss"]}
    text = typed["fixed_amount"]
    try:
        amount = Decimal(text) if text else None
    except InvalidOperation:
        amount = Decimal("NaN")
    if amount is not None and not amount.is_finite():
        errors["fixed_amount"] = ["Must be a number, such as 500."]
    else:
        changes["fixed_amount"] = amount
    for field in ("risk_pct", "default_stop_pct"):
        ratio = percent_to_ratio(typed[field], field, errors)
        if isinstance(ratio, str):
            errors[field] = ["Must be a percentage, such as 1.5."]
        elif field not in errors:
            changes[field] = ratio
    return changes, errors


# --- What the trade-management and sizing forms show ---------------------------------------------
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
    levels = {"min": 1, "max": MAX_LEVELS, "step": 1, "inputmode": "numeric"}
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
                   when="trailing_kind=percent_below_highest", placeholder="0", min=0, max=MAX_LEVELS, step=1,
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


def account_sizing_values(account: Account) -> dict:
    """An account's saved sizing as the form shows it (percent for the ratios)."""
    return {
        "sizing_mode": account.sizing_mode,
        "fixed_amount": "" if account.fixed_amount is None else decimal_text(account.fixed_amount),
        "risk_pct": "" if account.risk_pct is None else decimal_text(account.risk_pct * 100),
        "default_stop_pct": "" if account.default_stop_pct is None else decimal_text(account.default_stop_pct * 100),
        "require_stop_loss": account.require_stop_loss,
    }
