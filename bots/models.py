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
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["account", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.strategy} on {self.account})"
