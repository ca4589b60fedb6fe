"""The market layer's tables: the latest quote per symbol and the recent ticks.

They belong to the ``execution`` app (``execution/models.py`` imports them, so Django and the
migrations see them there); they sit in ``execution.market`` so the market layer never imports
the trading layer above it.
"""
from __future__ import annotations

from django.db import models
from django.db.models import Q

from echotrade.fields import ZERO, MoneyField


class Quote(models.Model):
    """The latest market quote per symbol, shared by every process (web, workers, beat)."""

    symbol = models.CharField(max_length=30, primary_key=True)
    price = MoneyField()
    bid = MoneyField()
    ask = MoneyField()
    volume = MoneyField(default=ZERO)
    change_24h = models.DecimalField(max_digits=12, decimal_places=4, default=ZERO, help_text="Percent.")
    source = models.CharField(max_length=50)
    ts = models.DateTimeField()

    class Meta:
        ordering = ["symbol"]
        constraints = [
            models.CheckConstraint(condition=Q(price__gt=0, bid__gt=0, ask__gte=models.F("bid")), name="quote_sane"),
        ]

    def __str__(self) -> str:
        return f"{self.symbol} {self.price} ({self.source})"


class Tick(models.Model):
    """Recent quotes per symbol (the feed keeps the last 1,000): the live candle and short charts."""

    symbol = models.CharField(max_length=30)
    price = MoneyField()
    bid = MoneyField()
    ask = MoneyField()
    volume = MoneyField(default=ZERO)
    ts = models.DateTimeField()

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["symbol", "-id"])]

    def __str__(self) -> str:
        return f"{self.symbol} {self.price} @ {self.ts:%H:%M:%S}"
