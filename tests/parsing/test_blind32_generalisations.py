"""The rules the 32nd blind set (set a) showed missing, each tried on wordings that set does not contain:
a daily post's call after its list of other coins' results (ticked lines with a target, stop or gain) is the
post's news; a tick beside a profit figure with no price shows what a past plan made, no new call;
Turkish and Hindi end a condition with its verb ("2,31 üzerinde 4 saatlik kapanış gelirse LONG", "… की
क्लोजिंग आए तो लॉन्ग"), so the price before it is the entry; a break-even rule may name its target by the list's circled index ("到达①后");
Chinese "防守放在 X 下方" (the defence placed below X) is the stop; and a "target" past the stop is the
failed plan's view, never a target of the trade.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Итоги вчера:\n#BTC — TP1 ✅ (+20%)\n#ETH — стоп ❌\n\nСИГНАЛ\n#DOGE/USDT ЛОНГ\nВход: 0,40 - 0,39\n"
            "Цели: 0,42 / 0,45\nСтоп: 0,37\nПлечо: 10х",
            ("DOGE/USDT", "long", prices("0.39", "0.40"), Decimal("0.37"), prices("0.42", "0.45"), 10),
        ),
        (
            "Resultados de ayer:\n✅ #BNB objetivo 2 (+25%)\n❌ #ADA stop (-10%)\n\n🚨 SEÑAL #LINK/USDT — SHORT\n"
            "Entrada: 23,10 – 23,50\nObjetivos: 22,40 / 21,80\nStop: 24,20\nApalancamiento: 5x",
            ("LINK/USDT", "short", prices("23.10", "23.50"), Decimal("24.20"), prices("22.40", "21.80"), 5),
        ),
        (
            "Yesterday: #SOL TP2 ✅ +30% | #ARB SL ❌\n\n#NEAR LONG\nEntry 5.10-5.00\nTargets 5.40 5.80\nSL 4.80\nLeverage 10x",
            ("NEAR/USDT", "long", prices("5.00", "5.10"), Decimal("4.80"), prices("5.40", "5.80"), 10),
        ),
    ],
)
def test_the_call_after_other_coins_results_is_the_posts_signal(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_a_repost_of_the_same_coin_with_a_ticked_target_opens_nothing():
    text = "#ETH LONG\nEntry 3400\nTP1 3480 ✅ (+15%)\nTP2 3550\nSL 3310"
    assert not isinstance(parse_message(text), ParsedSignal)


def test_results_followed_by_no_call_open_nothing():
    text = "Итоги: #LINK TP2 ✅ (+38%)\n#ARB стоп ❌\nПодписывайтесь на канал, скоро #SOL"
    assert not isinstance(parse_message(text), ParsedSignal)


def test_a_tick_on_the_calls_own_header_keeps_the_call_whole():
    text = "#OPUSDT PERP — SHORT ✅\nLev: 10X\nEntries: 1.52 / 1.56\nTP: 1.45 | 1.40\nSL: 1.62\n#altseason #OP"
    assert plan_of(signal_read(text)) == (
        "OP/USDT", "short", prices("1.52", "1.56"), Decimal("1.62"), prices("1.45", "1.40"), 10,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Наш VIP сигнал с прошлой недели:\nSOL LONG\nВход: 210\nЦели: 220 / 230\nСтоп: 200\nПлечо: 10x\nВсе цели ✅ прибыль +240%",
        "VIP群上周的单子：\nDOGE 做多\n入场：0.40\n止盈：0.42 / 0.45\n止损：0.38\n全部止盈✅ 总收益186%",
        "Señal de nuestro VIP:\nLINK LONG\nEntrada: 22\nObjetivos: 23 / 24\nStop: 21\nTodos ✅✅ ganancia total +150%",
    ],
)
def test_a_plan_shown_with_its_ticked_gain_is_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_a_gain_promised_when_the_last_target_is_hit_leaves_the_call():
    text = "#SUI/USDT | SHORT\nВход: 3.53\nЦели: 3.34\nСтоп: 3.73\nПотенциальная прибыль когда возьмём последнюю цель = +70% ✅"
    assert plan_of(signal_read(text)) == ("SUI/USDT", "short", prices("3.53"), Decimal("3.73"), prices("3.34"), None)


def test_a_ticked_line_without_a_gain_leaves_the_call():
    text = "SOL LONG\nEntry: 210\nTargets: 220 / 230\nStop: 200\n✅ Leverage 10x"
    assert plan_of(signal_read(text)) == ("SOL/USDT", "long", prices("210"), Decimal("200"), prices("220", "230"), 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "XRP\n• 2,31 üzerinde 4 saatlik kapanış yaparsa LONG\n• Stop: 2,18\n• Hedefler: 2,46 ve 2,62",
            ("XRP/USDT", "long", prices("2.31"), Decimal("2.18"), prices("2.46", "2.62"), None),
        ),
        (
            "BNB\n• 640 altında günlük kapanış olursa SHORT\n• Stop: 662\n• Hedefler: 618 - 600",
            ("BNB/USDT", "short", prices("640"), Decimal("662"), prices("618", "600"), None),
        ),
        (
            "XRP\n• 2,31 gelirse LONG\n• Stop: 2,18\n• Hedefler: 2,46 ve 2,62",
            ("XRP/USDT", "long", prices("2.31"), Decimal("2.18"), prices("2.46", "2.62"), None),
        ),
        (
            "XRP\n• 2.31 के ऊपर 4 घंटे की क्लोजिंग आए तो लॉन्ग\n• स्टॉप: 2.18\n• टारगेट: 2.46, 2.62",
            ("XRP/USDT", "long", prices("2.31"), Decimal("2.18"), prices("2.46", "2.62"), None),
        ),
    ],
)
def test_a_price_before_a_verb_final_condition_is_the_entry(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("SUI LONG\nEntry: 4.05-4.15\nTargets: ① 4.30 ② 4.48 ③ 4.75\nSL: 3.92\nAfter ② hit, move SL to entry", 2),
        ("SUI ЛОНГ\nВход: 4,05-4,15\nЦели: 1️⃣ 4,30 2️⃣ 4,48 3️⃣ 4,75\nСтоп: 3,92\nПосле 1️⃣ стоп в безубыток", 1),
        ("DOGE 做多\n入场：0.40\n止盈：①0.42 ②0.45 ③0.48\n止损：0.38\n到达②后止损移至保本", 2),
    ],
)
def test_a_break_even_rule_names_its_target_by_the_lists_index(text, after):
    assert signal_read(text).breakeven_after == after


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("SOL 做空，入场 150-152，防守设在156上方，目标 145 / 140", Decimal("156")),
        ("AVAX 做多 36.6-37.2，防守放在35.4下方，目标 38.4 / 39.9", Decimal("35.4")),
        ("我个人会在205-210区间分批接多 SOL，防守放在198下方，第一目标225，第二目标240", Decimal("198")),
    ],
)
def test_the_defence_placed_at_a_price_is_the_stop(text, stop):
    assert signal_read(text).stop_loss == stop


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "ETH 做空 3400-3450，防守3520。如果站上3520，会考虑看到3600。第一目标3300，第二目标3200",
            prices("3300", "3200"),
        ),
        (
            "BNB\n如果跌破600，这个逻辑就不成立了，会考虑看到570。\n我会在 620-630 接多，止损 600，第一目标 660，第二目标 690",
            prices("660", "690"),
        ),
        ("SOL long 205-210\nSL 198 (below it, the next target is 180)\nTP 225 / 240", prices("225", "240")),
    ],
)
def test_a_target_past_the_stop_is_no_target_of_the_trade(text, targets):
    assert signal_read(text).take_profits == targets
