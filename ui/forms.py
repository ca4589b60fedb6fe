"""The Add-trader modal's form: it checks the shape of what was typed; traders.services.trader_create
checks the rest (a taken id, tokens, a token on both lists) and its errors land on the same fields."""
from __future__ import annotations

import re
from decimal import Decimal

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
