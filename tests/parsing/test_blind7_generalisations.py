"""The rules the seventh blind set (``*-blind7.json``) showed missing, each tried on wordings that set
does not contain: a ladder of entries on lines under a header ("Limit orders:", "第一仓", "پله اول");
a count of orders after an entry label or side ("Entry 3 part me:", "em 3 ordens"), which is no
price; short words of a table that are also listed tickers ("me") named bare; a break-even rule
inside a whole plan ("Chạm TP1 thì dời SL về điểm vào"), which is the plan's and no stop update;
Indonesian dot thousands and decimal commas; conditional entries in local words ("при закреплении
ниже", "khi phá", "الشراء بين … و …"); margin words ("ký quỹ cô lập", "هامش متقاطع", "Маржа:
изолированная"); a bare leverage before a list comma ("Плечо 20, кросс"); space-grouped thousands
with a decimal comma ("3 512,5"); "Accumulate" as an entry label; "CMP or dip to X"; a target named in
a rule for later ("Após o alvo 1, mover o stop"), whose number is its index.

Every message of blind7 reads exactly after these rules; none is left out.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import prices


@pytest.mark.parametrize(
    "text",
    [
        "#SOL/USDT LONG\nLimit orders:\n145.2 (30%)\n142.8 (30%)\n140.1 (40%)\nTargets: 150 / 155\nStop: 137",
        "SOL 分批做多\n第一仓 145.2（30%）\n第二仓 142.8（30%）\n第三仓 140.1（40%）\n目标：150 / 155\n止损：137",
        "#SOL خرید پله‌ای\nپله اول ۱۴۵٫۲ (۳۰٪)\nپله دوم ۱۴۲٫۸ (۳۰٪)\nپله سوم ۱۴۰٫۱ (۴۰٪)\nتارگت‌ها: ۱۵۰ / ۱۵۵\nحد ضرر: ۱۳۷",
    ],
)
def test_it_reads_a_ladder_of_entries_on_lines_under_a_header(text):
    parsed = parse_message(text)
    assert (parsed.entry, parsed.take_profits, parsed.stop_loss) == (
        prices("140.1", "142.8", "145.2"), prices("150", "155"), Decimal("137"),
    )
    assert parsed.entry_allocations == prices("0.4", "0.3", "0.3")


@pytest.mark.parametrize(
    "text",
    [
        "DOT long\nEntry 3 parts: 6.82, 6.61, 6.40\nTarget: 7.15 / 7.48\nSL: 6.12",
        "#DOT compra em 3 ordens\n6,82\n6,61\n6,40\nAlvos: 7,15 / 7,48\nStop: 6,12",
        "DOT/USDT LONG in 3 orders\n6.82\n6.61\n6.40\nTP 7.15 7.48\nSL 6.12",
    ],
)
def test_it_reads_a_count_of_orders_after_an_entry_label_as_no_price(text):
    parsed = parse_message(text)
    assert parsed.entry == prices("6.40", "6.61", "6.82")
    assert parsed.certainty == "high"


def test_it_never_takes_a_short_local_word_written_bare_for_a_listed_ticker():
    parsed = parse_message("OP long bhai\nEntry 2 part me: 1.955, 1.905\nTarget: 2.10 / 2.25\nSL: 1.84")
    assert (parsed.symbol, parsed.entry) == ("OP/USDT", prices("1.905", "1.955"))
    assert not any(reason.code == "two_pairs" for reason in parsed.certainty_reasons)


@pytest.mark.parametrize("pair", ["#ME", "$ME", "MEUSDT"])
def test_it_still_reads_a_local_word_as_a_ticker_when_tagged_or_joined(pair):
    assert parse_message(f"{pair} LONG\nEntry: 1.52\nTP: 1.60 / 1.70\nSL: 1.45").symbol == "ME/USDT"


@pytest.mark.parametrize(
    "rule",
    [
        "Chạm TP1 thì dời SL về điểm vào",
        "Jika TP1 tercapai, pindahkan SL ke entry",
        "Si se alcanza el TP1, mover stop a punto de equilibrio",
    ],
)
def test_it_keeps_a_break_even_rule_inside_a_whole_plan_as_the_plans_hint(rule):
    parsed = parse_message(f"#LINK LONG\nEntry: 14.6 / 14.15 / 13.68\nTargets: 15.4 / 16.25 / 17.5\nSL: 12.92\n{rule}")
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.entry, parsed.breakeven_after) == (prices("13.68", "14.15", "14.6"), 1)


def test_it_still_reads_a_new_stop_price_under_a_repeated_plan_as_an_update():
    parsed = parse_message("#LINK LONG\nEntry: 14.6\nTargets: 15.4 / 16.25\nSL: 12.92\nUpdate: dời SL về 14,2")
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.price) == ("move_stop", Decimal("14.2"))


@pytest.mark.parametrize(
    ("text", "entry", "stop"),
    [
        ("#BTC BELI\nArea beli: 64.150 - 64.650\nTarget jual: 65.700 / 67.050\nStop loss: 63.050",
         prices("64150", "64650"), Decimal("63050")),
        ("#ARB JUAL\nHarga masuk: 1,125\nTarget: 1,085 / 1,040\nSL: 1,162", prices("1.125"), Decimal("1.162")),
    ],
)
def test_it_reads_indonesian_dot_thousands_and_decimal_commas(text, entry, stop):
    parsed = parse_message(text)
    assert (parsed.entry, parsed.stop_loss) == (entry, stop)


def test_it_keeps_dot_decimals_in_hinglish():
    parsed = parse_message("ARB long\nEntry: 1.125 - 1.105\nTarget: 1.185 / 1.240\nSL: 1.060\nTP1 ke baad SL entry pe shift kar dena")
    assert (parsed.entry, parsed.stop_loss, parsed.breakeven_after) == (prices("1.105", "1.125"), Decimal("1.060"), 1)


@pytest.mark.parametrize(
    ("text", "side", "entry"),
    [
        ("#OP лонг при закреплении выше 1,955\nЦели 2,05 / 2,12\nСтоп 1,88", "long", prices("1.955")),
        ("OP: short khi phá 1,955\nMục tiêu: 1,88 / 1,81\nCắt lỗ: 2,02", "short", prices("1.955")),
        ("توصية فيوتشر عملة #OP\nالبيع بين ١٫٩٥ و ١٫٩٨\nالأهداف: ١٫٨٨ – ١٫٨١\nوقف: ٢٫٠٥", "short", prices("1.95", "1.98")),
    ],
)
def test_it_reads_a_conditional_entry_in_local_words(text, side, entry):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.side, parsed.entry) == (side, entry)


@pytest.mark.parametrize(
    ("line", "mode"),
    [
        ("Đòn bẩy 10x, ký quỹ cô lập", "isolated"),
        ("Đòn bẩy x10 ký quỹ chéo", "cross"),
        ("الرافعة 10x هامش متقاطع", "cross"),
        ("Маржа: изолированная", "isolated"),
    ],
)
def test_it_reads_margin_mode_words(line, mode):
    assert parse_message(f"#OPUSDT LONG\nEntry: 1.955\nTP: 2.05 / 2.12\nSL: 1.88\n{line}").margin_mode == mode


@pytest.mark.parametrize(("line", "leverage"), [("Плечо 20, кросс", 20), ("Leverage 15, isolated", 15), ("Kaldıraç 10, çapraz", 10)])
def test_it_reads_a_bare_number_after_a_leverage_word_before_a_list_comma(line, leverage):
    assert parse_message(f"#OPUSDT LONG\nEntry: 1.955\nTP: 2.05 / 2.12\nSL: 1.88\n{line}").leverage == leverage


def test_it_joins_space_grouped_thousands_before_a_decimal_comma():
    parsed = parse_message("#ETHUSDT ЛОНГ\nВход: 3 412,5\nСтоп: 3 350\nЦели: 3 480,5 / 3 540")
    assert (parsed.entry, parsed.stop_loss, parsed.take_profits) == (prices("3412.5"), Decimal("3350"), prices("3480.5", "3540"))


@pytest.mark.parametrize(
    "text",
    [
        "#OP spot\nAccumulate 1.86 - 1.95\nSell targets 2.10 / 2.25\nStop 1.79",
        "#OP\nAcumular: 1,86 - 1,95\nObjetivos: 2,10 / 2,25\nStop: 1,79",
        "#OP spot\nAcumule entre 1,86 e 1,95\nAlvos: 2,10 / 2,25\nStop: 1,79",
    ],
)
def test_it_reads_accumulate_as_an_entry_label(text):
    assert parse_message(text).entry == prices("1.86", "1.95")


@pytest.mark.parametrize("line", ["$OP buy CMP or dip to 1.86", "#OP long market or lower at 1.86"])
def test_it_reads_the_price_after_or_and_limit_words_as_the_entry(line):
    assert parse_message(f"{line}\nTP 2.10 / 2.25\nSL 1.79").entry == prices("1.86")


@pytest.mark.parametrize(
    "rule", ["Após o alvo 1, mover o stop para a entrada", "After target 1, move the stop to entry", "بعد الهدف 1، انقل الستوب إلى الدخول"]
)
def test_it_reads_the_number_after_a_target_in_a_rule_as_its_index(rule):
    parsed = parse_message(f"#OP LONG\nEntrada: 1,955\nAlvos: 2,05 / 2,12\nStop: 1,88\n{rule}")
    assert (parsed.take_profits, parsed.breakeven_after) == (prices("2.05", "2.12"), 1)
