"""Prose calls whose plan a reading for now or a condition used to break, each rule tried with variants in other
languages and a message that must stay out of trades: shares named at ordinal targets inside a whole plan
("Realizem 50% no primeiro alvo, 30% no segundo …") and a break-even written as a score ("stop no 0 a 0"); an entry
zone before a verb-last side ("3,420 se 3,465 ke beech short bharo") and a target offered on a condition ("aur agar
proper dump aaya to 3,180 tak"); "now … around X" telling where the market stands before a conditional call."""
from __future__ import annotations

from decimal import Decimal

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import prices, signal_read

_PT_PLAN = (
    "Galera, entrando comprado em SOL agora a mercado, tá em 142 e pouco 👀\nStop abaixo de 136,8.\nAlvos 147 / 152 / 160.\n"
    "Realizem 50% no primeiro alvo, 30% no segundo e deixem 20% correr pro terceiro.{rule}\nAlav 5x-10x isolada"
)
_SHARES = prices("0.5", "0.3", "0.2")


def _no_trade(text: str) -> bool:
    return not isinstance(parse_message(text), ParsedSignal)


# Shares at ordinal targets ("no primeiro alvo": "first Target" once canonical) inside a whole plan: its allocations.
def test_shares_at_ordinal_targets_in_a_market_plan_are_its_allocations_not_a_close():
    parsed = signal_read(_PT_PLAN.format(rule=""))
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("long", [], Decimal("136.8"))
    assert parsed.take_profits == prices("147", "152", "160")
    assert parsed.take_profit_allocations == _SHARES


def test_the_same_plan_in_english_spanish_and_russian_keeps_its_allocations():
    for text in (
        "Going long SOL now at market, around 142.\nStop below 136.8.\nTargets 147 / 152 / 160.\n"
        "Take 50% at the first target, 30% at the second and let 20% run to the third.",
        "Entrando en largo en SOL ahora a mercado, está en 142.\nStop debajo de 136,8.\nObjetivos 147 / 152 / 160.\n"
        "Realicen 50% en el primer objetivo, 30% en el segundo y dejen correr 20% al tercero.",
        "Заходим в лонг по SOL сейчас по рынку, цена 142.\nСтоп ниже 136,8.\nЦели 147 / 152 / 160.\n"
        "Фиксируем 50% на первой цели, 30% на второй и 20% оставляем до третьей.",
    ):
        parsed = signal_read(text)
        assert parsed.take_profit_allocations == _SHARES, text


def test_a_share_closed_now_without_a_plan_stays_a_close():
    parsed = parse_message("Realizem 50% agora no SOL, o resto segue.")
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "close" and parsed.fraction == Decimal("0.5")


# "Bateu o alvo 1, stop no 0 a 0": a break-even written as a score, after a target's hit, in the plan.
def test_a_score_break_even_after_a_hit_is_the_plans_break_even_rule():
    parsed = signal_read(_PT_PLAN.format(rule=" Bateu o alvo 1, stop no 0 a 0 😉"))
    assert (parsed.breakeven_after, parsed.take_profit_allocations, parsed.leverage) == (1, _SHARES, 5)
    assert parsed.margin_mode == "isolated"


def test_a_holders_stop_at_nil_nil_stays_no_call():
    assert parse_message(
        "Minha parcial de hoje: entrei em AVAX a 24,30 ontem, já realizei metade em 26,10 e o resto tá rodando com "
        "stop no 0 a 0. Não é call, só compartilhando 🙏"
    ) is None


# "3,420 se 3,465 ke beech short bharo": the zone before a verb-last side is the entry.
_HI_PLAN = (
    "Bhai log scene ye hai ki ETH ne 3,500 wala zone 3 baar reject kiya hai 👀 mera plan simple hai — 3,420 se 3,465 ke beech "
    "short bharo, SL 3,512 pe rakhna. Targets pehle 3,360, phir 3,290{tail}\n10x leverage kaafi hai, isolated pe hi khelna. "
    "TP1 lagte hi SL entry pe kar dena"
)


def test_a_zone_before_a_verb_last_side_is_the_entry():
    parsed = signal_read(_HI_PLAN.format(tail=""))
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("short", prices("3420", "3465"), Decimal("3512"))
    assert (parsed.leverage, parsed.margin_mode, parsed.breakeven_after) == (10, "isolated", 1)


def test_a_question_about_a_zone_before_the_side_stays_no_call():
    assert _no_trade("Bhai ETH 3,420 se 3,465 ke beech short kaisa rahega?")


# "aur agar proper dump aaya to 3,180 tak": a target offered on a condition is the list's next target.
def test_a_target_offered_on_a_condition_is_the_next_target():
    parsed = signal_read(_HI_PLAN.format(tail=" aur agar proper dump aaya to 3,180 tak 📉"))
    assert (parsed.entry, parsed.take_profits) == (prices("3420", "3465"), prices("3360", "3290", "3180"))


def test_the_conditional_target_in_english_and_russian():
    for text in (
        "ETH short 3,420 - 3,465, SL 3,512. Targets 3,360, then 3,290 and if a proper dump comes then 3,180",
        "ETH шорт 3420-3465, стоп 3512. Цели 3360, потом 3290, а если будет нормальный слив, то 3180",
    ):
        assert signal_read(text).take_profits == prices("3360", "3290", "3180"), text


def test_a_condition_with_its_own_trigger_or_a_step_back_adds_no_target():
    for text in (
        "ETH short 3420-3465, SL 3512. Targets 3360, 3290 and if it breaks 3250 then 3180",
        "ETH short 3420-3465, SL 3512. Targets 3360, 3290 and if it bounces then 3400",
        "بچه‌ها لانگ WIF، ورود ۲٫۴۱ استاپ ۲٫۲۸ تارگت ۲٫۵۵ و ۲٫۷۰، اگه خواستید با لوریج ۵ بیاید",
    ):
        assert len(signal_read(text).take_profits) == 2, text


# "BTC अभी 67,300 के आसपास घूम रहा है … अगर 67,800 के ऊपर … तभी लॉन्ग": "now" describes the market; the trigger is the entry.
def test_now_around_a_price_gives_way_to_a_later_conditional_entry():
    for text in (
        "दोस्तों BTC अभी 67,300 के आसपास घूम रहा है, कुछ खास नहीं हो रहा 😴\nमेरा प्लान ये है: अगर 67,800 के ऊपर 1H कैंडल "
        "क्लोज़ देता है तभी लॉन्ग लेना, SL 66,950 रखना और टारगेट 68,900 फिर 70,200 🚀 लीवरेज 5x",
        "BTC is now hovering around 67,300, nothing special.\nMy plan: only long if a 1H candle closes above 67,800, "
        "SL 66,950, targets 68,900 then 70,200. Leverage 5x",
        "BTC сейчас болтается около 67 300, ничего особенного.\nПлан: лонг только если 1H свеча закроется выше 67 800, "
        "стоп 66 950, цели 68 900, потом 70 200. Плечо 5x",
    ):
        parsed = signal_read(text)
        assert (parsed.side, parsed.entry, parsed.stop_loss) == ("long", prices("67800"), Decimal("66950")), text
        assert parsed.take_profits == prices("68900", "70200"), text


def test_a_long_now_at_a_price_stays_a_market_order():
    parsed = signal_read("BTC long now at 67,300, SL 66,950, targets 68,900 then 70,200")
    assert (parsed.side, parsed.entry) == ("long", [])


def test_a_market_description_alone_stays_no_call():
    assert _no_trade("BTC is now hovering around 67,300, nothing special. Will long only if 1H closes above 67,800, no plan yet")
