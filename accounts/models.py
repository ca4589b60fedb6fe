"""Paper (and later live) accounts, who may use them, and the append-only audit log."""
from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q

from echotrade.fields import MoneyField, RatioField


class SizingMode(models.TextChoices):
    PERCENT_EQUITY = "percent_equity", "Percent of equity"
    FIXED_AMOUNT = "fixed_amount", "Fixed amount"
    RISK_PERCENT = "risk_percent", "Risk percent at the stop"


class Account(models.Model):
    class Mode(models.TextChoices):
        PAPER = "paper", "Paper"
        LIVE = "live", "Live"

    name = models.SlugField(max_length=50, unique=True)
    description = models.CharField(max_length=200, blank=True)
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.PAPER)
    quote_currency = models.CharField(max_length=10, default="USDT")
    starting_balance = MoneyField(default=Decimal("100000"))
    # Free wallet balance: starting balance + realised P&L - fees - funding - margin in use.
    cash = MoneyField(default=Decimal("100000"))

    # Risk profile
    min_confidence = RatioField(default=Decimal("0.75"))
    risk_multiplier = RatioField(default=Decimal("1"))
    max_leverage = models.PositiveIntegerField(default=20)
    max_open_positions = models.PositiveIntegerField(default=10)
    base_position_pct = RatioField(default=Decimal("0.02"))
    max_position_pct = RatioField(default=Decimal("0.10"))
    daily_loss_limit_pct = RatioField(default=Decimal("0.05"))
    approval_required = models.BooleanField(
        default=False, help_text="Signals that pass every filter wait in the approval queue."
    )
    # How a copy is sized (execution/sizing.py); a trader may override the mode and its amount.
    sizing_mode = models.CharField(
        max_length=20, choices=SizingMode.choices, default=SizingMode.PERCENT_EQUITY,
        help_text="percent_equity: base_position_pct of equity; fixed_amount: a fixed notional; "
        "risk_percent: the size at which the stop loses risk_pct of equity, fees included.",
    )
    fixed_amount = MoneyField(
        null=True, blank=True, help_text="Notional per copy in the quote currency, for fixed_amount sizing."
    )
    risk_pct = RatioField(
        null=True, blank=True, help_text="Share of equity a copy may lose at its stop (0.01 = 1 %), for risk_percent sizing."
    )
    default_stop_pct = RatioField(
        null=True, blank=True,
        help_text="A signal without a stop gets one this far from the entry (0.03 = 3 %); empty: none.",
    )
    require_stop_loss = models.BooleanField(
        default=False, help_text="Filter signals that carry no stop loss (reason no_stop_loss)."
    )
    copy_priority = models.PositiveIntegerField(
        default=100, help_text="Accounts are decided in this order (1 first), so the main account fills first."
    )

    # Paper exchange model: Binance USD-M futures' default fees, and a slippage model.
    taker_fee_rate = RatioField(default=Decimal("0.0005"))
    maker_fee_rate = RatioField(default=Decimal("0.0002"))
    slippage_bps = RatioField(default=Decimal("2"), help_text="Basis points paid on every market fill.")

    # Emergency switch and global overrides (the risk page's controls)
    paused = models.BooleanField(default=False)
    paused_reason = models.CharField(max_length=200, blank=True)
    global_position_multiplier = RatioField(default=Decimal("1"))
    confidence_threshold_override = RatioField(null=True, blank=True)
    max_positions_override = models.PositiveIntegerField(null=True, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(starting_balance__gt=0), name="account_starting_balance_positive"),
            models.CheckConstraint(
                condition=Q(min_confidence__gte=0, min_confidence__lte=1), name="account_min_confidence_0_1"
            ),
            models.CheckConstraint(condition=Q(risk_multiplier__gt=0), name="account_risk_multiplier_positive"),
            models.CheckConstraint(condition=Q(max_leverage__gte=1), name="account_max_leverage_at_least_1"),
            models.CheckConstraint(
                condition=Q(base_position_pct__gt=0, base_position_pct__lte=1), name="account_base_position_pct_0_1"
            ),
            models.CheckConstraint(
                condition=Q(max_position_pct__gt=0, max_position_pct__lte=1), name="account_max_position_pct_0_1"
            ),
            models.CheckConstraint(
                condition=Q(daily_loss_limit_pct__gt=0, daily_loss_limit_pct__lte=1),
                name="account_daily_loss_limit_pct_0_1",
            ),
            models.CheckConstraint(
                condition=Q(global_position_multiplier__gt=0), name="account_global_multiplier_positive"
            ),
            models.CheckConstraint(
                condition=Q(fixed_amount__isnull=True) | Q(fixed_amount__gt=0), name="account_fixed_amount_positive"
            ),
            models.CheckConstraint(
                condition=Q(risk_pct__isnull=True) | Q(risk_pct__gt=0, risk_pct__lte=Decimal("0.5")),
                name="account_risk_pct_0_50",
            ),
            models.CheckConstraint(
                condition=Q(default_stop_pct__isnull=True) | Q(default_stop_pct__gt=0, default_stop_pct__lt=1),
                name="account_default_stop_pct_0_1",
            ),
            models.CheckConstraint(
                condition=Q(confidence_threshold_override__isnull=True)
                | Q(confidence_threshold_override__gte=0, confidence_threshold_override__lte=1),
                name="account_confidence_override_0_1",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def effective_min_confidence(self) -> Decimal:
        if self.confidence_threshold_override is not None:
            return self.confidence_threshold_override
        return self.min_confidence

    @property
    def effective_max_positions(self) -> int:
        if self.max_positions_override is not None:
            return self.max_positions_override
        return self.max_open_positions


class Membership(models.Model):
    """Which user may see an account, and whether they may act on it."""

    class Role(models.TextChoices):
        VIEWER = "viewer", "Viewer (read only)"
        TRADER = "trader", "Trader (may act)"
        OWNER = "owner", "Owner (may act and change risk settings)"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.TRADER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "account"], name="membership_unique_user_account")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.account} ({self.role})"

    @property
    def can_act(self) -> bool:
        return self.role in {self.Role.TRADER, self.Role.OWNER}


