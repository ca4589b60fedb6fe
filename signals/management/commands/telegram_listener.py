"""``python manage.py telegram_listener``: the Telegram bot that turns allowed messages into trades.

Add the bot to each signal channel as an administrator (a channel only shows its posts to admin
bots), or to a group with privacy mode off (/setprivacy in @BotFather), or talk to it privately.
Each source is a trader with source "telegram" whose handle is the chat's @username or numeric id
(send /id to the bot in a chat to learn it). What a message does is decided in
``signals.sources.telegram.handling``; this module only maps Bot API updates onto it and answers.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable

from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from telegram import Message, Update
from telegram.constants import ChatType
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from signals.sources.telegram.handling import (
    HandleResult,
    telegram_message_handle,
    telegram_trader_for,
)

logger = logging.getLogger("signals.sources.telegram.listener")

UPDATE_TYPES = ["message", "edited_message", "channel_post", "edited_channel_post"]
ID_COMMANDS = ("/id", "/start")


def update_handle(update: Update) -> HandleResult | None:
    """Run one update through the allow-list and the handler (sync: it uses the ORM).
    None when the update has no text or comes from a chat nobody allowed."""
    message = update.effective_message
    chat = update.effective_chat
    text = (message.text or message.caption) if message else None
    if message is None or chat is None or not text:
        return None
    sender = message.from_user or message.sender_chat  # a channel post has no user, only the channel
    trader = telegram_trader_for(
        chat_id=chat.id, chat_username=chat.username,
        user_id=sender.id if sender else None, username=sender.username if sender else None,
    )
    if trader is None:
        logger.info("Ignored a message from chat %s (@%s): not on the allow-list", chat.id, chat.username or "-")
        return None
    reply_to = message.reply_to_message.message_id if message.reply_to_message else None
    return telegram_message_handle(
        trader=trader, chat_id=chat.id, message_id=message.message_id, text=text, date=message.date,
        reply_to_message_id=reply_to, edited=bool(update.edited_message or update.edited_channel_post),
    )


def update_handle_fresh_connection(update: Update) -> HandleResult | None:
    """The listener runs for days: drop a database connection the server closed meanwhile, as
    Django does around each web request."""
    close_old_connections()
    try:
        return update_handle(update)
    finally:
        close_old_connections()


async def summary_send(message: Message, text: str) -> None:
    await message.reply_text(text, do_quote=True)


async def on_message(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE | None = None,
    *,
    handle: Callable[[Update], HandleResult | None] = update_handle,
    reply: Callable[[Message, str], Awaitable[None]] = summary_send,
) -> str | None:
    """The bot's message callback. Returns the one-line summary (None: nothing to say).

    It answers in private chats and groups, only when the message did something (or was an edit
    that was ignored, so the trader knows); in a channel it logs instead of posting to followers.
    """
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return None
    text = (message.text or "").strip()
    if chat.type == ChatType.PRIVATE and text.split("@")[0] in ID_COMMANDS:
        summary = f"This chat's id is {chat.id}. An operator can set it as a Telegram trader's handle."
        await reply(message, summary)
        return summary
    result = await sync_to_async(handle)(update)
    if result is None:
        return None
    edited = bool(update.edited_message or update.edited_channel_post)
    logger.info("chat %s message %s: %s", chat.id, message.message_id, result.summary)
    if result.outcome == "ignored" and not edited:
        return None
    if chat.type != ChatType.CHANNEL:
        await reply(message, result.summary)
    return result.summary


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    # One bad update must not stop the bot: log it with its traceback and keep polling.
    logger.error("Handling a Telegram update failed: %r", update, exc_info=context.error)


def bot_token() -> str:
    return getattr(settings, "TELEGRAM_BOT_TOKEN", "") or os.environ.get("TELEGRAM_BOT_TOKEN", "")


def application_build(token: str) -> Application:
    """The bot, ready to poll. Building it does not contact Telegram."""
    application = Application.builder().token(token).build()

    async def callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await on_message(update, context, handle=update_handle_fresh_connection)

    application.add_handler(MessageHandler(filters.TEXT | filters.CAPTION, callback))
    application.add_error_handler(on_error)
    return application


class Command(BaseCommand):
    help = "Run the Telegram bot: signals and updates from allowed chats reach the copy pipeline."

    def handle(self, *args, **options):
        token = bot_token()
        if not token:
            raise CommandError(
                "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather and put its token in the "
                "TELEGRAM_BOT_TOKEN setting or environment variable."
            )
        self.stdout.write("Listening to Telegram (Ctrl+C to stop)…")
        application_build(token).run_polling(allowed_updates=UPDATE_TYPES)
