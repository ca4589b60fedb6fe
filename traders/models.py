"""Followed traders (signal sources) and each account's own follow switch for them."""
from __future__ import annotations

from decimal import Decimal

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q

from accounts.models import SizingMode
from echotrade.fields import MoneyField, RatioField
from echotrade.limits import MAX_LEVERAGE, MIN_LEVERAGE, TRADER_MULTIPLIER_MAX, TRADER_MULTIPLIER_MIN


# Binance's lead portfolio ids are long decimal numbers (e.g. 3812345678901234567); empty: not a
# binance_copy trader (the pattern allows it so the API schema says so too).
PORTFOLIO_ID_VALIDATOR = RegexValidator(
    r"^(?:[0-9]{6,32})?$", "A lead portfolio id is 6 to 32 digits, as in the lead's copy-trading page address."
)


class TargetStrategy(models.TextChoices):
    EVEN = "even", "Even"
    FIRST_HEAVY = "first_heavy", "Half on the first target"
    DECREASING = "decreasing", "Each target half the one before"
    CUSTOM = "custom", "Custom fractions"


class EntryStrategy(models.TextChoices):
    EVEN = "even", "Even"
    DECREASING = "decreasing", "Most at the first entry"
    INCREASING = "increasing", "Most at the last entry"
    CUSTOM = "custom", "Custom fractions"


class Trader(models.Model):
    class Source(models.TextChoices):
        BINANCE = "binance", "Binance leaderboard"
        BINANCE_COPY = "binance_copy", "Binance copy trading"
        TELEGRAM = "telegram", "Telegram"
        TRADINGVIEW = "tradingview", "TradingView"
        MANUAL = "manual", "Manual"
        BOT = "bot", "Strategy bot"

    class SourceStatus(models.TextChoices):
        """How the trader's source answered its last sync (the Binance sources set it)."""

        UNKNOWN = "", "Not checked"
        OK = "ok", "Answering"
        LOGIN_REQUIRED = "login_required", "Binance requires a login"

    id = models.SlugField(max_length=64, primary_key=True, help_text="Stable slug, e.g. yun_qiang.")
    name = models.CharField(max_length=100)
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.MANUAL)
    handle = models.CharField(
        max_length=200, blank=True, help_text="Leaderboard UID, Telegram @user or chat id, TradingView user."
    )
    active = models.BooleanField(default=True)
    position_multiplier = RatioField(default=Decimal("1"))
    min_confidence = RatioField(default=Decimal("0.7"))
    max_leverage = models.PositiveIntegerField(default=5)
    # Entries are a base ("BTC", any quote) or a pair ("BTC/USDT").
    token_whitelist = models.JSONField(default=list, blank=True)
    token_blacklist = models.JSONField(default=list, blank=True)
    paper_trade_only = models.BooleanField(default=True, help_text="Never reaches a live exchange.")
    priority = models.PositiveIntegerField(default=10, help_text="1 is the highest.")
    default_confidence = RatioField(
        default=Decimal("0.8"), help_text="Confidence given to this source's signals that carry none."
    )
    simulated = models.BooleanField(default=False, help_text="Its signal stream is simulated (demo data).")
    # SHA-256 of the TradingView webhook passphrase: compared in constant time, never stored in clear.
    webhook_secret_hash = models.CharField(max_length=64, blank=True, editable=False)
    # Binance copy trading: the lead portfolio followed (the number in .../copy-trading/lead-details/<id>).
    portfolio_id = models.CharField(
        max_length=32, blank=True, validators=[PORTFOLIO_ID_VALIDATOR],
        help_text="Binance copy-trading lead portfolio id (binance_copy traders), digits only.",
    )
    # Binance leaderboard / copy trading: whether the trader currently shares positions (None: not checked yet).
    sharing_positions = models.BooleanField(null=True, blank=True)
    # Whether the source answered the last sync, what it said when it refused (shown on the card),
    # and since when: the sync writes these only when the status changes, not on every run.
    source_status = models.CharField(
        max_length=20, choices=SourceStatus.choices, blank=True, default=SourceStatus.UNKNOWN, editable=False
    )
    source_message = models.CharField(max_length=300, blank=True, editable=False)
    source_status_at = models.DateTimeField(null=True, blank=True, editable=False)
    # How a copy of this trader's signals is managed (execution/trade_management.py); a signal that states
    # its own allocations, breakeven or trailing overrides these.
    tp_strategy = models.CharField(
        max_length=12, choices=TargetStrategy.choices, default=TargetStrategy.EVEN,
        help_text="How the position is shared over the targets when the signal does not say.",
    )
    tp_fractions = models.JSONField(default=list, blank=True, help_text="The custom strategy's fractions, e.g. [0.5, 0.3, 0.2].")
    entry_strategy = models.CharField(
        max_length=12, choices=EntryStrategy.choices, default=EntryStrategy.EVEN,
        help_text="How the position is shared over a zone's ends or a ladder of entries.",
    )
    entry_fractions = models.JSONField(default=list, blank=True, help_text="The custom strategy's fractions.")
    breakeven_after = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Move the stop to the entry plus fees once this target fills (1 = the first)."
    )
    trailing = models.JSONField(
        null=True, blank=True, help_text='{"kind": "percent_below_highest", "callback_pct": 1.5, '
        '"activate_after_target": 1} or {"kind": "moving_target"}; empty: no trailing stop.',
    )
    max_open_trades = models.PositiveIntegerField(
        null=True, blank=True, help_text="Open copies of this trader an account may hold at once; empty: no limit."
    )
    sizing_mode = models.CharField(
        max_length=20, blank=True, choices=SizingMode.choices, help_text="Overrides the account's sizing mode; empty: the account's."
    )
    fixed_amount = MoneyField(null=True, blank=True, help_text="Overrides the account's fixed amount.")
    risk_pct = RatioField(null=True, blank=True, help_text="Overrides the account's risk percentage.")
    cancel_unfilled_after_hours = models.PositiveIntegerField(
        null=True, blank=True, help_text="Cancel entry parts still unfilled this many hours after the signal."
    )
    cancel_if_target_before_entry = models.BooleanField(
        default=False, help_text="Withdraw the whole entry when the first target trades before any part fills."
    )
    notes = models.TextField(blank=True)
    # Deleting a trader keeps its signals and positions for the record: the row is hidden, not removed.
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["priority", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(position_multiplier__gte=TRADER_MULTIPLIER_MIN, position_multiplier__lte=TRADER_MULTIPLIER_MAX),
                name="trader_position_multiplier_range",
            ),
            models.CheckConstraint(
                condition=Q(min_confidence__gte=0, min_confidence__lte=1), name="trader_min_confidence_0_1"
            ),
            models.CheckConstraint(
                condition=Q(default_confidence__gte=0, default_confidence__lte=1),
                name="trader_default_confidence_0_1",
            ),
            models.CheckConstraint(
                condition=Q(max_leverage__gte=MIN_LEVERAGE, max_leverage__lte=MAX_LEVERAGE), name="trader_max_leverage_1_125"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.id})"


