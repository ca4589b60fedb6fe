"""blind56: a sign-first close share, plural stop words, trailing-stop wordings."""
from __future__ import annotations

from decimal import Decimal

from signals.parsing import ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


def _close(text: str) -> ParsedUpdate:
    update = parse_message(text)
    assert isinstance(update, ParsedUpdate) and update.kind == "close", update
    return update


def test_a_turkish_sign_first_share_with_a_case_suffix_closes_that_share():
    assert _close("#LINK pozisyonunun %50'sini burada kapatın 💰").fraction == Decimal("0.5")
    assert _close("#LINK %30'unu kapatın").fraction == Decimal("0.3")
    assert _close("#LINK %25'ini kapat").fraction == Decimal("0.25")
    assert _close("#LINK pozisyonunun yarısını burada kapatın").fraction == Decimal("0.5")


def test_an_arabic_sign_first_share_closes_that_share():
    assert _close("أغلق ٪50 من LINK").fraction == Decimal("0.5")


def test_a_number_first_share_still_closes_that_share():
    assert _close("Close 25% of #SOL").fraction == Decimal("0.25")


def test_a_sign_first_profit_or_signed_result_is_no_share_and_closes_everything():
    assert _close("LINK pozisyonunu %8 kârla kapatın").fraction == Decimal(1)
    assert _close("Close LINK +%12").fraction == Decimal(1)


def test_a_plural_stop_with_its_side_word_is_the_stop():
    signal = signal_read("ok quick one - ONE short here 0.01835, stops above 0.0191, tp 0.0176 then 0.0168. 10x, small size pls")
    assert plan_of(signal) == ("ONE/USDT", "short", prices("0.01835"), Decimal("0.0191"), prices("0.0176", "0.0168"), 10)
    assert signal_read("BTC long 60000, stops below 58000, tp 62000").stop_loss == Decimal("58000")


def test_a_price_that_stops_above_a_level_is_no_signal():
    assert parse_message("price stops above 0.0191 we'll see") is None


_PEPE = "🔴 SHORT 1000PEPEUSDT\nEntry: CMP\nTP1 0.01190\nTP2 0.01150\nTP3 0.01095\nSL 0.01288\nLeverage 12.5x isolated\n"


def test_a_stop_one_target_behind_is_a_moving_target_after_its_condition():
    signal = signal_read(_PEPE + "Once TP1 hits, the stop trails one target behind.")
    assert signal.trailing == {"kind": "moving_target", "activate_after_target": 1}


def test_one_target_at_a_time_or_without_a_stop_is_no_moving_target():
    assert signal_read(_PEPE + "Once TP1 hits, we take profit one target at a time.").trailing is None
    assert signal_read(_PEPE + "Stay one target behind the crowd.").trailing is None


_WIF = "Шорт #WIF/USDT 🔴\nЛимитки: 2,140 / 2,185 / 2,230\nТейки: 2,060 - 1,980 - 1,870\nСтоп: 2,310\n"
_TRAIL = {"kind": "percent_below_highest", "callback_pct": Decimal("1.5"), "activate_after_target": 2}


def test_a_stop_led_behind_the_price_by_a_percentage_is_a_trail_in_russian_spanish_and_english():
    assert signal_read(_WIF + "Плечо 5-10х\nПосле второго тейка ведём стоп за ценой с отступом 1,5%").trailing == _TRAIL
    assert signal_read(_WIF + "После второго тейка тянем стоп за ценой 1,5%").trailing == _TRAIL
    es = "Short #WIF/USDT\nEntrada: 2,140\nTPs: 2,060 - 1,980\nStop: 2,310\nDespués del segundo TP seguimos el precio con el stop a 1,5%"
    assert signal_read(es).trailing == _TRAIL
    assert signal_read("Short WIF 2.14\nTP 2.06 1.98\nSL 2.31\nAfter TP2 trail the stop 1.5% behind price").trailing == _TRAIL


def test_a_stop_led_to_breakeven_is_no_trail():
    signal = signal_read(_WIF + "После второго тейка ведём стоп в безубыток")
    assert signal.trailing is None and signal.breakeven_after == 2
