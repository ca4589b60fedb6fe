"""What the UI's forms typed, in the shapes the services take.

The Add-trader modal's form checks the shape of what was typed; traders.services.trader_create
checks the rest (a taken id, tokens, a token on both lists) and its errors land on the same fields.
The trader card's trade management and the Settings page's sizing are read below; their ranges
are the services' (the same the API uses).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django import forms

from echotrade.limits import MAX_LEVERAGE, MIN_LEVERAGE, TRADER_MULTIPLIER_MAX, TRADER_MULTIPLIER_MIN
from traders.models import Trader

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
# signals.services.validate.trader_management_check (a trader's) and accounts.services.
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
