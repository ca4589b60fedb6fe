"""Round 49 (misc): a "101" course title before a worked example, a tagged everyday-word ticker priced by
"at", staged take-profit labels with one share per target, and the Persian "rest"."""
from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "Risk management 101 📚\nLet's say you buy ETH at 3,400 with SL 3,332 and TP 3,536 on 5x. The stop is 2% away.",
        "Leverage 101 📖\nSuppose you short SOL at 150 with a stop at 153 and a target at 144 on 20x: a stop-out costs 40%.",
        "Риск-менеджмент 101 📚\nДопустим, вы купили BTC по 60000 со стопом 58800 и тейком 63000 на 10x.",
        "Pozisyon büyüklüğü 101 📚\nDiyelim ki BTC'yi 60000'den aldın, stop 58800, hedef 63000, 10x kaldıraç.",
        "Gestión de riesgo 101 📚\nDigamos que compras BTC en 60000 con SL 58800 y TP 63000 a 10x.",
        "Quản lý vốn 101 📚\nGiả sử bạn long BTC ở 60000, SL 58800, TP 63000, đòn bẩy 10x.",
        "Manajemen risiko 101 📚\nMisalnya kamu long BTC di 60000 dengan SL 58800 dan TP 63000 leverage 10x.",
    ],
)
def test_it_reads_a_course_titled_worked_example_as_a_lesson(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_keeps_a_call_that_opens_with_say():
    parsed = signal_read("Say goodbye to shorts: LONG BTC 60000 SL 58800 TP 63000")
    assert plan_of(parsed)[:5] == ("BTC/USDT", "long", prices("60000"), Decimal("58800"), prices("63000"))


def test_it_keeps_a_call_whose_pair_is_numbered_101():
    assert signal_read("#BTC LONG 101\nEntry 60000\nSL 58800\nTP 63000").symbol == "BTC/USDT"


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Closed #ONE at 0.0146 in profit, done with it for now.", "ONE/USDT"),
        ("Closing #MOVE here at 0.452, full position out.", "MOVE/USDT"),
        ("Closed #HIGH @ 1.92, full position out.", "HIGH/USDT"),
    ],
)
def test_it_reads_a_tagged_word_ticker_priced_by_at_as_the_pair(text, symbol):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "close" and parsed.symbol == symbol


def test_it_keeps_a_tagged_word_without_its_price_a_word():
    assert signal_read("#NOT financial advice, BTC long 65000 sl 64000 tp 68000").symbol == "BTC/USDT"


_PLAN = "ETH LONG\nEntry 3400\nSL 3300\nTP 3500 / 3600 / 3700\n"


@pytest.mark.parametrize(
    "text",
    [
        _PLAN + "Take profit split: 50/30/20",
        _PLAN + "TP split 50% / 30% / 20%",
        "ETH лонг\nВход 3400\nСтоп 3300\nТейки 3500 / 3600 / 3700\nФиксация частями: 50% / 30% / 20%",
        "ETH LONG\nGiriş 3400\nStop 3300\nHedefler 3500 / 3600 / 3700\nKademeli kâr al: %50 / %30 / %20",
        "ETH 做多\n入场 3400\n止损 3300\n目标 3500 / 3600 / 3700\n分批止盈：50% / 30% / 20%",
        _PLAN + "Chốt lời từng phần: 50% / 30% / 20%",
        _PLAN + "Take profit bertahap: 50% / 30% / 20%",
    ],
)
def test_it_reads_a_staged_take_profit_label_as_the_targets_shares(text):
    assert signal_read(text).take_profit_allocations == prices("0.5", "0.3", "0.2")


def test_it_reads_the_persian_rest_after_a_share():
    text = "#ETH لانگ\nنقطه ورود: 3400\nحد ضرر: 3300\nتارگت‌ها: 3500 - 3600 - 3700\nدر تارگت اول ۵۰٪ سیو سود، بقیه در تارگت دوم و سوم"
    assert signal_read(text).take_profit_allocations == prices("0.5", "0.25", "0.25")
