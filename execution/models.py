"""Orders, fills, positions and the last market quote per symbol."""
from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q

from echotrade.fields import ZERO, MoneyField
from execution.market.models import Quote, Tick  # noqa: F401  (Django finds the app's models here)
from execution.credentials import decrypt


class PositionSide(models.TextChoices):
    LONG = "long", "Long"
    SHORT = "short", "Short"


class StopKind(models.TextChoices):
    FIXED = "fixed", "Fixed"
    BREAKEVEN = "breakeven", "Breakeven"
    TRAILING = "trailing", "Trailing"


class Position(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending entry"  # a limit entry that has not filled yet
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"
        LIQUIDATED = "liquidated", "Liquidated"
        CANCELLED = "cancelled", "Cancelled"

    ACTIVE_STATUSES = (Status.PENDING, Status.OPEN)
    # Finished with a fill: a record of P&L. A cancelled entry never filled, so it is neither.
    CLOSED_STATUSES = (Status.CLOSED, Status.LIQUIDATED)

    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="positions")
    trader = models.ForeignKey(
        "traders.Trader", null=True, blank=True, on_delete=models.SET_NULL, related_name="positions"
    )
    signal = models.ForeignKey(
        "signals.Signal", null=True, blank=True, on_delete=models.SET_NULL, related_name="positions"
    )
    symbol = models.CharField(max_length=30, db_index=True)
    side = models.CharField(max_length=5, choices=PositionSide.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    # Where the entry went. Every later order of the position (close, stop, cancel) goes to the
    # same place, even if the account or the trader has been switched between paper and live since.
    venue = models.CharField(
        max_length=10, choices=[("paper", "Paper"), ("live", "Live exchange")], default="paper", editable=False
    )
    quantity = MoneyField(default=ZERO, help_text="Open quantity now.")
    initial_quantity = MoneyField(default=ZERO)
    entry_price = MoneyField(null=True, blank=True)
    leverage = models.PositiveIntegerField(default=1)
    # Isolated margin held for the open quantity (or reserved for a pending entry).
    margin = MoneyField(default=ZERO)
    stop_loss = MoneyField(null=True, blank=True)
    # The target ladder: [{"price", "fraction", "status": "open" | "filled" | "cancelled"}], in
    # order; take_profits repeats the open prices for readers that want only those.
    targets = models.JSONField(default=list, blank=True, help_text="Each target's price, fraction and state, in order.")
    take_profits = models.JSONField(default=list, blank=True, help_text="The open targets' prices, in order.")
    # Stop management (execution/trade_management.py): what moved the stop last, and its rules.
    stop_kind = models.CharField(max_length=10, choices=StopKind.choices, default=StopKind.FIXED)
    breakeven_after = models.PositiveSmallIntegerField(null=True, blank=True)
    trailing = models.JSONField(null=True, blank=True)
    trail_best = MoneyField(null=True, blank=True, help_text="Best price since the trailing stop activated.")
    # Margin (and maker fee) held, inside ``margin``, for entry parts still resting; liquidation
    # is computed on the rest.
    entry_reserve = MoneyField(default=ZERO)
    entry_deadline = models.DateTimeField(null=True, blank=True, help_text="Unfilled entry parts are cancelled then.")
    cancel_if_target_before_entry = models.BooleanField(default=False)
    liquidation_price = MoneyField(null=True, blank=True)
    mark_price = MoneyField(null=True, blank=True)
    unrealised_pnl = MoneyField(default=ZERO)
    realised_pnl = MoneyField(default=ZERO, help_text="Price P&L of the closed part, before fees.")
    fees = MoneyField(default=ZERO)
    funding = MoneyField(default=ZERO, help_text="Funding paid (negative when received).")
    close_reason = models.CharField(max_length=30, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    opened_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(quantity__gte=0), name="position_quantity_not_negative"),
            models.CheckConstraint(condition=Q(margin__gte=0), name="position_margin_not_negative"),
            models.CheckConstraint(condition=Q(leverage__gte=1), name="position_leverage_at_least_1"),
            models.CheckConstraint(
                condition=Q(entry_reserve__gte=0, entry_reserve__lte=models.F("margin")),
                name="position_entry_reserve_within_margin",
            ),
        ]
        indexes = [models.Index(fields=["account", "status"]), models.Index(fields=["symbol", "status"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.account} {self.side} {self.quantity} {self.symbol} ({self.status})"

    @property
    def direction(self) -> int:
        return 1 if self.side == PositionSide.LONG else -1

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    @property
    def notional(self) -> Decimal:
        if self.entry_price is None:
            return ZERO
        return self.quantity * self.entry_price

    @property
    def net_pnl(self) -> Decimal:
        return self.realised_pnl + self.unrealised_pnl - self.fees - self.funding


class Order(models.Model):
    class Side(models.TextChoices):
        BUY = "buy", "Buy"
        SELL = "sell", "Sell"

    class Type(models.TextChoices):
        MARKET = "market", "Market"
        LIMIT = "limit", "Limit"
        STOP = "stop", "Stop market"

    class Purpose(models.TextChoices):
        ENTRY = "entry", "Entry"
        STOP_LOSS = "stop_loss", "Stop loss"
        TAKE_PROFIT = "take_profit", "Take profit"
        CLOSE = "close", "Manual close"
        LIQUIDATION = "liquidation", "Liquidation"

    class Status(models.TextChoices):
        NEW = "new", "New"
        OPEN = "open", "Open"
        PARTIALLY_FILLED = "partially_filled", "Partially filled"
        FILLED = "filled", "Filled"
        CANCELLED = "cancelled", "Cancelled"
        REJECTED = "rejected", "Rejected"

    WORKING_STATUSES = (Status.NEW, Status.OPEN, Status.PARTIALLY_FILLED)
    # The only moves the lifecycle allows; anything else is a bug, not a market event.
    TRANSITIONS = {
        Status.NEW: {Status.OPEN, Status.FILLED, Status.PARTIALLY_FILLED, Status.CANCELLED, Status.REJECTED},
        Status.OPEN: {Status.PARTIALLY_FILLED, Status.FILLED, Status.CANCELLED},
        Status.PARTIALLY_FILLED: {Status.PARTIALLY_FILLED, Status.FILLED, Status.CANCELLED},
        Status.FILLED: set(),
        Status.CANCELLED: set(),
        Status.REJECTED: set(),
    }

    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="orders")
    position = models.ForeignKey(Position, null=True, blank=True, on_delete=models.CASCADE, related_name="orders")
    symbol = models.CharField(max_length=30)
    side = models.CharField(max_length=4, choices=Side.choices)
    type = models.CharField(max_length=10, choices=Type.choices)
    purpose = models.CharField(max_length=20, choices=Purpose.choices)
    reduce_only = models.BooleanField(default=False)
    quantity = MoneyField()
    price = MoneyField(null=True, blank=True, help_text="Limit price.")
    trigger_price = MoneyField(null=True, blank=True, help_text="Stop trigger price.")
    reserved = MoneyField(default=ZERO, help_text="Margin and maker fee held for a resting entry's unfilled part.")
    # A resting reduce-only stop or target held by the exchange itself (live venues that support
    # it), so it protects the position while EchoTrade is down.
    exchange_held = models.BooleanField(default=False)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    filled_quantity = MoneyField(default=ZERO)
    average_price = MoneyField(null=True, blank=True)
    status_reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(quantity__gt=0), name="order_quantity_positive"),
            models.CheckConstraint(
                condition=Q(filled_quantity__gte=0, filled_quantity__lte=models.F("quantity")),
                name="order_filled_within_quantity",
            ),
            models.CheckConstraint(
                condition=~Q(type="limit") | Q(price__gt=0), name="order_limit_has_price"
            ),
            models.CheckConstraint(
                condition=~Q(type="stop") | Q(trigger_price__gt=0), name="order_stop_has_trigger"
            ),
        ]
        indexes = [models.Index(fields=["symbol", "status"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.side} {self.type} {self.quantity} {self.symbol} ({self.status})"

    @property
    def remaining_quantity(self) -> Decimal:
        return self.quantity - self.filled_quantity

    @property
    def is_working(self) -> bool:
        return self.status in self.WORKING_STATUSES


class Fill(models.Model):
    class Liquidity(models.TextChoices):
        MAKER = "maker", "Maker"
        TAKER = "taker", "Taker"

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="fills")
    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="fills")
    position = models.ForeignKey(Position, on_delete=models.CASCADE, related_name="fills")
    price = MoneyField()
    quantity = MoneyField()
    fee = MoneyField()
    liquidity = models.CharField(max_length=5, choices=Liquidity.choices)
    # What the market showed before our own slippage, so its cost stays measurable.
    reference_price = MoneyField(null=True, blank=True)
    realised_pnl = MoneyField(default=ZERO, help_text="Price P&L this fill closed, before fees.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(quantity__gt=0), name="fill_quantity_positive"),
            models.CheckConstraint(condition=Q(price__gt=0), name="fill_price_positive"),
            models.CheckConstraint(condition=Q(fee__gte=0), name="fill_fee_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} @ {self.price} (order #{self.order_id})"

    @property
    def slippage(self) -> Decimal | None:
        if self.reference_price is None:
            return None
        return self.price - self.reference_price


class PriceAlert(models.Model):
    """Tell an account when a symbol's price crosses a level (websocket and, if configured, Telegram)."""
    class Condition(models.TextChoices):
        ABOVE = "above", "Price at or above"
        BELOW = "below", "Price at or below"

    account = models.ForeignKey("accounts.Account", on_delete=models.CASCADE, related_name="price_alerts")
    symbol = models.CharField(max_length=30)
    condition = models.CharField(max_length=5, choices=Condition.choices)
    price = MoneyField()
    note = models.CharField(max_length=200, blank=True)
    active = models.BooleanField(default=True, help_text="Cleared when it triggers: an alert fires once.")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    triggered_at = models.DateTimeField(null=True, blank=True)
    triggered_price = MoneyField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(price__gt=0), name="price_alert_price_positive"),
            models.CheckConstraint(
                condition=Q(active=False) | Q(triggered_at__isnull=True), name="price_alert_active_not_triggered"
            ),
        ]
        indexes = [models.Index(fields=["symbol", "active"])]

    def __str__(self) -> str:
        return f"{self.account} {self.symbol} {self.condition} {self.price}"


