"""The rules the thirteenth blind set (``*-blind13.json``) showed missing, each tried on wordings that set
does not contain: Hindi lesson and hypothetical words ("आज का सबक", "मान लीजिए") and Vietnamese questions
("Có ai … không?", "phân vân") are no trade; a promo or results post with a ✅ is no target hit; a ✅ between
a header word and the pair decorates it; "out if / exit if daily closes under X" is the stop; Spanish
"recogemos / tomamos beneficios" labels targets; "Rp2.450" is a Rupiah price and IDR a quote; word shares in
brackets ("(треть)", "(half)", "(mitad)") are notes and the list goes on; "Плечо 7." ends with a full stop;
Turkish "4 saatlikte" is a timeframe; a price range before "aralığından alım" or "区间接多" is the entry;
"止损放在 X 下方" is the stop; Vietnamese "chốt lời dần" labels targets and "3 lệnh" counts orders; a join
footer after a plan's "Đạt TP1 dời SL về entry" leaves it the plan's break-even rule; "第N档" are entry
legs; a ticker glued to Chinese text ("聊聊XRP") names the pair.

blind13 is kept whole: every message of it reads exact after these rules.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "आज का सबक: स्टॉप लॉस क्यों ज़रूरी है। मान लीजिए आपने ETH 3000 पर खरीदा, SL 2900 और टारगेट 3300 रखा।",
        "Aaj ka sabak 📘 maan lijiye aapne SOL 150 pe long kiya, SL 145 aur target 165 rakha.",
    ],
)
def test_it_reads_a_hindi_lesson_or_hypothetical_as_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "Có ai đang giữ lệnh short ETH từ 3500 không? Mình nên cắt lỗ ở 3600 không 😩",
        "Mình đang phân vân long BTC ở 64000, cắt lỗ 62500 có ổn không",
    ],
)
def test_it_reads_a_vietnamese_question_as_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_a_vietnamese_call_with_targets_still_reads():
    parsed = signal_read("Long BTC ở 64000, chốt lời 66000 / 68000, cắt lỗ 62500")
    assert parsed.take_profits == prices("66000", "68000")


@pytest.mark.parametrize(
    "text",
    [
        "🔥 VIP 30% OFF this week 🔥\nLast week: 12 signals, 10 hit TP ✅\nJoin now 👉 @admin",
        "🎁 تخفیف ویژه عضویت VIP! نتایج هفته گذشته: لانگ اتریوم از ۳۱۰۰ تا ۳۴۰۰ ✅",
    ],
)
def test_a_promo_with_ticked_results_is_no_target_hit(text):
    assert parse_message(text) is None


def test_a_plain_ticked_target_is_still_a_hit():
    parsed = parse_message("#ETH/USDT\nTP2 3400 ✅")
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "tp_hit"


def test_a_tick_between_a_header_word_and_the_pair_is_decoration():
    parsed = signal_read("SPOT BUY ✅ $SOL\nEntry: 145\nTargets: 150 - 156\nStop: 139")
    assert (parsed.entry, parsed.stop_loss) == (prices("145"), prices("139")[0])


def test_a_ticked_entry_without_a_pair_after_it_is_still_a_filled_notice():
    assert not isinstance(parse_message("#ADA entry ✅"), ParsedSignal)


@pytest.mark.parametrize(
    "text, stop",
    [
        ("longing $SOL 150, tp 160, out if daily closes below 142", "142"),
        ("buying $LINK @14.2, target 15.5, exit if weekly closes under 13.1", "13.1"),
    ],
)
def test_out_or_exit_if_a_close_under_a_price_is_the_stop(text, stop):
    assert signal_read(text).stop_loss == prices(stop)[0]


@pytest.mark.parametrize(
    "text",
    [
        "SOL: largo en 150. Recogemos beneficios en 158 y 165. Stop en 144.",
        "SOL largo 150, tomamos beneficios en 158 y 165, stop 144",
    ],
)
def test_spanish_beneficios_phrases_label_the_targets(text):
    assert signal_read(text).take_profits == prices("158", "165")


def test_a_rupiah_price_groups_thousands_with_dots_and_idr_is_a_quote():
    parsed = signal_read("Beli ETH/IDR area Rp52.300.000 - Rp53.100.000\nTP Rp56.000.000\nSL Rp50.500.000")
    assert parsed.symbol == "ETH/IDR"
    assert (parsed.entry, parsed.stop_loss) == (prices("52300000", "53100000"), prices("50500000")[0])


@pytest.mark.parametrize(
    "text, targets",
    [
        ("SOL long 150\nTP 156 (half), 162 (rest)\nSL 145", ("156", "162")),
        ("SOL largo en 150\nObjetivos: 156 (mitad), 162 (resto)\nStop 145", ("156", "162")),
        ("ETH лонг 3100\nЦели: 3200 (половина), 3300 (треть), 3400 (остаток)\nСтоп 3000", ("3200", "3300", "3400")),
    ],
)
def test_word_shares_in_brackets_are_notes_and_the_list_goes_on(text, targets):
    assert signal_read(text).take_profits == prices(*targets)


def test_percentage_shares_in_brackets_still_allocate():
    parsed = signal_read("SOL long 150\nTP 156 (50%), 162 (50%)\nSL 145")
    assert parsed.take_profit_allocations is not None


@pytest.mark.parametrize(
    "text",
    ["ETH: лонг от 3100, цели 3200 и 3300, стоп 3000. Плечо 10.", "ETH long 3100, TP 3200 / 3300, SL 3000. Leverage 10."],
)
def test_a_bare_leverage_before_a_full_stop_is_read(text):
    assert signal_read(text).leverage == 10


def test_a_leverage_with_a_decimal_part_still_reads_whole():
    assert signal_read("ETH long 3100, TP 3200, SL 3000. Leverage 12.5").leverage == prices("12.5")[0]


@pytest.mark.parametrize("hours", ["1 saatlikte", "4 saatlik", "4 saatte"])
def test_a_turkish_hours_count_is_a_timeframe_not_the_entry(hours):
    parsed = signal_read(f"SOL {hours} 150 üstü kapanış gelirse long. Hedef 156. Stop 146.")
    assert parsed.entry == prices("150")


@pytest.mark.parametrize(
    "text",
    [
        "#SOL planım: 148 - 151 aralığından alım. Hedefler 158 / 165. Stop 144 altı.",
        "SOL 148 - 151 bölgesinden alım, hedef 158 ve 165, stop 144",
        "我的计划：SOL 148-151区间分批接多，止损放在144下方，目标看158、165。",
    ],
)
def test_a_price_range_before_its_range_word_and_side_is_the_entry(text):
    parsed = signal_read(text)
    assert (parsed.entry, parsed.stop_loss, parsed.take_profits) == (prices("148", "151"), prices("144")[0], prices("158", "165"))


def test_a_chinese_stop_placed_above_a_price_is_the_stop():
    assert signal_read("ETH 3400-3450区间接空，止损设在3520上方，目标3300、3200").stop_loss == prices("3520")[0]


def test_chot_loi_dan_labels_the_targets():
    parsed = signal_read("Short SOL quanh 150, dừng lỗ 156. Chốt lời dần 145 / 140 / 135.")
    assert parsed.take_profits == prices("145", "140", "135")


def test_a_count_before_lenh_is_no_price():
    parsed = signal_read("BTC LONG – DCA 2 lệnh\nVào: 64000 / 63000\nSL: 62000\nTP: 66000, 68000")
    assert parsed.entry == prices("63000", "64000")


def test_a_join_footer_after_a_plans_breakeven_rule_leaves_it_the_plans_rule():
    parsed = signal_read(
        "#SOL 🟢 MUA (LONG)\nGiá vào: 148 – 151\nMục tiêu: 156 / 162\nStoploss: 144\n"
        "Đạt TP1 dời SL về entry.\n👉 Tham gia nhóm VIP inbox admin"
    )
    assert parsed.breakeven_after == 1


def test_a_ticked_target_with_a_stop_move_is_still_an_update():
    parsed = parse_message("#SOL TP1 ✅ dời SL về entry")
    assert isinstance(parsed, ParsedUpdate)


@pytest.mark.parametrize("step", ["档", "檔"])
def test_chinese_numbered_steps_are_entry_legs(step):
    parsed = signal_read(f"#SOL 现货 分批买入\n第一{step} 150\n第二{step} 147\n第三{step} 144\n止盈 158 / 165\n止损 139")
    assert parsed.entry == prices("144", "147", "150")


def test_a_ticker_glued_to_chinese_text_names_the_pair():
    parsed = signal_read("今天聊聊SOL。计划：148-151区间接多，止损144，目标158、165。")
    assert parsed.symbol == "SOL/USDT"