class TraderFollow(models.Model):
    """An account's own on/off switch for one trader."""

    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="follows")
    trader = models.ForeignKey(Trader, on_delete=models.CASCADE, related_name="follows")
    enabled = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["account", "trader"], name="follow_unique_account_trader")]

    def __str__(self) -> str:
        return f"{self.account} follows {self.trader_id} ({'on' if self.enabled else 'off'})"


class TraderSnapshot(models.Model):
    """A trader's record on one UTC day, across every account that copies it."""

    trader = models.ForeignKey(Trader, on_delete=models.CASCADE, related_name="snapshots")
    day = models.DateField()
    signals = models.PositiveIntegerField(default=0)
    executed = models.PositiveIntegerField(default=0)
    closed_trades = models.PositiveIntegerField(default=0)
    wins = models.PositiveIntegerField(default=0)
    realised_pnl = models.DecimalField(max_digits=28, decimal_places=8, default=0)
    net_pnl = models.DecimalField(max_digits=28, decimal_places=8, default=0)
    taken_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["trader", "day"]
        constraints = [models.UniqueConstraint(fields=["trader", "day"], name="trader_snapshot_unique_day")]

    def __str__(self) -> str:
        return f"{self.trader_id} {self.day}"


class LeaderboardSnapshot(models.Model):
    """A Binance trader's shared positions as last fetched (leaderboard or copy-trading lead
    portfolio), to diff the next fetch against."""

    trader = models.ForeignKey(Trader, on_delete=models.CASCADE, related_name="leaderboard_snapshots")
    taken_at = models.DateTimeField(auto_now_add=True, db_index=True)
    sharing = models.BooleanField(default=True)
    positions = models.JSONField(default=list, help_text="[{symbol, side, quantity, entry_price, leverage, ...}]")

    class Meta:
        ordering = ["-taken_at", "-id"]

    def __str__(self) -> str:
        return f"{self.trader_id} @ {self.taken_at:%Y-%m-%d %H:%M} ({len(self.positions)} positions)"


