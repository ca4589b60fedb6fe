"""blind63: management hints and close fractions in channel wording — a run of shares after a share verb,
"trail the stop" after a target, a trail's own condition after it, a bare "5x" beside an allocation run,
a slashed close fraction, and a gain's percentage before a target's price."""
from __future__ import annotations

from decimal import Decimal

from signals.parsing import ParsedUpdate, parse_message
from tests.helpers import signal_read

_D = Decimal


def _close(text: str) -> ParsedUpdate:
    update = parse_message(text)
    assert isinstance(update, ParsedUpdate) and update.kind == "close", update
    return update


_RU = "🔥 #SOL/USDT — ЛОНГ\n\nВход: 142,5 – 138,0\nПлечо: Cross 10х\nТейки: 146 / 150,5 / 156\nСтоп: 133,8\n\n"
_TR = "#SOL LONG\nGiriş: 140 - 138\nHedef 1: 146\nHedef 2: 150\nHedef 3: 156\nStop: 133\n"
_VI = "#SOL LONG\nVào lệnh: 140 - 138\nTP1: 146\nTP2: 150\nTP3: 156\nSL: 133\n"
_EN = "#SOL LONG\nEntry: 140 - 138\nTP1: 146\nTP2: 150\nTP3: 156\nSL: 133\n"


def test_a_run_of_shares_after_a_close_verb_splits_the_targets():
    parsed = signal_read(_RU + "После первого тейка стоп в безубыток. Фиксируем по 50% / 30% / 20%.")
    assert parsed.take_profit_allocations == [_D("0.5"), _D("0.3"), _D("0.2")]
    assert parsed.breakeven_after == 1
    assert signal_read(_VI + "Chốt 50% / 30% / 20%").take_profit_allocations == [_D("0.5"), _D("0.3"), _D("0.2")]
    assert signal_read(_EN + "Realizamos 50% / 30% / 20%").take_profit_allocations == [_D("0.5"), _D("0.3"), _D("0.2")]


def test_a_share_run_that_does_not_make_up_the_position_is_no_allocation():
    assert signal_read(_VI + "Chốt 50% / 30%").take_profit_allocations is None
    assert signal_read(_RU + "Фиксируем по 30% / 30% / 20%.").take_profit_allocations is None


def test_an_allocation_word_then_shares_ending_a_one_line_call_keeps_its_leverage():
    parsed = signal_read("大饼今天横盘，山寨机会来了。#WLD 多 进场 2.36-2.28 止损 2.15 目标 2.48 / 2.62 / 2.80 5x 止盈分配 40% / 30% / 30%")
    assert (parsed.symbol, parsed.leverage) == ("WLD/USDT", 5)
    assert parsed.take_profit_allocations == [_D("0.4"), _D("0.3"), _D("0.3")]
    parsed = signal_read(_TR + "Kaldıraç 5x. Dağılım %40 / %30 / %30")
    assert parsed.take_profit_allocations == [_D("0.4"), _D("0.3"), _D("0.3")]
    assert signal_read(_EN + "Leverage 5x. Allocation: 40% / 30% / 30%").take_profit_allocations == [_D("0.4"), _D("0.3"), _D("0.3")]


def test_a_gain_with_its_leverage_is_still_no_leverage_of_the_call():
    assert signal_read("#WLD long 2.30 stop 2.15 target 2.48 / 2.62 +45% (10x)").leverage is None


def test_trail_the_stop_after_an_ordinal_target_starts_there():
    text = ("Пока все смотрят на DOGE, даём другую монету.\n#ARB лонг\nвход 0,7420-0,7150 (зона)\nстоп 0,6890\n"
            "цели:\n1) 0,7800\n2) 0,8150\n3) 0,8700\nплечо 5-10х\nПосле второй цели трейлим стоп.")
    assert signal_read(text).trailing == {"kind": "unspecified", "activate_after_target": 2}
    assert signal_read(_EN + "After TP2 trail the stop.").trailing == {"kind": "unspecified", "activate_after_target": 2}
    assert signal_read(_EN + "Después del segundo objetivo trailamos el stop.").trailing == {"kind": "unspecified", "activate_after_target": 2}


