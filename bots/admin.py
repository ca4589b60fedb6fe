"""Admin for strategy bots: their account, strategy, parameters, symbols and on/off switch.

Bots hold configuration, not money. Adding and editing go through the bot services, so every
change is validated and audited; their trades, when strategies run, go through the signal pipeline.
"""
from __future__ import annotations

from django.contrib import admin

from bots.models import Bot
from bots.services import BOT_FIELDS, bot_create, bot_update


@admin.register(Bot)
class BotAdmin(admin.ModelAdmin):
    list_display = ("name", "account", "strategy", "symbol_list", "timeframe", "enabled", "trader", "updated_at")
    list_filter = ("enabled", "strategy", "timeframe", "account")
    search_fields = ("name", "strategy", "account__name")
    ordering = ("account__name", "name")
    list_select_related = ("account", "trader")
    list_editable = ("enabled",)
    readonly_fields = ("created_at", "updated_at")
    autocomplete_fields = ("trader",)
    fieldsets = (
        (None, {"fields": ("name", "account", "enabled")}),
        ("Strategy", {"fields": ("strategy", "parameters", "symbols", "timeframe")}),
        ("Signal source", {"fields": ("trader",), "description": "The trader its signals are filed under."}),
        ("Record", {"fields": ("created_at", "updated_at")}),
    )

    @admin.display(description="Symbols")
    def symbol_list(self, obj: Bot) -> str:
        return ", ".join(obj.symbols or [])

    def save_model(self, request, obj, form, change):
        if not change:
            bot = bot_create(
                name=obj.name, account=obj.account, strategy=obj.strategy, symbols=obj.symbols,
                parameters=obj.parameters, timeframe=obj.timeframe, enabled=obj.enabled, actor=request.user,
            )
            obj.pk = bot.pk
            return
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in BOT_FIELDS}
        if changes:
            bot_update(bot=obj, actor=request.user, **changes)