class ExchangeCredential(models.Model):
    """The API key an account trades live with, encrypted at rest (execution/credentials.py).

    Only ciphertext and a fingerprint are stored. The plain key is reached through
    ``api_key()``/``secret()``/``password()`` (methods, so no serializer, admin column or
    ``model_to_dict`` picks it up by accident) and only the live adapter calls them.
    """

    class Exchange(models.TextChoices):
        BINANCE = "binance", "Binance"
        BINANCEUSDM = "binanceusdm", "Binance USDⓈ-M futures"
        BYBIT = "bybit", "Bybit"
        OKX = "okx", "OKX"

    class MarketType(models.TextChoices):
        SPOT = "spot", "Spot"
        USDM = "usdm", "USDT-margined futures"

    account = models.OneToOneField("accounts.Account", on_delete=models.CASCADE, related_name="exchange_credential")
    exchange = models.CharField(max_length=20, choices=Exchange.choices)
    market_type = models.CharField(max_length=5, choices=MarketType.choices, default=MarketType.SPOT)
    sandbox = models.BooleanField(default=True, help_text="Trade on the exchange's testnet, not with real money.")
    api_key_encrypted = models.TextField(editable=False)
    secret_encrypted = models.TextField(editable=False)
    password_encrypted = models.TextField(blank=True, editable=False, help_text="Passphrase (OKX); empty when none.")
    fingerprint = models.CharField(max_length=16, editable=False, help_text="SHA-256 prefix of the API key.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(exchange="binanceusdm") | Q(market_type="usdm"),
                name="exchange_credential_binanceusdm_is_usdm",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_exchange_display()} {self.market_type} key {self.fingerprint} ({self.account})"

    def __repr__(self) -> str:
        return f"<ExchangeCredential {self.pk}: {self}>"

    def api_key(self) -> str:
        return decrypt(self.api_key_encrypted)

    def secret(self) -> str:
        return decrypt(self.secret_encrypted)

    def password(self) -> str:
        return decrypt(self.password_encrypted)
