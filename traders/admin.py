"""Admin for followed traders and each account's follow switch.

Every write goes through ``traders.services``: adding a trader is ``trader_create`` (so every
account follows it), editing is ``trader_update`` (validated and audited), deleting is the soft
``trader_delete`` (signals and positions stay on record), and the follow switch is ``follow_set``.
"""
from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_permission_codename
from django.db.models import Count, Q

from accounts.admin import ReadOnlyAdminMixin
from echotrade.exceptions import EchoTradeError
from signals.services.trader_settings import trader_management_check
from traders.models import (
    Trader,
    TraderAlert,
    TraderAlertRule,
    TraderFollow,
    TraderScore,
)
from traders.services import (
    EDITABLE_FIELDS,
    MANAGEMENT_FIELDS,
    alert_rule_set,
    alert_rule_validate,
    alerts_acknowledge,
    follow_set,
    tokens_normalize,
    trader_create,
    trader_delete,
    trader_update,
)


class TraderForm(forms.ModelForm):
    """Checks the token lists the way the service will, and the trade-management settings with their
    one rule set (``trader_management_check``, as the API and the trader card do), so a bad list or a
    bad combination (custom fractions missing, a sizing mode without its amount) is a form error, not
    a 500 or a stored setting the copy cannot use."""

    class Meta:
        model = Trader
        fields = "__all__"

    def clean(self):
        cleaned = super().clean()
        for name in ("token_whitelist", "token_blacklist"):
            if name in cleaned:
                try:
                    cleaned[name] = tokens_normalize(cleaned[name], name)
                except EchoTradeError as error:
                    self.add_error(name, error.message)
        overlap = set(cleaned.get("token_whitelist") or []) & set(cleaned.get("token_blacklist") or [])
        if overlap:
            self.add_error("token_blacklist", "Also on the whitelist: " + ", ".join(sorted(overlap)))
        self._management_clean(cleaned)
        return cleaned

    def _management_clean(self, cleaned: dict) -> None:
        """A new trader's settings all, an existing one's as changed (its others complete the picture);
        the checked values (normalised fractions, the trailing rule as stored) are what gets saved."""
        new = self.instance._state.adding
        names = MANAGEMENT_FIELDS if new else [name for name in self.changed_data if name in MANAGEMENT_FIELDS]
        changes = {name: cleaned[name] for name in names if name in cleaned}
        if not changes:
            return
        try:
            cleaned.update(trader_management_check(changes, trader=None if new else self.instance))
        except EchoTradeError as error:
            for name, messages_ in (error.fields or {None: [error.message]}).items():
                self.add_error(name if name in self.fields else None, messages_)


class TraderFollowInline(ReadOnlyAdminMixin, admin.TabularInline):
    """Which accounts follow this trader; switch them with the actions on the follows page."""

    model = TraderFollow
    fields = ("account", "enabled", "updated_at")
    readonly_fields = fields
    extra = 0