class TraderAlertRule(models.Model):
    """One alert condition on a trader's record; at most one rule of each kind per trader.

    ``threshold`` by kind: ``drawdown`` a fraction of the copying accounts' capital (0.02 = the
    trader's copies are 2 % below their peak), ``win_rate`` a fraction (0.6), ``consecutive_losses``
    a whole number of closed copies. ``window`` is the number of latest closed copies the win
    rate is measured over (the other kinds ignore it).
    """

    class Kind(models.TextChoices):
        DRAWDOWN = "drawdown", "Drawdown beyond"
        WIN_RATE = "win_rate", "Win rate below"
        CONSECUTIVE_LOSSES = "consecutive_losses", "Consecutive losses"

    trader = models.ForeignKey(Trader, on_delete=models.CASCADE, related_name="alert_rules")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    threshold = RatioField()
    window = models.PositiveIntegerField(null=True, blank=True, help_text="Latest closed copies (win rate).")
    auto_pause = models.BooleanField(default=False, help_text="Switch the trader off when the rule triggers.")
    enabled = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["trader", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["trader", "kind"], name="alert_rule_unique_trader_kind"),
            models.CheckConstraint(condition=Q(threshold__gt=0), name="alert_rule_threshold_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.trader_id}: {self.get_kind_display()} {self.threshold}"


class TraderAlert(models.Model):
    """A rule that triggered: what it measured, and whether it switched the trader off."""

    rule = models.ForeignKey(TraderAlertRule, null=True, blank=True, on_delete=models.SET_NULL, related_name="alerts")
    trader = models.ForeignKey(Trader, on_delete=models.CASCADE, related_name="alerts")
    kind = models.CharField(max_length=20, choices=TraderAlertRule.Kind.choices)
    triggered_at = models.DateTimeField(auto_now_add=True, db_index=True)
    message = models.CharField(max_length=500)
    value = models.DecimalField(max_digits=20, decimal_places=8, null=True, blank=True)
    paused_trader = models.BooleanField(default=False)
    acknowledged = models.BooleanField(default=False)

    class Meta:
        ordering = ["-triggered_at", "-id"]

    def __str__(self) -> str:
        return f"{self.trader_id} {self.kind} @ {self.triggered_at:%Y-%m-%d %H:%M}"


class TraderScore(models.Model):
    """One entry of the leaderboard as the ranking task computed it (the latest per trader counts)."""

    trader = models.ForeignKey(Trader, on_delete=models.CASCADE, related_name="scores")
    computed_at = models.DateTimeField(db_index=True)
    score = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    components = models.JSONField(default=dict)

    class Meta:
        ordering = ["-computed_at", "-id"]
        indexes = [models.Index(fields=["trader", "-computed_at"])]

    def __str__(self) -> str:
        return f"{self.trader_id} {self.score} @ {self.computed_at:%Y-%m-%d %H:%M}"


# Imported here, not at the top, so this block can be appended without touching the header.
import uuid

from django.conf import settings


class BacktestJob(models.Model):
    """One run of a trader backtest: its parameters, progress and result (analytics/backtests/trader_replay.py)."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    trader = models.ForeignKey(Trader, on_delete=models.CASCADE, related_name="backtests")
    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="backtests")
    parameters = models.JSONField(default=dict, help_text="{days, initial_capital} as requested.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    progress = models.PositiveSmallIntegerField(default=0)
    result = models.JSONField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(progress__lte=100), name="backtestjob_progress_0_100"),
        ]

    def __str__(self) -> str:
        return f"backtest {self.trader_id} on {self.account_id} ({self.status})"
