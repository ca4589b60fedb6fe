"""An update the parser is unsure of should wait for a person, as an unsure signal does.

``handling._update_apply`` holds a low-certainty update and says why in its reply; "no_symbol" is
the one doubt a reply to the signal settles.
"""
import pytest
from django.utils import timezone

from execution.models import Position
from signals.parsing import parse_message
from signals.sources.telegram.handling import telegram_message_handle
from tests.helpers import committed, move_market

CHANNEL_ID = -1001234567890
# Two new stops in one message: which one did the channel mean?
CONFLICTING_STOPS = "#BTC move SL to 66500. New SL 66800"


def post(trader, text, message_id):
    with committed():
        return telegram_message_handle(trader=trader, chat_id=CHANNEL_ID, message_id=message_id, text=text, date=timezone.now())


@pytest.fixture
def btc_copies(alpha, market):
    post(alpha, "BTC LONG 67500, SL 66000, TP 69000 70000", 501)  # fills at once: the market is at 67,000
    copies = list(Position.objects.filter(signal__external_id=f"tg:{CHANNEL_ID}:501"))
    assert copies and all(p.status == Position.Status.OPEN for p in copies)
    return copies


def test_the_parser_says_it_is_unsure_of_two_new_stops():
    parsed = parse_message(CONFLICTING_STOPS)
    assert parsed.certainty == "low"
    assert "conflicting_instructions" in [r.code for r in parsed.certainty_reasons]


def test_a_low_certainty_update_changes_no_copy(btc_copies, alpha):
    move_market("BTC/USDT", 68000)
    stops = {p.pk: p.stop_loss for p in btc_copies}

    post(alpha, CONFLICTING_STOPS, 510)

    assert {p.pk: p.stop_loss for p in Position.objects.filter(pk__in=stops)} == stops
