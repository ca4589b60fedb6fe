"""Trade signals, each account's decision about them, and the time rules decisions obey."""
from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q

from echotrade.fields import LeverageField, MoneyField, RatioField, decimal_text
from signals.rules import Outcome as DecisionOutcome
from signals.rules import Reason as DecisionReason


class Side(models.TextChoices):
    LONG = "long", "Long"
    SHORT = "short", "Short"


class Signal(models.Model):
    class EntryKind(models.TextChoices):
        MARKET = "market", "Market"
        PRICE = "price", "Single price"
        ZONE = "zone", "Zone"

    class Certainty(models.TextChoices):
        HIGH = "high", "High"
        LOW = "low", "Low: waits for a person"

    trader = models.ForeignKey("traders.Trader", on_delete=models.PROTECT, related_name="signals")
    symbol = models.CharField(max_length=30, db_index=True)
    side = models.CharField(max_length=5, choices=Side.choices)
    entry_kind = models.CharField(max_length=10, choices=EntryKind.choices, default=EntryKind.MARKET)
    # A single price is stored as low == high.
    entry_low = MoneyField(null=True, blank=True)
    entry_high = MoneyField(null=True, blank=True)
    stop_loss = MoneyField(null=True, blank=True)
    take_profits = models.JSONField(default=list, blank=True, help_text="Prices as decimal strings, in order.")
    # How the source says to manage the trade (the trade-management issue acts on these).
    entries = models.JSONField(
        default=list, blank=True,
        help_text="Every entry price the source named, ascending, as decimal strings: one price, a zone's two "
        "ends or a ladder; empty for a market entry. entry_low/entry_high span them.",
    )
    entry_allocations = models.JSONField(
        null=True, blank=True, help_text="Fraction of the position per entry (as entries), summing to 1; null: none given."
    )
    take_profit_allocations = models.JSONField(
        null=True, blank=True, help_text="Fraction of the position per target (as take_profits), summing to 1."
    )
    breakeven_after = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Move the stop to the entry once this target (1 = the first) is hit."
    )
    trailing = models.JSONField(
        null=True, blank=True, help_text='A trailing stop the source states, e.g. {"kind": "percent_below_highest", '
        '"callback_pct": "1.5", "activate_after_target": 1}.',
    )
    # Whole leverage reads back as an int; 12.5x is kept as stated (the copy trades at 12x).
    leverage = LeverageField(default=1)
    confidence = RatioField()
    external_id = models.CharField(max_length=200)
    # A repeat delivery of (trader, external_id) is kept as its own row pointing at the original,
    # with a "duplicate" decision per account: it is on record and executes nothing.
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="duplicates"
    )
    raw = models.JSONField(default=dict, blank=True, help_text="The payload or text as the source sent it.")
    # How sure the parser is of what it read (Telegram): a low-certainty signal waits for a person.
    certainty = models.CharField(max_length=4, choices=Certainty.choices, default=Certainty.HIGH)
    certainty_reasons = models.JSONField(
        default=list, blank=True, help_text="Why the parse is uncertain: [{code, detail}]."
    )
    # The plausibility guard (signals/guard.py): a signal that failed it is kept and executes nothing.
    guard_failures = models.JSONField(
        default=list, blank=True, help_text="The guard checks the signal failed: [{check, field, detail}]."
    )
    market_checked = models.BooleanField(
        default=True, help_text="Whether the checks against the market price have run (they wait for a price)."
    )
    guard_note = models.CharField(max_length=300, blank=True, help_text="What the guard could not check, and when it did.")
    source_time = models.DateTimeField(null=True, blank=True, help_text="When the source published it.")
    received_at = models.DateTimeField(auto_now_add=True, db_index=True)
    decided_at = models.DateTimeField(null=True, blank=True, help_text="When every following account had a decision.")
    # How long the copy took across the desk: the first and the last entry fill of its copies.
    first_fill_at = models.DateTimeField(null=True, blank=True)
    last_fill_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["trader", "external_id"],
                condition=Q(duplicate_of__isnull=True),
                name="signal_unique_trader_external_id",
            ),
            models.CheckConstraint(condition=Q(leverage__gte=1), name="signal_leverage_at_least_1"),
            models.CheckConstraint(condition=Q(confidence__gte=0, confidence__lte=1), name="signal_confidence_0_1"),
            models.CheckConstraint(
                condition=Q(entry_kind="market", entry_low__isnull=True, entry_high__isnull=True)
                | Q(entry_kind__in=["price", "zone"], entry_low__gt=0, entry_high__gte=models.F("entry_low")),
                name="signal_entry_consistent",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.trader_id} {self.side} {self.symbol}"

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of_id is not None

    @property
    def take_profit_prices(self) -> list[Decimal]:
        return [Decimal(p) for p in self.take_profits]

    @property
    def stop_loss_text(self) -> str:
        """The stop as the source wrote it (66000, not 66000.00000000), or "" without one."""
        return decimal_text(self.stop_loss) if self.stop_loss is not None else ""

    @property
    def entry_prices(self) -> list[Decimal]:
        return [Decimal(p) for p in self.entries]

    @property
    def implausible(self) -> bool:
        return bool(self.guard_failures)

    @property
    def needs_review(self) -> bool:
        return self.certainty == self.Certainty.LOW


class SignalDecision(models.Model):
    """What one account did with one signal, and why."""

    # Defined with the screening that decides them (signals/rules.py); the names stay here too.
    Outcome = DecisionOutcome
    Reason = DecisionReason

    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="decisions")
    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="decisions")
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    reason = models.CharField(max_length=40, choices=Reason.choices, null=True, blank=True)
    detail = models.CharField(max_length=300, blank=True, help_text="The numbers behind the outcome.")
    sizing = models.JSONField(null=True, blank=True, help_text="How the position size was reached.")
    position = models.ForeignKey(
        "execution.Position", null=True, blank=True, on_delete=models.SET_NULL, related_name="decisions"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="Who approved or rejected a pending decision.",
    )

    class Meta:
        ordering = ["-created_at", "account__name"]
        constraints = [
            models.UniqueConstraint(fields=["signal", "account"], name="decision_unique_signal_account"),
        ]
        indexes = [models.Index(fields=["account", "outcome"])]

    def __str__(self) -> str:
        return f"{self.account} {self.outcome} signal #{self.signal_id}"


class TradingWindow(models.Model):
    """When an account takes new signals (UTC). An account without windows trades at any time."""

    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="trading_windows")
    weekdays = models.JSONField(default=list, help_text="0 = Monday … 6 = Sunday; empty means every day.")
    start_time = models.TimeField()
    end_time = models.TimeField(help_text="A window may run past midnight (22:00–02:00).")

    class Meta:
        ordering = ["account", "start_time"]

    def __str__(self) -> str:
        return f"{self.account}: {self.start_time:%H:%M}–{self.end_time:%H:%M} UTC"


class BlackoutPeriod(models.Model):
    """A stretch of time in which an account takes no new signals (news, high volatility)."""

    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="blackouts")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    reason = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="blackout_ends_after_start"),
        ]

    def __str__(self) -> str:
        return f"{self.account}: blackout {self.starts_at:%Y-%m-%d %H:%M}–{self.ends_at:%H:%M}"
