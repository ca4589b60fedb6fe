"""The rules the 48th blind set (mixed families, writer j) showed missing, tried on wordings that set does not contain:
- a base right after a side word ("short NOT", "long MOVE", "беру long ONE") is the side's object, and wins over
  BTC or ETH named in the same sentence when the plan is under that major's floor (``plan_subject``);
  "do NOT short", and a plan at BTC's own scale, keep BTC;
- a chat's closing particle ("nha", "nhé") between a Vietnamese pair and its price is read past (``vi`` filler);
- "پله‌ها:", "Ступени:", "Basamaklar:", "Escalones:", "Degraus:", "Bậc thang:", "阶梯：", "درجات الدخول:",
  "Tangga entry:" label a ladder's entries (vocabulary ``entry`` rows); "در ۳ پله" stays a count;
- a sentence with two rules, each with its own "after target N", trails after the target of the trailing's own
  clause (``condition_targets.last_named``);
- one number written only with dot thousands and a decimal comma ("67.250,5", "1.250.000") shows the message's
  style, so its other dotted numbers ("66.800") group thousands too (``number_evidence``); "0.0312" and
  "EURUSD 1.0865" stay decimals.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "symbol", "entry"),
    [
        ("BTC is boring, going short NOT here at 0.00742, sl 0.00778, tp 0.0070 then 0.0066, x10", "NOT/USDT", "0.00742"),
        ("BTC chop again, short MOVE 0.4820, sl 0.5010, tp 0.4600 / 0.4400", "MOVE/USDT", "0.4820"),
        ("ETH мертвый, беру long ONE 0.01462, стоп 0.01365, цели 0.0155 0.0162", "ONE/USDT", "0.01462"),
        ("BTC yatay, short NOT 0,00742 stop 0,00778 hedef 0,0070", "NOT/USDT", "0.00742"),
        ("BTC đi ngang, mình long MOVE nhé, giá 0.4820, sl 0.4600, tp 0.5100", "MOVE/USDT", "0.4820"),
    ],
)
def test_it_reads_the_base_after_a_side_word_over_a_major_out_of_scale(text, symbol, entry):
    parsed = signal_read(text)
    assert parsed.symbol == symbol
    assert parsed.entry == prices(entry)


@pytest.mark.parametrize(
    "text",
    [
        "BTC do NOT short here, wait for 97400, sl 98200, tp 95000",
        "BTC short NOT now, wait for 97400, sl 98200, tp 95000",
    ],
)
def test_it_keeps_btc_when_not_is_an_adverb_or_the_plan_is_btcs_scale(text):
    assert signal_read(text).symbol == "BTC/USDT"


def test_it_reads_a_price_past_a_vietnamese_closing_particle():
    parsed = signal_read("mình vào short LINK nha, giá 14.2, sl 15, tp 13 rồi 12.5, x10")
    assert plan_of(parsed) == ("LINK/USDT", "short", prices("14.2"), Decimal("15"), prices("13", "12.5"), 10)


@pytest.mark.parametrize(
    "text",
    [
        "#PEOPLE лонг\nСтупени: 0,0312 / 0,0298 / 0,0285\nСтоп 0,0269\nЦели 0,0335 / 0,0360",
        "#PEOPLE long\nBasamaklar: 0,0312 / 0,0298 / 0,0285\nStop: 0,0269\nHedef: 0,0335 / 0,0360",
        "#PEOPLE largo\nEscalones: 0,0312 / 0,0298 / 0,0285\nStop: 0,0269\nObjetivos: 0,0335 / 0,0360",
        "#PEOPLE compra\nDegraus: 0,0312 / 0,0298 / 0,0285\nStop: 0,0269\nAlvos: 0,0335 / 0,0360",
        "#PEOPLE long\nBậc thang: 0.0312 / 0.0298 / 0.0285\nSL: 0.0269\nTP: 0.0335 / 0.0360",
        "PEOPLE 做多\n阶梯：0.0312 / 0.0298 / 0.0285\n止损：0.0269\n止盈：0.0335 / 0.0360",
        "#PEOPLE شراء\nدرجات الدخول: 0.0312 / 0.0298 / 0.0285\nوقف الخسارة: 0.0269\nالأهداف: 0.0335 / 0.0360",
        "#PEOPLE لانگ\nپله‌ها: 0.0312 / 0.0298 / 0.0285\nاستاپ: 0.0269\nتارگت: 0.0335 / 0.0360",
        "#PEOPLE long\nTangga entry: 0.0312 / 0.0298 / 0.0285\nSL: 0.0269\nTP: 0.0335 / 0.0360",
        # Near-miss: "در ۳ پله" (in three steps) counts the orders; the entry row is its own.
        "خرید #PEOPLE در ۳ پله\nورود: 0.0312 / 0.0298 / 0.0285\nاستاپ: 0.0269\nتارگت: 0.0335 / 0.0360",
    ],
)
def test_it_reads_a_steps_label_as_the_ladders_entries(text):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.entry) == ("PEOPLE/USDT", "long", prices("0.0285", "0.0298", "0.0312"))


@pytest.mark.parametrize(
    ("rule", "after"),
    [
        ("After TP1 move the stop to entry and after TP2 trail the rest by 1.5%", 2),
        ("После первой цели стоп в безубыток, а после второй цели трейлинг 1,5%", 2),
        ("TP1'den sonra stop girişe, TP2'den sonra %1,5 trailing stop", 2),
        ("بعد از تارگت اول استاپ را به نقطه ورود منتقل کنید و بعد از تارگت سوم با تریلینگ 1.5 درصد ادامه دهید", 3),
        # Near-miss: one condition, the trail after it.
        ("After TP1 hit, activate trailing stop 1.5%", 1),
    ],
)
def test_it_trails_after_the_target_of_its_own_clause(rule, after):
    parsed = signal_read(f"#LINK long\nEntry 14.20\nSL 13.60\nTP 14.80 / 15.40 / 16.10\n{rule}")
    assert parsed.trailing == {"kind": "percent_below_highest", "callback_pct": Decimal("1.5"), "activate_after_target": after}


@pytest.mark.parametrize(
    ("text", "entry", "stop"),
    [
        ("ETH short 3.412,5 - 3.450 sl 3.520 tp 3.350 / 3.280", ("3412.5", "3450"), "3520"),
        ("BTC long 1.250.000 - 1.240.000 sl 1.200.000 tp 1.300.000", ("1240000", "1250000"), "1200000"),
        ("BTC buy zone 64.500 – 64.120,5 stop 63.400 target 66.000", ("64120.5", "64500"), "63400"),
        # Near-misses: no number shows dot thousands, so dotted numbers stay decimals.
        ("PEOPLE long 0.0312 / 0.0298 sl 0.0269 tp 0.0335", ("0.0298", "0.0312"), "0.0269"),
        ("EURUSD buy 1.0865 sl 1.0820 tp 1.0920", ("1.0865",), "1.0820"),
    ],
)
def test_it_reads_dotted_numbers_in_the_style_one_number_shows(text, entry, stop):
    parsed = signal_read(text)
    assert (parsed.entry, parsed.stop_loss) == (prices(*entry), Decimal(stop))
