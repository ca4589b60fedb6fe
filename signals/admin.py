"""Admin for signals, per-account decisions, trading windows and blackouts.

Signals and decisions are the record of what happened, so they are read-only here; the one thing
an admin does to a decision is approve or reject a pending one, through the same services as the
approval queue in the UI and the API.
"""
from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.auth import get_permission_codename

from accounts.admin import ReadOnlyAdminMixin
from echotrade.exceptions import EchoTradeError
from signals.models import BlackoutPeriod, Signal, SignalDecision, TradingWindow
from signals.services import (
    blackout_create,
    blackout_delete,
    decision_approve,
    decision_reject,
    trading_window_create,
    trading_window_delete,
)


class DecisionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = SignalDecision
    fields = ("account", "outcome", "reason", "detail", "position", "decided_at", "decided_by")
    readonly_fields = fields
    extra = 0
    show_change_link = True


@admin.register(Signal)
class SignalAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = (
        "id", "received_at", "trader", "symbol", "side", "entry_kind", "leverage", "confidence", "certainty",
        "plausible", "external_id", "duplicate_of",
    )
    list_filter = ("side", "entry_kind", "certainty", "market_checked", "trader__source", "trader")
    search_fields = ("symbol", "external_id", "trader__id", "trader__name")
    ordering = ("-received_at", "-id")
    date_hierarchy = "received_at"
    list_select_related = ("trader", "duplicate_of")
    inlines = (DecisionInline,)

    @admin.display(boolean=True, description="Plausible")
    def plausible(self, signal: Signal) -> bool:
        """False: the guard (signals/guard.py) stopped it; its decisions say which check."""
        return not signal.implausible


@admin.register(SignalDecision)
class SignalDecisionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("id", "created_at", "account", "signal", "outcome", "reason", "position", "decided_by")
    list_filter = ("outcome", "reason", "account")
    search_fields = ("signal__symbol", "signal__trader__id", "signal__trader__name", "detail")
    ordering = ("-created_at", "-id")
    list_select_related = ("account", "signal", "signal__trader", "position", "decided_by")
    readonly_fields = (
        "signal", "account", "outcome", "reason", "detail", "sizing", "position", "created_at", "decided_at",
        "decided_by",
    )
    actions = ("approve_decisions", "reject_decisions")

    def has_approve_permission(self, request) -> bool:
        # Deciding is what "change" means for a decision; its fields themselves never change by hand.
        return request.user.has_perm(f"{self.opts.app_label}.{get_permission_codename('change', self.opts)}")

    def _conclude(self, request, queryset, service, verb: str) -> None:
        done: dict[str, int] = {}
        skipped = 0
        for decision in queryset.order_by("created_at", "id"):
            if decision.outcome != SignalDecision.Outcome.PENDING:
                skipped += 1
                continue
            try:
                decision = service(decision=decision, actor=request.user)
            except EchoTradeError as error:
                self.message_user(request, f"Decision #{decision.pk}: {error.message}", level=messages.ERROR)
                continue
            done[decision.outcome] = done.get(decision.outcome, 0) + 1
        if done:
            # An approval runs the checks again, so an approved signal may still end up filtered.
            outcomes = ", ".join(f"{count} {outcome}" for outcome, count in sorted(done.items()))
            self.message_user(request, f"{verb} {sum(done.values())} decision(s): {outcomes}.")
        if skipped:
            self.message_user(request, f"Skipped {skipped} decision(s) that were not pending.", level=messages.WARNING)

    @admin.action(description="Approve selected pending decisions", permissions=("approve",))
    def approve_decisions(self, request, queryset):
        self._conclude(request, queryset, decision_approve, "Approved")

    @admin.action(description="Reject selected pending decisions", permissions=("approve",))
    def reject_decisions(self, request, queryset):
        self._conclude(request, queryset, decision_reject, "Rejected")


class AddOrDeleteOnlyMixin:
    """Time rules are added and removed (both audited by their services), never edited in place."""

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset.select_related("account"):
            self.delete_model(request, obj)


@admin.register(TradingWindow)
class TradingWindowAdmin(AddOrDeleteOnlyMixin, admin.ModelAdmin):
    list_display = ("account", "weekdays", "start_time", "end_time")
    list_filter = ("account",)
    search_fields = ("account__name",)
    ordering = ("account__name", "start_time")
    list_select_related = ("account",)

    def save_model(self, request, obj, form, change):
        window = trading_window_create(
            account=obj.account, start_time=obj.start_time, end_time=obj.end_time, weekdays=obj.weekdays,
            actor=request.user,
        )
        obj.pk = window.pk

    def delete_model(self, request, obj):
        trading_window_delete(window=obj, actor=request.user)


@admin.register(BlackoutPeriod)
class BlackoutPeriodAdmin(AddOrDeleteOnlyMixin, admin.ModelAdmin):
    list_display = ("account", "starts_at", "ends_at", "reason")
    list_filter = ("account",)
    search_fields = ("account__name", "reason")
    ordering = ("-starts_at",)
    date_hierarchy = "starts_at"
    list_select_related = ("account",)

    def save_model(self, request, obj, form, change):
        blackout = blackout_create(
            account=obj.account, starts_at=obj.starts_at, ends_at=obj.ends_at, reason=obj.reason, actor=request.user
        )
        obj.pk = blackout.pk

    def delete_model(self, request, obj):
        blackout_delete(blackout=obj, actor=request.user)
