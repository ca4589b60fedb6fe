"""Admin for accounts, memberships and the audit log.

Money never moves here: cash and the starting balance are read-only, the emergency switch is an
action that calls the pause/resume services, and risk edits go through ``account_update_risk`` so
they are validated and audited exactly as from the API. The audit log can be read, never changed.
"""
from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.utils.html import format_html

from accounts.models import Account, Membership
from accounts.services import (
    RISK_FIELDS,
    account_create_errors,
    account_pause,
    account_resume,
    account_risk_errors,
    account_update_risk,
    membership_grant,
    membership_revoke,
)
from echotrade.models import AuditEvent
from execution.selectors import account_summary
from operations.services import account_open

admin.site.site_header = "EchoTrade admin"
admin.site.site_title = "EchoTrade admin"

ADMIN_PAUSE_REASON = "Emergency pause from the admin"


class ReadOnlyAdminMixin:
    """View-only pages for rows the pipeline writes (signals, fills, the audit log), never a person.

    Viewing stays permission-based (view or change permission; superusers always).
    """

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class MembershipInline(ReadOnlyAdminMixin, admin.TabularInline):
    """Who may use the account; grants go through the Membership page (membership_grant)."""

    model = Membership
    fields = ("user", "role", "created_at")
    readonly_fields = fields
    extra = 0
    show_change_link = True


class AccountAdminForm(forms.ModelForm):
    def clean(self):
        """The service's own checks, shown on the form (save_model may not fail): for a new account
        ``account_create``'s, for an existing one ``account_update_risk``'s, whose rules across fields
        (a sizing mode needs its amount) read the account's other values."""
        cleaned = super().clean()
        if self.instance.pk is None:
            fields = {name: cleaned[name] for name in ("name", "starting_balance", *RISK_FIELDS) if name in cleaned}
            problems = account_create_errors(fields)
        else:
            changed = {name: cleaned[name] for name in self.changed_data if name in RISK_FIELDS and name in cleaned}
            problems = account_risk_errors(changed, account=self.instance)
        for field, errors in problems.items():
            self.add_error(field if field in self.fields else None, errors)
        return cleaned


@admin.register(Account)
class AccountAdmin(admin.ModelAdmin):
    form = AccountAdminForm
    list_display = (
        "name", "mode", "quote_currency", "cash", "starting_balance", "min_confidence", "risk_multiplier",
        "max_leverage", "max_open_positions", "approval_required", "paused",
    )
    list_filter = ("mode", "paused", "approval_required")
    search_fields = ("name", "description")
    ordering = ("name",)
    inlines = (MembershipInline,)
    actions = ("pause_accounts", "resume_accounts")
    fieldsets = (
        (None, {"fields": ("name", "description", "mode", "quote_currency")}),
        ("Money (moves only through trades)", {"fields": ("starting_balance", "cash", "money_summary")}),
        ("Risk profile", {"fields": (
            "min_confidence", "risk_multiplier", "max_leverage", "max_open_positions", "base_position_pct",
            "max_position_pct", "daily_loss_limit_pct", "approval_required", "copy_priority",
        )}),
        ("Sizing", {"fields": ("sizing_mode", "fixed_amount", "risk_pct", "default_stop_pct", "require_stop_loss")}),
        ("Emergency switch and overrides", {"fields": (
            "paused", "paused_reason", "global_position_multiplier", "confidence_threshold_override",
            "max_positions_override",
        )}),
        ("Paper exchange model", {"fields": ("taker_fee_rate", "maker_fee_rate", "slippage_bps")}),
        ("Record", {"fields": ("created_at", "updated_at")}),
    )

    def get_readonly_fields(self, request, obj=None):
        # paused is switched by the actions (audited); cash only ever changes through fills.
        always = ("cash", "money_summary", "paused", "paused_reason", "created_at", "updated_at")
        if obj is None:
            return always
        # Renaming or re-denominating an account with a ledger would orphan its history.
        return (*always, "name", "mode", "quote_currency", "starting_balance")

    def has_delete_permission(self, request, obj=None):
        # Positions, fills and audit events hang off an account; there is no delete service.
        return False

    @admin.display(description="Equity now")
    def money_summary(self, obj: Account) -> str:
        if obj.pk is None:
            return "—"
        summary = account_summary(account=obj)
        return format_html(
            "{} {} equity · {} margin in use · {} open positions",
            summary.equity, obj.quote_currency, summary.margin_used, summary.open_positions,
        )

    def save_model(self, request, obj, form, change):
        if not change:
            # A new account starts with its whole balance free and follows every trader.
            profile = {name: form.cleaned_data[name] for name in RISK_FIELDS if name in form.cleaned_data}
            account = account_open(
                name=obj.name, description=obj.description, mode=obj.mode, starting_balance=obj.starting_balance,
                actor=request.user, **profile,
            )
            obj.pk, obj.cash = account.pk, account.cash
            return
        risk = {name: form.cleaned_data[name] for name in form.changed_data if name in RISK_FIELDS}
        if risk:
            account_update_risk(account=obj, actor=request.user, **risk)
        labels = [name for name in form.changed_data if name not in RISK_FIELDS]
        if labels:
            # Only the description is left editable outside the risk fields: a label, not money or risk.
            obj.save(update_fields=[*labels, "updated_at"])

    @admin.action(description="Emergency-pause selected accounts", permissions=("change",))
    def pause_accounts(self, request, queryset):
        paused = 0
        for account in queryset:
            if not account.paused:
                account_pause(account=account, actor=request.user, reason=ADMIN_PAUSE_REASON)
                paused += 1
        self.message_user(
            request, f"Paused {paused} account(s); open positions keep their stops and targets.", level=messages.SUCCESS
        )

    @admin.action(description="Resume selected accounts", permissions=("change",))
    def resume_accounts(self, request, queryset):
        resumed = 0
        for account in queryset:
            if account.paused:
                account_resume(account=account, actor=request.user)
                resumed += 1
        self.message_user(request, f"Resumed {resumed} account(s).", level=messages.SUCCESS)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "account", "role", "created_at")
    list_filter = ("role", "account")
    search_fields = ("user__username", "account__name")
    ordering = ("account__name", "user__username")
    list_select_related = ("user", "account")
    autocomplete_fields = ("user",)

    def get_readonly_fields(self, request, obj=None):
        # A membership is one user on one account; only its role may change afterwards.
        return ("created_at",) if obj is None else ("user", "account", "created_at")

    def save_model(self, request, obj, form, change):
        membership = membership_grant(user=obj.user, account=obj.account, role=obj.role, actor=request.user)
        obj.pk = membership.pk

    def delete_model(self, request, obj):
        membership_revoke(membership=obj, actor=request.user)

    def delete_queryset(self, request, queryset):
        for membership in queryset.select_related("user", "account"):
            membership_revoke(membership=membership, actor=request.user)


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The append-only log: listed and opened, never added to, changed or deleted by hand."""

    list_display = ("created_at", "action", "account", "actor_label", "object_type", "object_id", "message")
    list_filter = ("account", "object_type", "actor_label")
    search_fields = ("action", "message", "object_id", "actor_label")
    ordering = ("-created_at", "-id")
    date_hierarchy = "created_at"
    list_select_related = ("account", "actor")
    readonly_fields = (
        "created_at", "account", "actor", "actor_label", "action", "object_type", "object_id", "message",
        "before", "after",
    )
    actions = None  # not even delete_selected: rows are written once

    def has_view_permission(self, request, obj=None):
        # Permission-based, not a blanket True: the log names every account, so a staff user
        # without the view permission must not read it.
        return super().has_view_permission(request, obj)
