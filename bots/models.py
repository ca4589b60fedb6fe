"""Strategy bots: each one is a signal source bound to one account. Strategies come later."""
from __future__ import annotations

from django.db import models


class Bot(models.Model):
    class Timeframe(models.TextChoices):
        M1 = "1m", "1 minute"
        M5 = "5m", "5 minutes"
        M15 = "15m", "15 minutes"
        H1 = "1h", "1 hour"
        H4 = "4h", "4 hours"
        D1 = "1d", "1 day"

    name = models.CharField(max_length=100, unique=True)
    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="bots")
    strategy = models.CharField(max_length=50, help_text="Strategy key, e.g. trend_following, grid, dca.")
    parameters = models.JSONField(default=dict, blank=True)
    symbols = models.JSONField(default=list, help_text='Pairs such as ["BTC/USDT", "ETH/USDT"].')
    timeframe = models.CharField(max_length=3, choices=Timeframe.choices, default=Timeframe.H1)
    enabled = models.BooleanField(default=True)
    # The signal source the bot's signals are filed under, so they pass the same pipeline.
    trader = models.ForeignKey(
        "traders.Trader", null=True, blank=True, on_delete=models.SET_NULL, related_name="bots"
    )
    # What the strategy remembers between runs, per symbol ({"BTC/USDT": {"last_buy": ...}}).
    state = models.JSONField(default=dict, blank=True)
    last_run_at = models.DateTimeField(null=True, blank=True)
    last_signal_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["account", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.strategy} on {self.account})"


class BotVote(models.Model):
    """One bot's view of one symbol at one run: what the ensemble weighs."""

    bot = models.ForeignKey(Bot, on_delete=models.CASCADE, related_name="votes")
    symbol = models.CharField(max_length=30)
    side = models.CharField(max_length=5, choices=[("long", "Long"), ("short", "Short"), ("flat", "Flat")])
    strength = models.DecimalField(max_digits=7, decimal_places=6)
    act = models.BooleanField(default=False)
    reason = models.CharField(max_length=200, blank=True)
    price = models.DecimalField(max_digits=28, decimal_places=8, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["bot", "symbol", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.bot.name}: {self.side} {self.symbol} ({self.strength})"
