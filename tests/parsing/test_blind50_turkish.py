"""Round 50's Turkish miss: a declined BTC before a word ticker's call, written with Turkish dotted numbers.

"arkadaşlar BTC'ye bakmayın, ben HIGH short açıyorum" declines BTC ("don't look at BTC") and calls HIGH;
"giriş 1.942" is 1942 by the Turkish style, which no coin but a few majors has ever traded at.
"""
from decimal import Decimal

from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read

DECLINED_BTC_HIGH_SHORT = (
    "arkadaşlar BTC'ye bakmayın, ben HIGH short açıyorum 👇\ngiriş 1.942\nstop 2.018\n"
    "hedefler 1.870 - 1.795 - 1.700\nx15 izole"
)


def test_a_declined_btc_leaves_the_word_ticker_that_states_the_side():
    assert signal_read(DECLINED_BTC_HIGH_SHORT).symbol == "HIGH/USDT"


def test_a_word_ticker_call_reads_dotted_numbers_as_decimals_and_waits_for_a_person():
    parsed = signal_read(DECLINED_BTC_HIGH_SHORT)
    assert plan_of(parsed) == (
        "HIGH/USDT", "short", prices("1.942"), Decimal("2.018"), prices("1.870", "1.795", "1.700"), 15,
    )
    assert parsed.certainty == "low"
    assert [reason.code for reason in parsed.certainty_reasons] == ["separator_from_scale"]


def test_btc_without_a_refusal_stays_the_call():
    parsed = signal_read("BTC short açıyorum 👇\ngiriş 66.800\nstop 67.900\nhedefler 65.200 - 64.100")
    assert plan_of(parsed)[:5] == ("BTC/USDT", "short", prices("66800"), Decimal("67900"), prices("65200", "64100"))


def test_gold_and_bnb_keep_turkish_thousands():
    gold = signal_read("XAUUSD alış\ngiriş 2.648\nstop 2.631\nhedef 2.660 - 2.675")
    assert (gold.entry, gold.stop_loss) == (prices("2648"), Decimal("2631"))
    bnb = signal_read("BNB long\ngiriş 1.012\nstop 985\nhedef 1.045 - 1.080")
    assert (bnb.entry, bnb.take_profits, bnb.certainty) == (prices("1012"), prices("1045", "1080"), "high")


def test_a_coin_with_a_dot_decimal_elsewhere_is_not_reread():
    parsed = signal_read("#ARBUSDT SHORT\nGiriş 1.18\nHedef 1.15 - 1.12 - 1.08\nStop 1.215\n5x-10x")
    assert (parsed.entry, parsed.stop_loss) == (prices("1.18"), Decimal("1.215"))
    assert all(r.code != "separator_from_scale" for r in parsed.certainty_reasons)


def test_a_known_market_price_decides_instead_of_the_coin_list():
    parsed = parse_message(DECLINED_BTC_HIGH_SHORT, market_price=lambda pair: Decimal("1.95"))
    assert parsed.entry == prices("1.942")
    assert [reason.code for reason in parsed.certainty_reasons] == ["separator_from_market"]
