"""blind57: whole closes worded as "all" in every family, a cancel naming yesterday's call, a tagged word coin sold."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message


def _update(text: str) -> ParsedUpdate:
    update = parse_message(text)
    assert isinstance(update, ParsedUpdate), update
    return update


@pytest.mark.parametrize("text", [
    "#OP chốt lời toàn bộ lệnh tại đây anh em nhé ✅",  # take profit on the whole order here
    "#OP chốt toàn bộ lệnh tại đây anh em nhé ✅",  # "lệnh" alone counts orders; "toàn bộ lệnh" is the whole of it
    "#OP chốt hết lệnh",
    "Take profit on everything #OP",
    "#OP 全部止盈",
    "#OP tutup semua posisi",
    "#OP pozisyonun tamamını kapatın",
    "#OP cierren todo",
    "#OP fechem tudo",
    "#OP закрываем полностью",
])
def test_a_close_of_the_whole_position_closes_all_of_it(text):
    update = _update(text)
    assert (update.kind, update.symbol, update.fraction) == ("close", "OP/USDT", Decimal(1))


def test_a_close_of_a_part_still_leaves_its_share_unstated():
    assert _update("#SOL chốt 1 phần").fraction is None


@pytest.mark.parametrize("text", [
    "#OP take profit at all targets",
    "#OP all targets hit ✅",
    "VIP群本月带单收益 +386% 🚀\nBTC ETH SOL 合约现货都有，入场止损止盈全部明确，一天3-5单\n名额仅剩 20 个，想上车的私聊客服",
])
def test_all_targets_and_clear_targets_are_no_close(text):
    parsed = parse_message(text)
    assert not (isinstance(parsed, ParsedUpdate) and parsed.kind == "close"), parsed


@pytest.mark.parametrize("text", [
    "Sinyal SUI long kemarin dibatalkan, entry 1,72 nggak kena. Hapus order kalian.",
    "Sinyal SUI long dibatalkan, entry 1,72 nggak kena. Hapus order kalian.",
])
def test_a_cancel_of_yesterdays_call_named_after_its_side_cancels_it(text):
    update = _update(text)
    assert (update.kind, update.symbol) == ("cancel", "SUI/USDT")


def test_a_recap_headed_by_yesterday_is_still_no_update():
    assert parse_message("Kemarin: SUI long 1,72 → 1,95 ✅ +13%. Gabung VIP sekarang!") is None


def test_a_tagged_word_coin_sold_with_a_whole_plan_is_the_call():
    parsed = parse_message(
        "ojo que #NOT está muy cargado arriba, yo vendo aquí en 0,00612 sl 0,00655 tp 0,00580 y 0,00545, x25 cruzado"
    )
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.entry, parsed.stop_loss) == ("NOT/USDT", "short", [Decimal("0.00612")], Decimal("0.00655"))


def test_a_tagged_word_coin_sold_without_a_plan_is_no_call():
    assert not isinstance(parse_message("#NOT vendo, no es consejo"), ParsedSignal)
