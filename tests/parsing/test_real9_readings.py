"""The rules real posts set 9 (forex and gold channels) showed missing, each tried on wordings that set does not
contain: a dollar joined to another fiat currency ("USDJPY", "usdcad") is that forex pair; a market word's zone may
open the next line ("BUY NOW\\n4346-4344"); a target's index may take a list comma before its price
("TP 1, 1,28200"); a colon typed for a price's point right after its label ("Take Profit 136:600") is the point.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Sell USDJPY\nEntry 151.40\nSL 151.90\nTP 150.60", "USD/JPY"),
        ("usdcad buy 1.3650 sl 1.3600 tp 1.3720", "USD/CAD"),
        ("#USDCHF SHORT\nEntry 0.9120\nSL 0.9170\nTP 0.9050", "USD/CHF"),
        ("Compra USDJPY en 150,20\nSL 149,80\nTP 151,00", "USD/JPY"),
    ],
)
def test_a_dollar_joined_to_another_fiat_currency_is_that_forex_pair(text, symbol):
    assert signal_read(text).symbol == symbol


@pytest.mark.parametrize("text", ["I bought USD today, JPY later", "USDJPY?"])
def test_a_dollar_and_a_fiat_currency_without_a_plan_are_no_trade(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    ("text", "symbol", "side", "entry"),
    [
        ("EURUSD\nSELL NOW\n1.0850 - 1.0870\nTP 1.0800\nSL 1.0900", "EUR/USD", "short", prices("1.0850", "1.0870")),
        ("#ETH SHORT NOW\n3400-3420\nTP 3300\nSL 3480", "ETH/USDT", "short", prices("3400", "3420")),
        ("ORO\nCOMPRA AHORA\n4346-4344\nTP 4350\nSL 4342", "XAU/USD", "long", prices("4344", "4346")),
        ("XAUUSD\nПокупка сейчас\n4346-4344\nТП 4350\nСЛ 4342", "XAU/USD", "long", prices("4344", "4346")),
    ],
)
def test_a_zone_on_the_line_after_a_market_word_is_the_entry(text, symbol, side, entry):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.entry) == (symbol, side, entry)


def test_one_price_on_the_line_after_a_market_word_stays_a_market_order():
    assert signal_read("GOLD BUY NOW\n4346\nTP 4350\nSL 4342").entry == []


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("BUY EURUSD\nTP 1, 1.0950\nTP 2, 1.0990\nSL 1.0850", prices("1.0950", "1.0990")),
        ("#BTC LONG\nEntry 65000\nTarget 1, 66500\nTarget 2, 68000\nSL 63000", prices("66500", "68000")),
        ("Venta ORO\nEntrada 4345\nTP 1, 4330\nTP 2, 4320\nSL 4360", prices("4330", "4320")),
    ],
)
def test_a_target_index_then_a_list_comma_is_no_price(text, targets):
    assert signal_read(text).take_profits == targets


def test_small_whole_numbers_after_a_target_label_stay_prices():
    assert signal_read("ETH long\nEntry 3400\nTP 1, 2, 3\nSL 3300").take_profits == prices("1", "2", "3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EURJPY SELL\nEntry 162:450\nTP1: 161:900\nSL 162:900",
            ("EUR/JPY", "short", prices("162.450"), Decimal("162.900"), prices("161.900"), None),
        ),
        (
            "ORO compra\nEntrada: 4345\nTomar ganancias 4360:500\nSL 4330",
            ("XAU/USD", "long", prices("4345"), Decimal("4330"), prices("4360.5"), None),
        ),
        (
            "Pair: GBPJPY\nSide: long\nEntry: 190.250\nTake Profit 191:100\nStop Loss: 189.800",
            ("GBP/JPY", "long", prices("190.250"), Decimal("189.800"), prices("191.100"), None),
        ),
    ],
)
def test_a_colon_typed_for_the_point_after_a_price_label_is_the_point(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "stop", "targets"),
    [
        ("#BTC long entry 65000 at 14:30, tp 66000, sl 64000", Decimal("64000"), prices("66000")),
        ("USDJPY buy 150.2 leverage 1:500 TP 151 SL 149.5", Decimal("149.5"), prices("151")),
    ],
)
def test_a_time_or_a_leverage_ratio_keeps_its_colon(text, stop, targets):
    parsed = signal_read(text)
    assert (parsed.stop_loss, parsed.take_profits) == (stop, targets)
