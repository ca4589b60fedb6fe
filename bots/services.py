"""Writes about strategy bots. (The strategies that make them trade come with the live-system work.)"""
from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from accounts.models import Account
from bots.models import Bot
from echotrade.audit import audit_record
from echotrade.exceptions import Conflict, EchoTradeError, InvalidInput
from echotrade.services import model_update
from echotrade.symbols import normalize_symbol
from traders.models import Trader
from traders.services import follow_set, trader_create


def _symbols(values) -> list[str]:
    if not isinstance(values, (list, tuple)) or not values:
        raise InvalidInput("A bot needs at least one symbol.", fields={"symbols": ["Give a list such as [\"BTC/USDT\"]."]})
    try:
        return list(dict.fromkeys(normalize_symbol(v) for v in values))
    except EchoTradeError as error:
        raise InvalidInput(error.message, fields={"symbols": [error.message]})


@transaction.atomic
def bot_create(
    *, name: str, account: Account, strategy: str, symbols, parameters: dict | None = None,
    timeframe: str = Bot.Timeframe.H1, enabled: bool = True, actor=None, actor_label: str = "system",
) -> Bot:
    if Bot.objects.filter(name=name).exists():
        raise Conflict(f"A bot named '{name}' exists.", fields={"name": [f"'{name}' is taken."]})
    bot = Bot(
        name=name, account=account, strategy=strategy, symbols=_symbols(symbols), parameters=parameters or {},
        timeframe=timeframe, enabled=enabled,
    )
    bot.full_clean(exclude=["trader"], validate_unique=False)
    bot.save()
    bot_ensure_trader(bot=bot)
    audit_record(
        action="bot.created", account=account, actor=actor, actor_label=actor_label, obj=bot,
        message=f"{strategy} on {', '.join(bot.symbols)} ({timeframe})",
        after={"strategy": strategy, "parameters": bot.parameters, "symbols": bot.symbols, "timeframe": timeframe},
    )
    return bot


@transaction.atomic
def bot_ensure_trader(*, bot: Bot) -> Bot:
    """Give the bot its own signal source: a ``bot`` trader that only the bot's account follows.

    The bot's signals then pass the same filters, sizing, audit and metrics as any followed trader.
    The trader asks no confidence of its own (0): the ensemble's agreement and the account's
    threshold decide.
    """

    if bot.trader_id is not None:
        return bot
    trader_id = f"bot_{bot.pk}"
    trader = Trader.objects.filter(pk=trader_id).first() or trader_create(
        id=trader_id, name=f"{bot.name} (bot)", source=Trader.Source.BOT, follow_all_accounts=False,
        min_confidence=Decimal("0"), max_leverage=1, paper_trade_only=True, priority=100,
        notes=f"Signals of the {bot.strategy} bot {bot.name} on {bot.account.name}.",
    )
    follow_set(account=bot.account, trader=trader, enabled=True)
    Bot.objects.filter(pk=bot.pk).update(trader=trader)
    bot.trader = trader
    return bot


BOT_FIELDS = ("name", "account", "strategy", "parameters", "symbols", "timeframe", "enabled", "trader")


@transaction.atomic
def bot_update(*, bot: Bot, actor=None, actor_label: str = "system", message: str = "", **changes) -> Bot:
    unknown = set(changes) - set(BOT_FIELDS)
    if unknown:
        raise InvalidInput(f"Not a bot setting: {', '.join(sorted(unknown))}.")
    bot = Bot.objects.select_for_update().get(pk=bot.pk)
    if "symbols" in changes:
        changes["symbols"] = _symbols(changes["symbols"])
    bot, changed = model_update(instance=bot, fields=BOT_FIELDS, data=changes)
    if changed:
        readable = lambda v: getattr(v, "pk", v)  # noqa: E731  (foreign keys are recorded by id)
        audit_record(
            action="bot.updated", account=bot.account, actor=actor, actor_label=actor_label, obj=bot, message=message,
            before={k: readable(old) for k, (old, _) in changed.items()},
            after={k: readable(new) for k, (_, new) in changed.items()},
        )
    return bot


@transaction.atomic
def bot_set_enabled(*, bot: Bot, enabled: bool, actor=None) -> Bot:
    updated = Bot.objects.filter(pk=bot.pk).exclude(enabled=enabled).update(enabled=enabled)
    bot.refresh_from_db(fields=["enabled"])
    if updated:
        audit_record(
            action="bot.started" if enabled else "bot.stopped", account=bot.account, actor=actor, obj=bot,
            before={"enabled": not enabled}, after={"enabled": enabled},
        )
    return bot
