"""Admin for positions, orders, fills and quotes: the trading ledger, readable but not editable.

Quantities, prices, margin, P&L, fees and funding only change through fills booked by the
execution services; editing them here would break the ledger that cash is reconciled against.
The one write offered is "Close selected positions", which calls ``position_close`` like the UI,
the API and Telegram do.
"""
from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_permission_codename

from accounts.admin import ReadOnlyAdminMixin
from echotrade.exceptions import EchoTradeError
from execution.credentials import credentials_available, encrypt
from execution.models import (
    ExchangeCredential,
    Fill,
    Order,
    Position,
    PriceAlert,
    Quote,
)
from execution.services import position_close
from execution.services.live import (
    exchange_credential_check_replace,
    exchange_credential_delete,
    exchange_credential_errors,
    exchange_credential_store,
)


class FillInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Fill
    fields = ("created_at", "order", "price", "reference_price", "quantity", "fee", "liquidity", "realised_pnl")
    readonly_fields = fields
    extra = 0


class OrderInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Order
    fields = ("created_at", "purpose", "side", "type", "quantity", "price", "trigger_price", "status",
              "filled_quantity", "average_price")
    readonly_fields = fields
    extra = 0
    show_change_link = True


@admin.register(Position)
class PositionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = (
        "id", "account", "trader", "symbol", "side", "status", "quantity", "entry_price", "leverage", "margin",
        "liquidation_price", "unrealised_pnl", "realised_pnl", "fees", "opened_at", "closed_at",
    )
    list_filter = ("status", "side", "account", "trader")
    search_fields = ("symbol", "trader__id", "trader__name", "account__name", "close_reason")
    ordering = ("-created_at", "-id")
    date_hierarchy = "created_at"
    list_select_related = ("account", "trader")
    readonly_fields = (
        "account", "trader", "signal", "symbol", "side", "status", "quantity", "initial_quantity", "entry_price",
        "leverage", "margin", "entry_reserve", "stop_loss", "stop_kind", "breakeven_after", "trailing", "trail_best",
        "targets", "take_profits", "entry_deadline", "liquidation_price", "mark_price", "unrealised_pnl",
        "realised_pnl", "fees", "funding", "net_pnl", "close_reason", "created_at", "opened_at", "closed_at",
        "updated_at",
    )
    inlines = (OrderInline, FillInline)
    actions = ("close_positions",)

    @admin.display(description="Net P&L")
    def net_pnl(self, obj: Position):
        return obj.net_pnl

    def has_close_permission(self, request) -> bool:
        # Closing is the position's one admin write; its fields stay read-only (view-only page).
        return request.user.has_perm(f"{self.opts.app_label}.{get_permission_codename('change', self.opts)}")

    @admin.action(description="Close selected positions", permissions=("close",))
    def close_positions(self, request, queryset):
        closed = 0
        for position in queryset.order_by("id"):
            try:
                # The service says why a position cannot close (already closed, no fresh price...).
                position = position_close(position=position, fraction=1, actor=request.user)
            except EchoTradeError as error:
                self.message_user(request, f"Position #{position.pk}: {error.message}", level=messages.ERROR)
                continue
            closed += 1
        if closed:
            self.message_user(request, f"Closed {closed} position(s) at market.", level=messages.SUCCESS)


@admin.register(Order)
class OrderAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = (
        "id", "created_at", "account", "position", "symbol", "purpose", "side", "type", "quantity", "price",
        "trigger_price", "status", "filled_quantity", "average_price",
    )
    list_filter = ("status", "purpose", "type", "side", "account")
    search_fields = ("symbol", "status_reason", "account__name")
    ordering = ("-created_at", "-id")
    date_hierarchy = "created_at"
    list_select_related = ("account", "position")
    readonly_fields = (
        "account", "position", "symbol", "side", "type", "purpose", "reduce_only", "quantity", "price",
        "trigger_price", "status", "filled_quantity", "average_price", "status_reason", "created_at", "updated_at",
    )
    inlines = (FillInline,)


@admin.register(Fill)
class FillAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = (
        "id", "created_at", "account", "order", "position", "price", "reference_price", "slippage", "quantity",
        "fee", "liquidity", "realised_pnl",
    )
    list_filter = ("liquidity", "account")
    search_fields = ("position__symbol", "account__name")
    ordering = ("-created_at", "-id")
    date_hierarchy = "created_at"
    list_select_related = ("account", "order", "position")
    readonly_fields = (
        "order", "account", "position", "price", "reference_price", "slippage", "quantity", "fee", "liquidity",
        "realised_pnl", "created_at",
    )

    @admin.display(description="Slippage")
    def slippage(self, obj: Fill):
        return obj.slippage


