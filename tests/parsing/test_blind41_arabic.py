"""The rules the 41st blind set's Arabic misses showed missing, tried on wordings that set does not contain.

1. A question whether a trade still holds (``STILL_VALID``: "still valid", "لسه صالحة", "باقي صالح") that opens
   the message and holds its first number asks about that trade; the prices after it ("price now 61400,
   stop 60800") are remarks on it, no new order (``questions.asks_if_still_valid``).
2. A tick before a target named by its number ("#LINK ✅ الهدف 3", "✅ Target 3") reports the third target
   reached: "3" is the target's index, not a price (``ticks.ticks_target_number``). Under a results heading
   ("نتائج الأسبوع", "Haftanın sonuçları", "इस हफ्ते के नतीजे") the post is a recap, no trade.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "يا شباب هل صفقة BTC لونج من 62000 لسه صالحة؟ السعر الحين 61400 والوقف 60800 😬",
        "هل صفقة ETH شراء من 3200 باقي صالحة؟ السعر الآن 3150 والوقف 3100",
        "Is the BTC long from 62000 still valid? price now 61400, stop 60800",
        "Ребят, лонг BTC от 62000 ещё актуален? цена сейчас 61400, стоп 60800",
        "¿El long de BTC desde 62000 sigue activo? precio ahora 61400, stop 60800",
        "O long de BTC em 62000 ainda tá de pé? preço agora 61400, stop 60800",
        "Long BTC 62000 masih aktif ga? harga sekarang 61400, sl 60800",
    ],
)
def test_it_reads_a_still_valid_question_opening_the_message_as_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_a_call_with_still_valid_said_without_a_question_stays_a_call():
    parsed = signal_read("BTC LONG 62000 still valid below 62500\nSL 60800\nTP 64000 66000")
    assert (parsed.side, parsed.stop_loss, parsed.take_profits) == ("long", prices("60800")[0], prices("64000", "66000"))


def test_a_call_opening_with_a_question_before_its_prices_stays_a_call():
    parsed = signal_read("Ready? BTC LONG entry 62000 SL 60800 TP 64000")
    assert plan_of(parsed) == ("BTC/USDT", "long", prices("62000"), prices("60800")[0], prices("64000"), None)


@pytest.mark.parametrize(
    "text",
    [
        "📊 نتائج الأسبوع\n#LINK ✅ الهدف 3\n#OP ✅ الهدف 2\n#SUI ❌ ضرب الوقف عند 1.02\nإجمالي الربح +142% بالرافعة",
        "📊 Weekly results\n#LINK ✅ Target 3\n#OP ✅ Target 2\n#SUI ❌ stopped at 1.02",
        "📊 Итоги недели\n#LINK ✅ цель 3\n#OP ✅ цель 2\n#SUI ❌ стоп 1.02",
        "📊 Haftanın sonuçları\n#LINK ✅ hedef 3\n#OP ✅ hedef 2\n#SUI ❌ stop 1.02",
        "📊 本周战绩\n#LINK ✅ 目标 3\n#OP ✅ 目标 2\n#SUI ❌ 止损 1.02",
        "📊 Resultados da semana\n#LINK ✅ alvo 3\n#OP ✅ alvo 2\n#SUI ❌ stop 1,02",
        "📊 نتایج هفته\n#LINK ✅ تارگت 3\n#OP ✅ تارگت 2\n#SUI ❌ استاپ 1.02",
        "📊 Hasil minggu ini\n#LINK ✅ TP 3\n#OP ✅ TP 2\n#SUI ❌ SL 1.02",
    ],
)
def test_it_reads_a_results_recap_of_ticked_target_numbers_as_no_trade(text):
    assert parse_message(text) is None


def test_a_ticked_target_number_with_its_gain_is_no_trade():
    assert not isinstance(parse_message("#LINK ✅ Target 3 (+39%)"), ParsedSignal)


def test_ticks_as_bullets_before_priced_targets_stay_a_call():
    parsed = signal_read("#LINK LONG\nEntry 14.2\n✅ Target 1: 15.0\n✅ Target 2: 16.0\nSL 13.5")
    assert plan_of(parsed) == ("LINK/USDT", "long", prices("14.2"), prices("13.5")[0], prices("15.0", "16.0"), None)


def test_a_ticked_target_label_awaiting_its_value_stays_a_bullet_of_the_call():
    parsed = signal_read("#LINK LONG\nEntry 14.2\n✅Target1: 15.0\n✅Target2: 16.0\n✅Target3: 🚀🚀🚀\nStop Loss: 13.5")
    assert plan_of(parsed) == ("LINK/USDT", "long", prices("14.2"), prices("13.5")[0], prices("15.0", "16.0"), None)
