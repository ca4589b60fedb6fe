"""A Telegram Desktop channel export becomes the trader's signal history, and never trades."""
import json
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from echotrade.models import AuditEvent
from echotrade.exceptions import InvalidInput
from execution.models import Position
from signals.models import Signal, SignalDecision
from signals.sources.telegram import history
from signals.sources.telegram.handling import telegram_message_handle
from signals.sources.telegram.history import message_text, telegram_history_import
from tests.telegram.conftest import FIXTURES

CHANNEL_ID = -1001234567890


@pytest.fixture
def export() -> dict:
    """Alpha Signals' channel: 2 service entries and 9 messages — 3 signals, 1 invalid signal
    (a long's stop above its entry), 2 updates, 3 others (welcome, market talk, a bare photo)."""
    return json.loads((FIXTURES / "channel_export.json").read_text())


def test_it_counts_what_the_export_holds(alpha, market, export):
    report = telegram_history_import(trader=alpha, export=export)

    assert (report.messages, report.signals_imported, report.updates_seen) == (9, 3, 2)
    assert (report.not_signals, report.invalid, report.duplicates_skipped) == (3, 1, 0)
    assert report.chat == "Alpha Signals"


def test_it_records_signals_with_their_original_utc_time(alpha, market, export):
    telegram_history_import(trader=alpha, export=export)

    btc = Signal.objects.get(trader=alpha, symbol="BTC/USDT")
    # The export's "date" is the exporting computer's local time (UTC+8 here); date_unixtime is UTC.
    assert btc.source_time == datetime(2024, 1, 5, 14, 3, 11, tzinfo=UTC)
    assert btc.external_id == f"tg:{CHANNEL_ID}:3" and btc.raw["imported"] is True


def test_it_reads_text_split_into_entities(alpha, market, export):
    telegram_history_import(trader=alpha, export=export)

    sol = Signal.objects.get(trader=alpha, symbol="SOL/USDT")
    assert (sol.side, sol.entry_low, sol.entry_high, sol.stop_loss) == ("short", Decimal("150"), Decimal("152"), Decimal("158"))
    assert sol.take_profits == ["145", "140", "135"] and sol.leverage == 10
    assert sol.raw["margin_mode"] == "cross" and "Join VIP" in sol.raw["text"]


def test_it_gives_signals_the_traders_default_confidence(alpha, market, export):
    telegram_history_import(trader=alpha, export=export)

    assert set(Signal.objects.values_list("confidence", flat=True)) == {alpha.default_confidence}


def test_it_executes_nothing(alpha, market, export):
    telegram_history_import(trader=alpha, export=export)

    assert Signal.objects.filter(trader=alpha).count() == 3
    assert not Position.objects.exists() and not SignalDecision.objects.exists()


def test_it_lists_invalid_signals_without_aborting(alpha, market, export):
    report = telegram_history_import(trader=alpha, export=export)

    assert report.errors == [{"message_id": 7, "date": "2024-01-06T17:15:00", "error": report.errors[0]["error"]}]
    assert "stop loss must be below its entry" in report.errors[0]["error"]


def test_it_lists_at_most_twenty_errors(alpha, market):
    bad = [{"id": i, "type": "message", "date_unixtime": "1704463391", "text": "BTC LONG 67500 SL 68000 TP 70000"} for i in range(25)]

    report = telegram_history_import(trader=alpha, export={"name": "x", "type": "public_channel", "id": 1, "messages": bad})

    assert report.invalid == 25 and len(report.errors) == 20


def test_reimporting_the_same_export_creates_nothing(alpha, market, export):
    telegram_history_import(trader=alpha, export=export)

    report = telegram_history_import(trader=alpha, export=json.dumps(export).encode())

    assert (report.signals_imported, report.duplicates_skipped) == (0, 3)
    assert Signal.objects.count() == 3 and not Signal.objects.filter(duplicate_of__isnull=False).exists()


def test_a_message_the_listener_already_took_is_skipped(alpha, market, export):
    telegram_message_handle(
        trader=alpha, chat_id=CHANNEL_ID, message_id=3, text="BTC LONG 67500, SL 66000, TP 69000 70000",
        date=timezone.now(),
    )

    report = telegram_history_import(trader=alpha, export=export)

    assert (report.signals_imported, report.duplicates_skipped) == (2, 1)


def test_the_import_is_audited_once(alpha, market, export):
    telegram_history_import(trader=alpha, export=export)

    event = AuditEvent.objects.get(action="trader.telegram_history_imported")
    assert event.object_id == alpha.pk and event.after["signals_imported"] == 3


@pytest.mark.parametrize("text, flat", [
    ("plain", "plain"),
    (["a ", {"type": "bold", "text": "b"}, {"type": "hashtag", "text": "#c"}], "a b#c"),
    ([{"type": "link"}, 5, None], ""),
    (None, ""),
])
def test_it_flattens_text_entities(text, flat):
    assert message_text(text) == flat


@pytest.mark.parametrize("bad, says", [
    (b"not json at all", "not JSON"),
    (b"[1, 2, 3]", "Telegram Desktop chat export"),
    (b'{"name": "x", "id": 1}', "Telegram Desktop chat export"),
    (b'{"about": "...", "chats": {"list": []}}', "whole-account export"),
    (b"\xff\xfe\x00", "not JSON"),
])
def test_it_refuses_a_file_that_is_not_a_chat_export(alpha, bad, says):
    with pytest.raises(InvalidInput, match=says):
        telegram_history_import(trader=alpha, export=bad)


def test_it_refuses_a_trader_of_another_source(yun_qiang, export):
    with pytest.raises(InvalidInput, match="only Telegram traders"):
        telegram_history_import(trader=yun_qiang, export=export)


def test_it_refuses_an_export_over_the_size_limit(alpha, monkeypatch, export):
    monkeypatch.setattr(history, "MAX_BYTES", 1000)

    with pytest.raises(InvalidInput, match="the limit is"):
        telegram_history_import(trader=alpha, export=json.dumps(export).encode())


def test_it_refuses_an_export_over_the_message_limit(alpha, monkeypatch, export):
    monkeypatch.setattr(history, "MAX_MESSAGES", 5)

    with pytest.raises(InvalidInput, match="at most 5 are imported"):
        telegram_history_import(trader=alpha, export=export)
