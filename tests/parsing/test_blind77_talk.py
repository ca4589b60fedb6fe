"""A local "here" before a side or a price ("di sini 0.5870", "这里空 0.01182") makes that price the entry,
as English "here" does; a question whether it is too late to enter an earlier call ("girsem geç mi?",
"is it too late to enter?") repeats that call's prices, no order."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices


@pytest.mark.parametrize("text", [
    "Long XRP di sini 0.5870, SL 0.5690, TP 0.6050 / 0.6240. Lev 12x cross",
    "XRP long disini 0.5870, SL 0.5690, TP 0.6050 / 0.6240. Lev 12x cross",
    "Long XRP here 0.5870, SL 0.5690, TP 0.6050 / 0.6240. Lev 12x cross",
    "Long XRP burada 0.5870, SL 0.5690, TP 0.6050 / 0.6240. Lev 12x cross",
])
def test_it_reads_a_price_after_a_local_here_as_the_entry(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("XRP/USDT", "long", prices("0.5870"), Decimal("0.5690"))
    assert parsed.take_profits == prices("0.6050", "0.6240")
    assert (parsed.leverage, parsed.margin_mode) == (12, "cross")


@pytest.mark.parametrize("text, side, stop", [
    ("兄弟们 1000PEPE 这里空 0.01182，止损 0.01235，目标 0.01120 / 0.01065，20x 小仓位玩玩", "short", "0.01235"),
    ("1000PEPE 這裡空 0.01182，止損 0.01235，目標 0.01120 / 0.01065，20x", "short", "0.01235"),
    ("1000PEPE 这边多 0.01182，止损 0.01120，目标 0.01235 / 0.01300，20x", "long", "0.01120"),
])
def test_it_reads_a_chinese_side_after_here_and_its_price_as_the_entry(text, side, stop):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("1000PEPE/USDT", side, prices("0.01182"), Decimal(stop))
    assert parsed.leverage == 20


def test_it_still_reads_here_and_room_as_no_side():
    # "这里空间很大" (there is a lot of room here): "空" inside a word is no side.
    assert parse_message("这里空间很大，TON 5.412 看看") is None


@pytest.mark.parametrize("text", [
    "Abi dünkü BNB sinyaline şimdi girsem geç mi? 612'den long, stop 598, hedef 640 demiştiniz, fiyat şu an 618 🤔",
    "Is it too late to enter yesterday's BNB signal? Long from 612, stop 598, target 640 you said, price now 618",
    "Не поздно ли заходить во вчерашний сигнал по BNB? Лонг от 612, стоп 598, цель 640 вы писали, цена сейчас 618",
    "昨天的 BNB 信号现在进晚了吗？612 多，止损 598，目标 640，现价 618",
    "Sinyal BNB kemarin kalau masuk sekarang telat gak? long 612, stop 598, target 640, harga sekarang 618",
    "¿Es tarde para entrar en la señal de BNB de ayer? long desde 612, stop 598, objetivo 640, precio ahora 618",
])
def test_it_reads_a_question_whether_it_is_too_late_to_enter_as_no_call(text):
    assert parse_message(text) is None


@pytest.mark.parametrize("text", [
    "BNB 612'den long, stop 598, hedef 640",
    "Geç kalmayın! BNB 612'den long, stop 598, hedef 640",
    "Don't be late! BNB long 612, stop 598, target 640",
])
def test_it_still_reads_a_call_that_only_urges_not_to_be_late(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("BNB/USDT", "long", prices("612"), Decimal("598"))
    assert parsed.take_profits == prices("640")