def test_trailing_words_without_a_target_name_none():
    assert signal_read(_EN + "Trail the stop once in profit.").trailing == {"kind": "unspecified"}
    assert signal_read(_EN).trailing is None
    # a target named further off belongs to another rule (the break-even's)
    assert signal_read(_EN + "After TP1 stop to entry and trail the rest").trailing == {"kind": "unspecified"}


def test_a_trails_own_condition_after_it_wins_over_an_earlier_clauses_target():
    text = ("📢 SINYAL FUTURES\nKoin: 1000PEPEUSDT\nPosisi: LONG\nEntry: 0,01215 - 0,01180\nTP 1: 0,01260\nTP 2: 0,01310\n"
            "TP 3: 0,01385\nSL: 0,01120\nLeverage: 20x Isolated\n"
            "Catatan: geser SL ke entry kalau TP1 kena, sisanya trailing 2% dari harga tertinggi setelah TP2")
    parsed = signal_read(text)
    assert parsed.breakeven_after == 1
    assert parsed.trailing == {"kind": "percent_below_highest", "callback_pct": _D("2"), "activate_after_target": 2}
    parsed = signal_read(_EN + "Move SL to entry after TP1, then trailing 1.5% after TP2")
    assert (parsed.breakeven_after, parsed.trailing["activate_after_target"]) == (1, 2)
    parsed = signal_read(_TR + "TP1 gelince stop girişe, kalan trailing %1,5 TP2'den sonra")
    assert (parsed.breakeven_after, parsed.trailing["activate_after_target"]) == (1, 2)


def test_a_condition_before_the_trail_in_its_own_clause_still_wins():
    assert signal_read(_EN + "After TP1 trailing 1.5%, TP2 is the main target").trailing["activate_after_target"] == 1


def test_a_slashed_fraction_after_a_close_verb_is_the_share_closed():
    update = _close("#DOGE: ae chốt 1/2 vị thế ở đây nha, phần còn lại dời SL về điểm vào lệnh 0.1712. Thị trường chiều nay đang yếu.")
    assert (update.symbol, update.fraction) == ("DOGE/USDT", _D("0.5"))
    assert _close("#ETH закрываем 1/3 позиции здесь").fraction == _D("0.3333")
    assert _close("#LINK pozisyonun 1/2'sini burada kapatın").fraction == _D("0.5")
    assert _close("BTC 平掉1/2").fraction == _D("0.5")
    assert _close("tutup 1/2 posisi BTC sekarang").fraction == _D("0.5")


def test_a_whole_or_improper_slash_is_no_share():
    assert _close("Close BTC 1/1 now").fraction == 1
    assert _close("Close 25% of #SOL").fraction == _D("0.25")


def test_a_gains_percentage_before_a_targets_price_does_not_hide_the_price():
    parsed = signal_read("#SOL LONG\nGiriş: 2.05 - 2.10\nİlk hedef %18 yukarısı 2.26\nİkinci hedef 2.45\nStop 1.95")
    assert parsed.take_profits == [_D("2.26"), _D("2.45")]
    text = "#SOL LONG\nEntry: 2.05 - 2.10\nПервая цель +18% выше 2.26\nTP2 2.45\nStop 1.95"
    assert signal_read(text).take_profits == [_D("2.26"), _D("2.45")]
    text = "#SOL LONG\nEntry: 2.05 - 2.10\nTP1 18% lucro 2.26\nTP2 2.45\nStop 1.95"
    assert signal_read(text).take_profits == [_D("2.26"), _D("2.45")]


def test_prose_after_a_targets_price_still_ends_the_line():
    text = "#SOL LONG\nEntry: 2.05 - 2.10\nTP1 2.26 then we see 3 more\nTP2 2.45\nStop 1.95"
    assert signal_read(text).take_profits == [_D("2.26"), _D("2.45")]