@admin.register(Quote)
class QuoteAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The last price per symbol, as the market-data source recorded it."""

    list_display = ("symbol", "price", "bid", "ask", "change_24h", "volume", "source", "ts")
    list_filter = ("source",)
    search_fields = ("symbol",)
    ordering = ("symbol",)
    readonly_fields = ("symbol", "price", "bid", "ask", "volume", "change_24h", "source", "ts")


@admin.register(PriceAlert)
class PriceAlertAdmin(admin.ModelAdmin):
    list_display = ("id", "account", "symbol", "condition", "price", "active", "triggered_at", "triggered_price", "created_by")
    list_filter = ("active", "condition", "account")
    search_fields = ("symbol", "note", "account__name")
    # Triggering is the monitor's job (price_alerts_check): the admin may add, edit a level or delete.
    readonly_fields = ("triggered_at", "triggered_price", "created_by", "created_at")

    def save_model(self, request, obj, form, change):
        if obj.active:  # re-arming a triggered alert: it fires again on the next crossing
            obj.triggered_at = obj.triggered_price = None
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


class ExchangeCredentialForm(forms.ModelForm):
    """The key fields are write-only: always empty on the page, required to save any change."""

    api_key = forms.CharField(widget=forms.PasswordInput(render_value=False), strip=False, help_text="Never shown again.")
    secret = forms.CharField(widget=forms.PasswordInput(render_value=False), strip=False, help_text="Never shown again.")
    password = forms.CharField(
        widget=forms.PasswordInput(render_value=False), strip=False, required=False,
        help_text="Passphrase, for exchanges that use one (OKX).",
    )

    class Meta:
        model = ExchangeCredential
        fields = ("account", "exchange", "market_type", "sandbox")

    def clean(self):
        """The service's own checks, shown next to the fields instead of failing after submit."""
        data = super().clean()
        account = data.get("account") or getattr(self.instance, "account", None)
        if not credentials_available():
            # Same words as the service: the operator learns which variable to set.
            try:
                encrypt("")
            except EchoTradeError as error:
                raise forms.ValidationError(error.message) from None
        errors = exchange_credential_errors(
            data.get("exchange", ""), data.get("market_type", ""), data.get("api_key", ""), data.get("secret", ""),
            data.get("password", ""),
        )
        for field, messages_ in errors.items():
            if field in self.fields and field not in self.errors:
                self.add_error(field, messages_)
        if account is not None and not errors:
            try:
                exchange_credential_check_replace(
                    account=account, exchange=data["exchange"], market_type=data["market_type"], sandbox=data["sandbox"],
                )
            except EchoTradeError as error:
                raise forms.ValidationError(error.message) from None
        return data


@admin.register(ExchangeCredential)
class ExchangeCredentialAdmin(admin.ModelAdmin):
    """Stored through ``exchange_credential_store`` (validated, encrypted, audited); the ciphertext is never shown."""

    form = ExchangeCredentialForm
    list_display = ("account", "exchange", "market_type", "sandbox", "fingerprint", "updated_at")
    list_filter = ("exchange", "market_type", "sandbox")
    search_fields = ("account__name", "fingerprint")
    list_select_related = ("account",)
    fields = ("account", "exchange", "market_type", "sandbox", "api_key", "secret", "password", "fingerprint", "updated_at")
    readonly_fields = ("fingerprint", "updated_at")

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj is None else ("account", *self.readonly_fields)

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data  # validated by the form with the service's own checks
        credential = exchange_credential_store(
            account=data.get("account") or obj.account, actor=request.user, exchange=data["exchange"],
            market_type=data["market_type"], sandbox=data["sandbox"], api_key=data["api_key"],
            secret=data["secret"], password=data.get("password") or "",
        )
        obj.pk = credential.pk

    def has_delete_permission(self, request, obj=None):
        # A live account's key is in use: it goes back to paper first (the service refuses too).
        if obj is not None and obj.account.mode == "live":
            return False
        return super().has_delete_permission(request, obj)

    def delete_model(self, request, obj):
        exchange_credential_delete(account=obj.account, actor=request.user)

    def delete_queryset(self, request, queryset):
        for credential in queryset.select_related("account"):
            exchange_credential_delete(account=credential.account, actor=request.user)
