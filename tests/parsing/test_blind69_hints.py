"""blind69/70: management hints in prose — shares per target by ordinal or group, shares after a CJK full stop, a
trailing stop switched on after a target, a moving stop from whichever target is hit, a break-even at "the first"."""
from __future__ import annotations

from decimal import Decimal

from tests.helpers import prices, signal_read


_SOL = "🔥 #SOL/USDT — ЛОНГ\n\n📥 Вход: 141.8 – 144.2\n🎯 Тейки: 147.5 / 151 / 156.4\n⛔️ Стоп: 137.9\n⚙️ Плечо: х10, изолированная маржа\n\n"
_ARB = "#ARB лонг, если пробьёт 1.12 и закрепится на 4ч\nСтоп: 1.06\nЦели: 1.18, 1.25, 1.34, 1.45\nПлечо 8x\n"
_LINK_AR = "📈 #LINK\nشراء عند الاختراق فوق ١٨.٤٠ (بعد إغلاق شمعة ٤ ساعات فوقها)\nالأهداف: ١٩.٢٠ / ٢٠.٠٠ / ٢١.٥٠\nوقف الخسارة: ١٧.٦٠\nرافعة ٣x\n"
_BNB = "BNB — 585 se 578 ke beech accumulate karo (LONG)\nSL 566 ke niche\nTGT 598/612/630\n"
_ETH_ZH = "🔥 合约信号 🔥\n币种：ETH/USDT\n方向：做空\n杠杆：逐仓 20倍\n入场：3,485 - 3,520\n止盈：3,420 / 3,360 / 3,280\n止损：3,575\n\n"
_WIF = "💎 #WIF لونغ\n\nالدخول: 2.315 - 2.250 - 2.190\nالأهداف:\n1) 2.42\n2) 2.55\n3) 2.70\n4) 2.95\nالستوب: 2.09\n\n"
_PEPE = "🔻 SHORT 1000PEPEUSDT\nVào ngay giá hiện tại\nSL: 0.01215\nTP: 0.01120 | 0.01080 | 0.01030\nLev 15x cross\n"
_LINK_ES = (
    "📊 #LINK/USDT — LARGO\n\nZona de entrada: entre 13,40 y 13,95\nObjetivos: 14,60 · 15,20 · 16,05 · 17,00\n"
    "Stop: cierre diario por debajo de 12,80\nApalancamiento: de 3x a 5x, margen aislado\n\n"
)
_SOL_EN = "SOL long 141.8 - 144.2\nTP 147.5 / 151 / 156.4\nSL 137.9\n"


def test_a_share_then_a_share_for_a_group_after_a_comma_gives_each_its_own():
    russian = signal_read(_SOL + "После первого тейка стоп в безубыток. На TP1 фиксируем 50%, дальше по 25% на втором и третьем.")
    assert russian.take_profit_allocations == prices("0.5", "0.25", "0.25") and russian.breakeven_after == 1
    english = signal_read(_SOL_EN + "TP1 close 50%, then 25% at the second and third.")
    assert english.take_profit_allocations == prices("0.5", "0.25", "0.25")
    # Near miss: the shares do not cover the third target, so nothing is read.
    assert signal_read(_SOL_EN + "TP1 close 50%, then 25% at the second.").take_profit_allocations is None


def test_a_share_at_each_target_is_its_own_clause_beside_a_trail_percentage():
    russian = signal_read(_ARB + "На каждой цели закрываем по 25%, после второй цели включаем трейлинг стоп 2%.")
    assert russian.take_profit_allocations == prices("0.25", "0.25", "0.25", "0.25")
    assert russian.trailing == {"kind": "percent_below_highest", "callback_pct": Decimal("2"), "activate_after_target": 2}
    english = signal_read("ARB long 1.12\nSL 1.06\nTP 1.18 / 1.25 / 1.34 / 1.45\nClose 25% at each target, after TP2 trail 2%.")
    assert english.take_profit_allocations == prices("0.25", "0.25", "0.25", "0.25")


def test_a_trailing_stop_switched_on_after_a_target_starts_there():
    arabic = signal_read(_LINK_AR + "فعّلوا وقف خسارة متحرك بعد الهدف الثاني 🔒")
    assert arabic.trailing == {"kind": "unspecified", "activate_after_target": 2}
    hindi = signal_read(_BNB + "TP2 ke baad trailing SL laga dena, baaki market pe chhod do")
    assert hindi.trailing == {"kind": "unspecified", "activate_after_target": 2}
    english = signal_read(_SOL_EN + "Enable the trailing stop after TP2.")
    assert english.trailing == {"kind": "unspecified", "activate_after_target": 2}