@admin.register(Trader)
class TraderAdmin(admin.ModelAdmin):
    form = TraderForm
    list_display = (
        "id", "name", "source", "active", "priority", "position_multiplier", "min_confidence", "max_leverage",
        "paper_trade_only", "simulated", "following_accounts", "deleted_at",
    )
    list_filter = (
        "source", "source_status", "active", "paper_trade_only", "simulated", ("deleted_at", admin.EmptyFieldListFilter),
    )
    search_fields = ("id", "name", "handle", "portfolio_id", "notes")
    ordering = ("priority", "name")
    inlines = (TraderFollowInline,)
    actions = ("pause_traders", "resume_traders")  # plus the site-wide delete, which soft-deletes
    fieldsets = (
        (None, {"fields": ("id", "name", "source", "handle", "portfolio_id", "active", "simulated", "notes")}),
        ("Source status", {"fields": ("sharing_positions", "source_status", "source_message", "source_status_at")}),
        ("Copy settings", {"fields": (
            "position_multiplier", "min_confidence", "default_confidence", "max_leverage", "priority",
            "paper_trade_only",
        )}),
        ("Token filter", {"fields": ("token_whitelist", "token_blacklist")}),
        ("Trade management (a signal that states its own overrides these)", {"fields": (
            "tp_strategy", "tp_fractions", "entry_strategy", "entry_fractions", "breakeven_after", "trailing",
            "max_open_trades", "sizing_mode", "fixed_amount", "risk_pct", "cancel_unfilled_after_hours",
            "cancel_if_target_before_entry",
        )}),
        ("Record", {"fields": ("created_at", "updated_at", "deleted_at")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(
            _following=Count("follows", filter=Q(follows__enabled=True))
        )

    @admin.display(description="Following accounts", ordering="_following")
    def following_accounts(self, obj: Trader) -> int:
        return obj._following

    def get_readonly_fields(self, request, obj=None):
        # simulated says where signals come from (set by the demo seeder), not a copy setting; the
        # source status is what the Binance sync last heard.
        readonly = (
            "simulated", "sharing_positions", "source_status", "source_message", "source_status_at",
            "created_at", "updated_at", "deleted_at",
        )
        return readonly if obj is None else ("id", *readonly)

    def save_model(self, request, obj, form, change):
        if change:
            changes = {name: form.cleaned_data[name] for name in form.changed_data if name in EDITABLE_FIELDS}
            if changes:
                trader_update(trader=obj, actor=request.user, **changes)
            return
        settings = {name: form.cleaned_data[name] for name in EDITABLE_FIELDS if name in form.cleaned_data}
        settings.pop("name")
        trader_create(id=obj.id, name=obj.name, actor=request.user, follow_all_accounts=True, **settings)

    # A trader is never removed: its signals (PROTECT) and positions are the record. The delete
    # page and the delete action both end in the soft trader_delete.
    def get_deleted_objects(self, objs, request):
        return [str(obj) for obj in objs], {Trader._meta.verbose_name_plural: len(objs)}, set(), []

    def delete_model(self, request, obj):
        trader_delete(trader=obj, actor=request.user)

    def delete_queryset(self, request, queryset):
        for trader in queryset:
            trader_delete(trader=trader, actor=request.user)

    @admin.action(description="Pause selected traders", permissions=("change",))
    def pause_traders(self, request, queryset):
        paused = 0
        for trader in queryset.filter(active=True):
            trader_update(trader=trader, actor=request.user, active=False)
            paused += 1
        self.message_user(request, f"Paused {paused} trader(s); their signals are recorded and filtered everywhere.")

    @admin.action(description="Resume selected traders", permissions=("change",))
    def resume_traders(self, request, queryset):
        resumed = 0
        for trader in queryset.filter(active=False):
            if trader.deleted_at is not None:
                self.message_user(request, f"{trader} is deleted and stays paused.", level=messages.WARNING)
                continue
            trader_update(trader=trader, actor=request.user, active=True)
            resumed += 1
        self.message_user(request, f"Resumed {resumed} trader(s).")


@admin.register(TraderFollow)
class TraderFollowAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Each account's own switch for each trader. Follows are created with the trader."""

    list_display = ("account", "trader", "enabled", "updated_at")
    list_filter = ("enabled", "account", "trader__source")
    search_fields = ("account__name", "trader__id", "trader__name")
    ordering = ("account__name", "trader__priority", "trader__name")
    list_select_related = ("account", "trader")
    readonly_fields = ("account", "trader", "enabled", "created_at", "updated_at")
    actions = ("enable_follows", "disable_follows")

    # View-only rows (switching off, not deleting, stops copying and keeps the account's choice);
    # the switch itself is the actions below, through follow_set.
    def has_switch_permission(self, request) -> bool:
        return request.user.has_perm(f"{self.opts.app_label}.{get_permission_codename('change', self.opts)}")

    def _switch(self, request, queryset, enabled: bool) -> None:
        for follow in queryset.select_related("account", "trader"):
            follow_set(account=follow.account, trader=follow.trader, enabled=enabled, actor=request.user)
        self.message_user(request, f"Switched {'on' if enabled else 'off'} {queryset.count()} follow(s).")

    @admin.action(description="Switch on selected follows", permissions=("switch",))
    def enable_follows(self, request, queryset):
        self._switch(request, queryset, True)

    @admin.action(description="Switch off selected follows", permissions=("switch",))
    def disable_follows(self, request, queryset):
        self._switch(request, queryset, False)


class TraderAlertRuleForm(forms.ModelForm):
    """Checks a rule the way ``alert_rule_set`` will, so a bad threshold is a form error, not a 500."""

    class Meta:
        model = TraderAlertRule
        fields = ("trader", "kind", "threshold", "window", "auto_pause", "enabled")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") and cleaned.get("threshold") is not None:
            try:
                alert_rule_validate(cleaned["kind"], cleaned["threshold"], cleaned.get("window"))
            except EchoTradeError as error:
                for name, messages_ in (error.fields or {"threshold": [error.message]}).items():
                    self.add_error(name if name in self.fields else None, messages_)
        return cleaned


@admin.register(TraderAlertRule)
class TraderAlertRuleAdmin(admin.ModelAdmin):
    """Alert rules per trader; saving goes through ``alert_rule_set`` (one rule per kind, audited).
    A rule is switched off with ``enabled``, not deleted, so its alerts keep their rule."""

    form = TraderAlertRuleForm
    list_display = ("trader", "kind", "threshold", "window", "auto_pause", "enabled", "updated_at")
    list_filter = ("kind", "auto_pause", "enabled")
    search_fields = ("trader__id", "trader__name")
    list_select_related = ("trader",)

    def get_readonly_fields(self, request, obj=None):
        return ("trader", "kind") if obj is not None else ()

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        rule = alert_rule_set(
            trader=obj.trader, kind=obj.kind, threshold=obj.threshold, window=obj.window,
            auto_pause=obj.auto_pause, enabled=obj.enabled, actor=request.user,
        )
        obj.pk = rule.pk


@admin.register(TraderAlert)
class TraderAlertAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """What the alert rules triggered; written by ``alerts_evaluate`` only."""

    list_display = ("triggered_at", "trader", "kind", "message", "value", "paused_trader", "acknowledged")
    list_filter = ("kind", "paused_trader", "acknowledged")
    search_fields = ("trader__id", "trader__name", "message")
    list_select_related = ("trader",)
    actions = ("acknowledge",)

    def has_acknowledge_permission(self, request) -> bool:
        return request.user.has_perm(f"{self.opts.app_label}.{get_permission_codename('view', self.opts)}")

    @admin.action(description="Acknowledge selected alerts", permissions=("acknowledge",))
    def acknowledge(self, request, queryset):
        count = alerts_acknowledge(alerts=queryset, actor=request.user)
        self.message_user(request, f"Acknowledged {count} alert(s).")


@admin.register(TraderScore)
class TraderScoreAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The leaderboard history the ranking task stores."""

    list_display = ("computed_at", "trader", "score")
    list_filter = ("trader",)
    list_select_related = ("trader",)