class PerformanceSnapshot(models.Model):
    """An account's money at one moment (daily by beat; also on demand): the equity curve."""

    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="snapshots")
    taken_at = models.DateTimeField(db_index=True)
    day = models.DateField(help_text="The UTC day a daily snapshot stands for.")
    kind = models.CharField(max_length=10, choices=[("daily", "Daily"), ("intraday", "Intraday")], default="daily")
    equity = models.DecimalField(max_digits=28, decimal_places=8)
    cash = models.DecimalField(max_digits=28, decimal_places=8)
    margin_used = models.DecimalField(max_digits=28, decimal_places=8)
    unrealised_pnl = models.DecimalField(max_digits=28, decimal_places=8)
    realised_pnl = models.DecimalField(max_digits=28, decimal_places=8)
    fees = models.DecimalField(max_digits=28, decimal_places=8)
    funding = models.DecimalField(max_digits=28, decimal_places=8)
    open_positions = models.PositiveIntegerField()

    class Meta:
        ordering = ["account", "taken_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "day"], condition=models.Q(kind="daily"), name="snapshot_one_daily_per_account_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.account} {self.day} equity {self.equity}"


class NotificationSetting(models.Model):
    """What an account is told about, and where: its own chat, address or webhooks, or the server's.

    A channel with no destination of its own here uses the server's (TELEGRAM_ALERT_CHAT_ID,
    ALERT_EMAIL_TO, DISCORD_WEBHOOK_URL, SLACK_WEBHOOK_URL). Webhook URLs are secrets: they are
    written here and used by the sender, never shown back in full (``secret_hint``). Changed only
    through ``accounts.notifications.notification_setting_update``, which validates every value.
    """

    class Event(models.TextChoices):
        FILL = "fill", "Fills"
        STOP = "stop", "Stops moved or hit"
        LIQUIDATION = "liquidation", "Liquidations"
        ALERT = "alert", "Alerts (trader and price)"
        AUTO_PAUSE = "auto_pause", "Auto-pauses"
        DAILY_SUMMARY = "daily_summary", "Daily summary"

    class Channel(models.TextChoices):
        TELEGRAM = "telegram", "Telegram"
        EMAIL = "email", "Email"
        DISCORD = "discord", "Discord"
        SLACK = "slack", "Slack"

    account = models.OneToOneField(Account, on_delete=models.CASCADE, related_name="notification_setting")
    events = models.JSONField(default=list, blank=True, help_text="Event names (NotificationSetting.Event).")
    channels = models.JSONField(default=list, blank=True, help_text="Channel names (NotificationSetting.Channel).")
    telegram_chat_id = models.CharField(max_length=64, blank=True)
    email = models.EmailField(blank=True)
    discord_webhook_url = models.CharField(max_length=500, blank=True)
    slack_webhook_url = models.CharField(max_length=500, blank=True)
    # The UTC day whose summary was last sent: the daily task claims a day with a conditional UPDATE.
    summary_sent_for = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Notifications of {self.account}"

    def destination(self, channel: str) -> str:
        """The account's own destination on ``channel``; empty means the server's."""
        return {
            self.Channel.TELEGRAM: self.telegram_chat_id, self.Channel.EMAIL: self.email,
            self.Channel.DISCORD: self.discord_webhook_url, self.Channel.SLACK: self.slack_webhook_url,
        }.get(channel, "")
