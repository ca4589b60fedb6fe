"""The rules the blind55 misc misses showed missing, tried on wordings beside them:
- a lone space-grouped number after a stop's word is one price ("стоп на 3 210"), a target list is not
  joined (``stop_spaced``);
- an entry zone written "from X to Y" in a language the message shows no other word of ("desde … hasta",
  "dari … sampai") is the zone; "move SL from X to Y" and "from 5 to 10x" are not (``entry_wording``);
- a "trying" verb between the side and its zone ("long deniyorum 6,85 - 7,00") is dropped (``entry_wording``);
- "the stop of the LTC trade" (ar "لصفقة #LTC") names the trade a stop move moves (``stop_subject`` rows);
- "after TP2 move SL to TP1, and so on" is a stop trailing target by target (``stepped_stops``).
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


def test_it_reads_a_space_grouped_stop_move_as_one_price():
    parsed = parse_message("По эфиру: стоп подтягиваем на 3 210, держим дальше до второй цели.")
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol, parsed.price) == ("move_stop", "ETH/USDT", prices("3210")[0])


def test_it_reads_an_english_stop_with_a_space_grouped_price_whole():
    parsed = parse_message("BTC: SL moved to 64 500")
    assert isinstance(parsed, ParsedUpdate)
    assert parsed.price == prices("64500")[0]


@pytest.mark.parametrize("text", ["ETH TP 3 210", "SL 1 2 3"])
def test_it_joins_no_lone_space_grouped_run_outside_a_stop(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "gente ojo con ONE, short desde 0,01385 hasta 0,01420, stop 0,01475, tp 0,0132 0,0126 0,0119, x25",
        "ONE short dari 0,01385 sampai 0,01420, sl 0,01475, target 0,0132 0,0126 0,0119, leverage 25x",
        "ONE short entre 0,01385 y 0,01420, stop 0,01475, tp 0,0132 0,0126 0,0119, x25",
        "ONE short from 0.01385 to 0.01420, stop 0.01475, tp 0.0132 0.0126 0.0119, x25",
        "ONE short 0,01385 se 0,01420 tak, sl 0,01475, tp 0,0132 0,0126 0,0119, 25x",
    ],
)
def test_it_reads_a_from_to_entry_zone_in_any_language(text):
    assert signal_read(text).entry == prices("0.01385", "0.01420")


def test_it_leaves_a_stop_moved_from_one_price_to_another_an_update():
    parsed = parse_message("ETH move SL from 3100 to 3200")
    assert not (parsed and getattr(parsed, "entry", None))


def test_it_keeps_a_leverage_range_out_of_the_entry():
    parsed = signal_read("SOL long, leverage from 5 to 10x, entry 140, sl 130, tp 150")
    assert (parsed.entry, parsed.leverage) == (prices("140"), 5)


def test_it_reads_a_zone_after_a_trying_verb():
    parsed = signal_read(
        "Bitcoin 69.000 üstünde tuttukça sorun yok. DOT long deniyorum 6,85 - 7,00 arası, stop 6,62, "
        "hedefler 7,30 / 7,65 / 8,10, 10x. TP1 sonrası stop girişe."
    )
    assert plan_of(parsed) == (
        "DOT/USDT", "long", prices("6.85", "7.00"), prices("6.62")[0], prices("7.30", "7.65", "8.10"), 10,
    )
    assert parsed.breakeven_after == 1


def test_it_reads_an_english_trying_verb_before_the_zone():
    assert signal_read("DOT long I'm trying 6.85 - 7.00, stop 6.62, targets 7.30 / 7.65").entry == prices("6.85", "7.00")


def test_it_keeps_a_trying_verb_that_no_price_follows():
    assert signal_read("BTC long trying to break 70000, stop 65000").entry == []


@pytest.mark.parametrize(
    "text",
    [
        "تحريك وقف الخسارة لصفقة #LTC إلى نقطة الدخول 🔒 الصفقة الآن بدون مخاطرة",
        "Mover el stop de la operación de #LTC a la entrada",
    ],
)
def test_it_reads_the_trade_a_stop_move_names(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol, parsed.to_entry) == ("move_stop", "LTC/USDT", True)


_PLAN = "INJ long 24\n{targets}: 25.6 / 26.9 / 28.4\n{stop}: 22.7\n"


@pytest.mark.parametrize(
    "text",
    [
        "شراء #INJ الآن من السعر الحالي 🟢\nالأهداف: 25.6 / 26.9 / 28.4\nالستوب: 22.7\nرافعة 5x\n"
        "بعد تحقيق الهدف الثاني ننقل الستوب إلى الهدف الأول، وهكذا مع كل هدف.",
        _PLAN.format(targets="Targets", stop="SL") + "After TP2 move SL to TP1, and so on.",
        _PLAN.format(targets="Цели", stop="Стоп") + "После TP2 стоп на TP1 и так далее.",
        _PLAN.format(targets="目标", stop="止损") + "止盈2后止损移到止盈1，以此类推",
    ],
)
def test_it_reads_a_stop_stepping_target_by_target_and_so_on(text):
    assert signal_read(text).trailing == {"kind": "moving_target", "activate_after_target": 2}


@pytest.mark.parametrize(
    "text",
    [
        _PLAN.format(targets="Targets", stop="SL") + "After TP2 move SL to TP1.",
        "BUY INJ now\nTargets: 25.6, 26.9, 28.4 and so on\nSL: 22.7",
    ],
)
def test_it_reads_no_trail_from_one_stop_step_or_a_list_and_so_on(text):
    assert signal_read(text).trailing is None
