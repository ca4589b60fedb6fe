"""The rules the 26th blind set showed missing, each tried on wordings that set does not contain.

Messages about a running trade that repeat its plan open nothing: an entry filled, named by its pair
or its leg; a target list all reached; the stop given its price "now"; a close of the side said before
any label; a call quoted in 「」 or «» under a question, or asked "still valid?". And signals: a
Russian "сеткой" ladder and "отсюда" (from here), Chinese "看 X 和 Y" targets, a tick decorating a
conditional entry, Persian "بین X و Y", "E1:" entry labels, and a price restated as its range
("4.10, matlab 4.10-4.18 zone").
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "Limit on SOL 142.5 filled ✅ SL 136, TP 150 / 158 placed. Waiting.",
        "Лимитный ордер по ETH 3120 исполнен. Стоп 3050, тейки 3200 / 3300 стоят.",
        "Entrada 3 de SOL/USDT ejecutada (138,2). Precio medio 141. Objetivos y stop (132) sin cambios.",
        "Order #2 on DOT/USDT filled at 6.10. Average 6.25, targets and stop (5.80) unchanged.",
        "🔔 Lệnh SOL khớp giá 142. TP 150 / 158 và SL 136 giữ nguyên.",
    ],
)
def test_it_reads_a_fill_named_by_its_pair_or_leg_as_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "📊 RESULTS 📊\nOur #DOGE call: entry 0.162, targets 0.17 / 0.18 / 0.19 all hit ✅ in a day!\nJoin VIP now",
        "🏆 Итоги 🏆\n#DOT: вход 6.1, цели 6.5 / 6.9 все взяты ✅\nВступайте в ВИП",
    ],
)
def test_it_reads_a_target_list_all_reached_as_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "On the SOL long (entry 140-142) the stop is now 138, TP1 150 is near. Set yours.",
        "По ETH лонгу (вход 3100–3120) стоп теперь 3090, первая цель 3200 близко.",
    ],
)
def test_it_reads_a_stop_given_its_price_now_as_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "Cierren el SOL largo ahora en 152, no esperamos el TP3 de 160. El SL de 140 ya no importa.",
        "ETH long close kar do abhi (~3300). TP 3400 ka wait nahi karenge, SL 3150 tha.",
        "ETH多单现在3300手动平掉吧，目标3400不等了，止损3150撤掉。",
        "Close the SOL short now at 141, forget TP3 at 132, the SL at 150 no longer matters.",
    ],
)
def test_it_reads_a_close_of_the_side_before_any_label_as_a_close(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "close"


def test_it_still_reads_a_candle_close_condition_as_a_signal():
    parsed = signal_read("$SOL — long only above 150 (4H close).\nTargets 156, 162\nStop 144")
    assert plan_of(parsed)[:5] == ("SOL/USDT", "long", prices("150"), Decimal("144"), prices("156", "162"))


@pytest.mark.parametrize(
    "text",
    [
        "有人问这单还能进吗？\n「SOL 入场140 目标150/158 止损135」\n现在已经152了，别追了。",
        "Спрашивают, можно ли ещё войти:\n«SOL лонг 140, цели 150/158, стоп 135»\nУже 152, поздно.",
        "یکی بگه این سیگنال SOL خرید بالای 140 با استاپ 135 هنوز معتبره؟ الان قیمت 152 هست",
        "SOL long above 140 with the stop at 135 still valid? price is 152 now",
    ],
)
def test_it_reads_a_call_asked_about_or_quoted_as_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Берём #DOT (лонг) сеткой: 6.20 / 6.05 / 5.90\nСтоп 5.70\nЦели 6.6, 7.0",
            ("DOT/USDT", "long", prices("5.90", "6.05", "6.20"), Decimal("5.70"), prices("6.6", "7.0"), None),
        ),
        (
            "шортую SOL отсюда 152.4, стоп 156, цель 148 потом 144",
            ("SOL/USDT", "short", prices("152.4"), Decimal("156"), prices("148", "144"), None),
        ),
        (
            "SOL 140附近挂多 止损135 看150和158",
            ("SOL/USDT", "long", prices("140"), Decimal("135"), prices("150", "158"), None),
        ),
        (
            "$SOL long se romper 150,5 ✅\nalvos 156 e 162\nstop 144\nalav 5x",
            ("SOL/USDT", "long", prices("150.5"), Decimal("144"), prices("156", "162"), 5),
        ),
        (
            "لانگ DOT بین 6.10 و 6.20، حد ضرر 5.80، تارگت 6.6 / 7.0",
            ("DOT/USDT", "long", prices("6.10", "6.20"), Decimal("5.80"), prices("6.6", "7.0"), None),
        ),
        (
            "🔴 SELL SOL/USDT\nEntries:\nE1: 150\nE2: 153\nTP1: 144\nTP2: 140\nSL: 157",
            ("SOL/USDT", "short", prices("150", "153"), Decimal("157"), prices("144", "140"), None),
        ),
        (
            "short SUI from 4.10, i.e. 4.10-4.18 zone. Targets 3.90, 3.75. SL 4.32",
            ("SUI/USDT", "short", prices("4.10", "4.18"), Decimal("4.32"), prices("3.90", "3.75"), None),
        ),
        (
            "Шорт SUI от 4.10, то есть 4.10-4.18. Цели 3.90, 3.75. Стоп 4.32",
            ("SUI/USDT", "short", prices("4.10", "4.18"), Decimal("4.32"), prices("3.90", "3.75"), None),
        ),
    ],
)
def test_it_reads_the_signal_wordings(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_a_tick_after_a_target_still_reports_a_hit():
    parsed = parse_message("$SOL long 150\nalvos 156 ✅ e 162\nstop 144")
    assert not isinstance(parsed, ParsedSignal)