def test_a_trailing_stop_stated_as_a_state_or_a_noun_keeps_no_start():
    # Near misses (tr-blind60-i03, pt-blind61-j05): "trailing stop active" and the noun name the rule, not its start.
    turkish = signal_read("BNB long 585\nSL 566\nTP 598 / 612 / 630\nTP2'den sonra iz süren stop aktif.")
    assert turkish.trailing == {"kind": "unspecified"}
    hindi = signal_read(_BNB + "Trailing SL use karna")
    assert hindi.trailing == {"kind": "unspecified"}


def test_shares_respectively_end_a_chinese_sentence_at_its_full_stop():
    chinese = signal_read(_ETH_ZH + "止盈1到达后止损移至开仓价；三个目标分别平仓50%、30%、20%。")
    assert chinese.take_profit_allocations == prices("0.5", "0.3", "0.2") and chinese.breakeven_after == 1
    # Near miss: two shares for three targets.
    assert signal_read(_ETH_ZH + "三个目标分别平仓50%、50%。").take_profit_allocations is None


def test_a_fourth_target_by_its_ordinal_takes_its_share():
    arabic = signal_read(_WIF + "إدارة الصفقة: جني ٤٠٪ من الكمية عند الهدف الأول و٣٠٪ عند الثاني و٢٠٪ عند الثالث والـ١٠٪ الباقية عند الرابع.")
    assert arabic.take_profit_allocations == prices("0.4", "0.3", "0.2", "0.1")
    russian = signal_read(
        "WIF лонг 2.25\nЦели: 2.42 / 2.55 / 2.70 / 2.95\nСтоп: 2.09\n"
        "Фиксируем 40% на первой цели, 30% на второй, 20% на третьей и 10% на четвёртой."
    )
    assert russian.take_profit_allocations == prices("0.4", "0.3", "0.2", "0.1")
    # Near miss: no share for the fourth.
    assert signal_read(_WIF + "جني ٤٠٪ عند الهدف الأول و٣٠٪ عند الثاني و٣٠٪ عند الثالث.").take_profit_allocations is None


def test_a_stop_moved_to_the_previous_target_whichever_is_hit_starts_at_the_first():
    vietnamese = signal_read(_PEPE + "Chạm TP nào thì kéo SL xuống TP liền trước đó, cứ thế đến hết.")
    assert vietnamese.trailing == {"kind": "moving_target", "activate_after_target": 1}
    # Near miss: a named target still starts it there.
    named = signal_read(_PEPE + "Chạm TP2 thì kéo SL xuống TP liền trước đó, cứ thế đến hết.")
    assert named.trailing == {"kind": "moving_target", "activate_after_target": 2}


def test_a_break_even_when_the_first_is_touched_is_after_target_one():
    spanish = signal_read(_LINK_ES + "Gestión: cerramos un 25% en cada objetivo y, en cuanto toque el primero, stop a precio de entrada.")
    assert spanish.take_profit_allocations == prices("0.25", "0.25", "0.25", "0.25") and spanish.breakeven_after == 1
    english = signal_read(_SOL_EN + "Close 25% at each target; when it hits the first, stop to entry.")
    assert english.breakeven_after == 1
    # Near miss: an ordinal with its own noun after the verb ("the first resistance") is no target.
    assert signal_read(_SOL_EN + "When it hits the first resistance, stop to entry.").breakeven_after is None


def test_a_position_size_clause_after_the_shares_does_not_hide_them():
    chinese = signal_read(
        "ETH/USDT 做多\n入场：3,485 - 3,520\n止盈：3,600 / 3,680 / 3,760\n止损：3,400\n"
        "第一目标止盈50%，第二目标30%，第三目标20%，仓位控制在5%以内"
    )
    assert chinese.take_profit_allocations == prices("0.5", "0.3", "0.2")
    english = signal_read(_SOL_EN + "First target 50%, second 30%, third 20%, risk 2% of capital")
    assert english.take_profit_allocations == prices("0.5", "0.3", "0.2")


def test_a_turkish_share_on_each_entry_is_no_break_even():
    turkish = signal_read("BTC long\nGiriş: 64000 / 63500 / 63000 / 62500\nher girişe %25\nHedef: 65000 / 66000\nStop: 62000")
    assert turkish.entry_allocations == prices("0.25", "0.25", "0.25", "0.25") and turkish.breakeven_after is None
    # Near miss: "stop girişe" is still the stop to entry.
    rule = signal_read("BTC long\nGiriş: 64000\nHedef: 65000 / 66000\nStop: 62000\nTP1 gelince stop girişe")
    assert rule.breakeven_after == 1 and rule.entry_allocations is None


def test_a_chinese_trail_started_after_a_target_starts_there():
    chinese = signal_read("ETH/USDT 做多\n入场：3485\n止盈：3600 / 3680 / 3760\n止损：3400\nTP2后开始移动止损")
    assert chinese.trailing == {"kind": "unspecified", "activate_after_target": 2}
