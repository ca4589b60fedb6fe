"""Admin for positions, orders, fills and quotes: the trading ledger, readable but not editable.

Quantities, prices, margin, P&L, fees and funding only change through fills booked by the
execution services; editing them here would break the ledger that cash is reconciled against.
The one write offered is "Close selected positions", which calls ``position_close`` like the UI,
the API and Telegram do.
"""
from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.auth import get_permission_codename

from accounts.admin import ReadOnlyAdminMixin
from echotrade.exceptions import EchoTradeError
from execution.models import Fill, Order, Position, PriceAlert, Quote
from execution.services import position_close


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
        "leverage", "margin", "stop_loss", "take_profits", "liquidation_price", "mark_price", "unrealised_pnl",
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
