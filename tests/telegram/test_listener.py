"""Recorded Bot API updates, decoded by the real ``Update.de_json``, through the bot's callback.

The reply step is swapped for a list: nothing is sent to Telegram.
"""
from datetime import timedelta
from decimal import Decimal

import pytest
from asgiref.sync import async_to_sync
from django.core.management import CommandError, call_command
from telegram import Update
from telegram.ext import MessageHandler

from execution.models import Position
from signals.management.commands import telegram_listener
from signals.management.commands.telegram_listener import application_build, on_message
from signals.models import Signal
from tests.helpers import move_market
from tests.telegram.conftest import update_json

CHANNEL_ID = -1001234567890


@pytest.fixture
def sent():
    return []


@pytest.fixture
def run(sent, django_capture_on_commit_callbacks):
    async def reply(message, text):
        sent.append((message.chat.id, text))

    def run(update):
        # One update handled and committed: a signal's copy task runs after it, as in the listener.
        with django_capture_on_commit_callbacks(execute=True):
            return async_to_sync(on_message)(update, None, reply=reply)

    return run


def test_a_private_signal_from_an_allowed_user_is_copied_and_answered(whale, market, load_update, run, sent):
    summary = run(load_update("private_message"))

    signal = Signal.objects.get(trader=whale)
    assert signal.external_id == "tg:555111:42" and signal.symbol == "BTC/USDT" and signal.stop_loss == Decimal("66000")
    assert Position.objects.filter(signal=signal).exists()
    assert sent == [(555111, summary)] and summary.startswith(f"Signal #{signal.pk} long BTC/USDT")


def test_the_message_date_becomes_the_signal_source_time(whale, market, load_update, run):
    update = load_update("private_message", posted_ago=40)

    run(update)

    assert Signal.objects.get(trader=whale).source_time == update.message.date


def test_a_channel_post_is_copied_and_logged_not_posted_to_the_channel(alpha, market, load_update, run, sent):
    summary = run(load_update("channel_post"))

    signal = Signal.objects.get(trader=alpha)
    assert signal.external_id == f"tg:{CHANNEL_ID}:101" and (signal.symbol, signal.side) == ("ETH/USDT", "short")
    assert summary and sent == []


def test_a_channel_reply_applies_to_the_replied_to_signals_positions(alpha, market, load_update, run):
    run(load_update("channel_post"))
    pending = list(Position.objects.filter(signal__trader=alpha))
    assert pending and {p.status for p in pending} == {Position.Status.PENDING}

    summary = run(load_update("channel_reply"))

    # "Close half" of an entry that has not filled: reported per position, nothing crashes.
    assert summary.startswith("Close 50% for signal #") and "not applied" in summary


def test_a_channel_reply_close_half_on_filled_positions(alpha, market, load_update, run):
    run(load_update("channel_post"))
    move_market("ETH/USDT", "3251")  # the short's 3,250 entry fills
    opened = {p.pk: p.quantity for p in Position.objects.filter(signal__trader=alpha, status="open")}
    assert opened

    run(load_update("channel_reply"))

    for position in Position.objects.filter(pk__in=opened):
        assert position.status == Position.Status.OPEN and position.quantity < opened[position.pk]


def test_an_edited_message_that_already_made_a_signal_is_ignored_and_answered(whale, market, load_update, run, sent):
    run(load_update("private_message"))

    summary = run(load_update("edited_message"))

    assert "Edit ignored" in summary and sent[-1] == (555111, summary)
    assert Signal.objects.filter(trader=whale).count() == 1
    assert Signal.objects.get(trader=whale).stop_loss == Decimal("66000")


def test_a_message_from_a_chat_nobody_allowed_does_nothing_and_says_nothing(alpha, whale, market, load_update, run, sent):
    assert run(load_update("other_chat")) is None

    assert not Signal.objects.exists() and sent == []


def test_chatter_from_an_allowed_sender_gets_no_answer(whale, market, load_update, run, sent):
    assert run(load_update("group_chatter")) is None

    assert not Signal.objects.exists() and sent == []


def test_a_signal_delivered_late_is_recorded_not_copied(whale, market, load_update, run):
    summary = run(load_update("private_message", posted_ago=timedelta(hours=1).total_seconds()))

    assert "not copied" in summary and not Position.objects.exists()


def test_the_id_command_tells_a_private_chat_its_id(bot, run, sent):
    data = update_json("private_message")
    data["message"]["text"] = "/id"
    summary = run(Update.de_json(data, bot))

    assert "555111" in summary and sent == [(555111, summary)]


def test_a_photo_caption_signal_is_read_like_text(whale, market, bot, run):
    data = update_json("private_message")
    message = data["message"]
    message["caption"] = message.pop("text")
    message["caption_entities"] = message.pop("entities")
    message["photo"] = [{"file_id": "AgACAgQAAx0", "file_unique_id": "AQADxbox", "width": 1280, "height": 720}]

    run(Update.de_json(data, bot))

    assert Signal.objects.get(trader=whale).symbol == "BTC/USDT"


def test_the_application_listens_to_text_and_captions_without_contacting_telegram():
    application = application_build("123456:TEST-TOKEN-never-used")

    handlers = [h for group in application.handlers.values() for h in group]
    assert any(isinstance(h, MessageHandler) for h in handlers)
    assert application.error_handlers


def test_the_command_refuses_to_start_without_a_token(settings, monkeypatch):
    settings.TELEGRAM_BOT_TOKEN = ""
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)

    with pytest.raises(CommandError, match="TELEGRAM_BOT_TOKEN is not set"):
        call_command("telegram_listener")


def test_the_command_polls_for_message_updates_with_the_configured_token(settings, monkeypatch):
    settings.TELEGRAM_BOT_TOKEN = "123456:TEST-TOKEN-never-used"
    polled = {}
    monkeypatch.setattr(
        telegram_listener.Application, "run_polling", lambda self, **kwargs: polled.update(kwargs, token=self.bot.token)
    )

    call_command("telegram_listener")

    assert polled["token"] == "123456:TEST-TOKEN-never-used"
    assert set(polled["allowed_updates"]) == {"message", "edited_message", "channel_post", "edited_channel_post"}
