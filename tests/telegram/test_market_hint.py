"""The Telegram path gives the parser the pair's price: "2.385" in a Vietnamese message about XRP
reads as 2.385, not 2385, when only that reading lies near the market, and a person confirms it."""
from decimal import Decimal

from django.utils import timezone

from execution.market.services import quote_set
from signals.sources.telegram.handling import telegram_message_handle
from tests.helpers import committed, prices

CHANNEL_ID = -1001234567890
XRP_SHORT = "XRP/USDT BÁN KHỐNG 🔻\nVùng vào lệnh: 2.385 - 2.412\nMục tiêu: 2.318 / 2.246\nDừng lỗ: 2.468\nĐòn bẩy: 25x"


def post(trader, text, message_id):
    with committed():
        return telegram_message_handle(trader=trader, chat_id=CHANNEL_ID, message_id=message_id, text=text, date=timezone.now())


def test_it_reads_an_ambiguous_separator_the_way_the_market_price_fits(alpha, market):
    quote_set(symbol="XRP/USDT", price=Decimal("2.41"), bid=Decimal("2.409"), ask=Decimal("2.411"))

    signal = post(alpha, XRP_SHORT, 801).signal

    assert (signal.entry_prices, signal.stop_loss, signal.take_profit_prices) == (
        prices("2.385", "2.412"), Decimal("2.468"), prices("2.318", "2.246"),
    )
    assert not signal.implausible
    assert signal.needs_review and [r["code"] for r in signal.certainty_reasons] == ["separator_from_market"]


def test_it_keeps_the_messages_own_reading_when_the_market_agrees_with_it(alpha, market):
    signal = post(alpha, "#ETH BÁN (short)\nGiá vào: 3.250\nTP: 3.150 - 3.100\nSL: 3.350", 802).signal  # ETH at 3,200

    assert signal.entry_prices == prices("3250")
    assert signal.certainty == "high"
