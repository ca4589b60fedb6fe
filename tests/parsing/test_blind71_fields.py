"""The rules the 71st/72nd blind sets showed missing in a signal's fields and hints, tried on other wordings:
- a Turkish ordinal's dot ("2. hedeften sonra", "2. Target after" once canonical) numbers the target word after
  it: no price of the section before, no sentence end between the condition and its trail (``label_context``,
  ``hints``); a "close" ending its sentence labels no price (``sections``);
- a bare index after a share ("50% no alvo 1, 25% no 2 e 25% no 3") repeats the target word (``share_runs``), and
  a share's index may be followed by a word or two before the next share ("… alvo 2 e deixar 40%") (``label_context``);
- a price right after a market word opening its line ("现价 3455 附近直接进场") notes the market, the entry is []
  (``sections.market_before_entry``); a labelled "Market entry: 3455" still gives the price;
- "use a trailing stop after TP2" switches the trail on from TP2; "don't be greedy" is no break-even (``verb_be``);
- Hinglish "aate hi" (as soon as it comes) is a condition; Russian "изолка" is isolated margin (``vocabulary``);
- a Chinese numeral opening a line before a price ("一 3560") is a list index (``text``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import prices, signal_read


def shares(*values: str) -> list[Decimal]:
    return [Decimal(v) for v in values]


def test_it_reads_a_turkish_ordinal_before_a_target_as_no_price_and_starts_the_trail_there():
    parsed = signal_read(
        "#ARB LONG\nGiriş: 1.120\nHedef 1: 1.150\nHedef 2: 1.190\nHedef 3: 1.240\nStop: 1.080\nKaldıraç 10x\n\n"
        "Yönetim: her hedefte pozisyonun %33'ünü kapatıyoruz. 1. hedeften sonra %1,5 takip eden stop devreye giriyor."
    )
    assert parsed.take_profits == prices("1.150", "1.190", "1.240")
    assert parsed.trailing == {"kind": "percent_below_highest", "callback_pct": Decimal("1.5"), "activate_after_target": 1}


def test_it_keeps_a_price_after_a_close_label_written_with_its_leading_dot():
    parsed = signal_read("DOGE LONG\nEntry .62\nSL .58\nClose .75")
    assert parsed.take_profits == prices("0.75")


def test_it_keeps_a_numbered_label_s_own_price_written_before_a_dot():
    parsed = signal_read("BTC LONG\nEntry 64000\nSL 62000\nTP1 2. TP2 3.")
    assert parsed.take_profits == prices("2", "3")  # "TP2" numbers itself: the "2." before it is TP1's price


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sinal: long LINK aqui 14,20 stop 13,70 alvos 14,80 15,40 16,20 alav 10x. realiza 50% no alvo 1, 25% no 2 e 25% no 3",
         shares("0.5", "0.25", "0.25")),
        ("señal: long LINK aquí 14,20 stop 13,70 objetivos 14,80 15,40 16,20 apalancamiento 10x. cierra 40% en TP1, 30% en 2 y 30% en 3",
         shares("0.4", "0.3", "0.3")),
        ("LINK long here 14.20 stop 13.70 targets 14.80 15.40 16.20 lev 10x. take 50% at TP1, 25% at 2, 25% at 3",
         shares("0.5", "0.25", "0.25")),
    ],
)
def test_it_reads_a_bare_index_after_a_share_as_the_next_target(text, expected):
    parsed = signal_read(text)
    assert parsed.take_profits == prices("14.80", "15.40", "16.20")
    assert parsed.take_profit_allocations == expected


def test_it_keeps_a_bare_number_after_a_share_that_is_a_price():
    parsed = signal_read("LINK long here 14.20 stop 13.70 targets 14.80 15.40 16.20 lev 10x. take 50% at TP1, 25% at 2.5 days")
    assert parsed.take_profit_allocations is None


@pytest.mark.parametrize(
    "text",
    [
        "PEPE LONG agora no preço atual\nAlvos: 0,00001085 - 0,00001120 - 0,00001190\nStop: 0,00000998\nAlav 10x\n"
        "Realizar 30% no alvo 1, 30% no alvo 2 e deixar 40% pro alvo 3",
        "PEPE LONG ahora a mercado\nObjetivos: 0,00001085 - 0,00001120 - 0,00001190\nStop: 0,00000998\nApalancamiento 10x\n"
        "Tomar 30% en el objetivo 1, 30% en el objetivo 2 y dejar 40% para el objetivo 3",
    ],
)
def test_it_reads_a_share_index_followed_by_words_and_the_next_share_as_no_price(text):
    parsed = signal_read(text)
    assert parsed.take_profits == prices("0.00001085", "0.00001120", "0.00001190")
    assert parsed.take_profit_allocations == shares("0.3", "0.3", "0.4")


def test_it_reads_a_price_beside_the_current_price_word_opening_its_line_as_a_market_entry():
    parsed = signal_read("【现价多】ETH 🚀\n现价 3455 附近直接进场做多\n止损：3380\n止盈：3520 / 3590 / 3680\n杠杆：20倍 全仓")
    assert parsed.entry == [] and parsed.take_profits == prices("3520", "3590", "3680")


def test_it_keeps_the_price_of_a_labelled_market_entry_line():
    parsed = signal_read("ETH LONG\nРыночный вход: 3455\nСтоп: 3380\nТейки: 3520 3590")
    assert parsed.entry == prices("3455")


@pytest.mark.parametrize(
    "text",
    [
        "SOL/USDT SHORT Leverage 5-10x\nEntry 148.6\nTargets 145.2 / 141.8 / 137\nSL 152.3\nUse a trailing stop after TP2, don't be greedy 🙏",
        "SOL/USDT SHORT Apalancamiento 5x\nEntrada 148.6\nObjetivos 145.2 / 141.8 / 137\nSL 152.3\nUsen trailing stop después del TP2",
    ],
)
def test_it_starts_a_trail_that_is_used_after_a_target(text):
    parsed = signal_read(text)
    assert parsed.trailing == {"kind": "unspecified", "activate_after_target": 2}
    assert parsed.breakeven_after is None


@pytest.mark.parametrize("text", ["BTC LONG\nEntry 64000\nSL 62000\nTP 66000\nAfter TP1 move SL to BE.",
                                  "BTC LONG\nEntry 64000\nSL 62000\nTP 66000 68000\nafter tp1 sl to be"])
def test_it_still_reads_sl_to_be_as_break_even(text):
    assert signal_read(text).breakeven_after == 1


@pytest.mark.parametrize(
    "text",
    [
        "bhai log SOL long le lo 142-145 ke beech me, sl 136 tgt 150 158 170 , 10x isolated rakhna. tp1 aate hi sl entry pe kar dena",
        "SOL long 142-145, sl 136, tgt 150 158 170, 10x. TP1 आते ही SL entry पे कर देना",
    ],
)
def test_it_reads_hinglish_aate_hi_as_the_break_evens_condition(text):
    assert signal_read(text).breakeven_after == 1


@pytest.mark.parametrize(("word", "mode"), [("изолка", "isolated"), ("изолку", "isolated"), ("кросс", "cross")])
def test_it_reads_russian_margin_slang(word, mode):
    parsed = signal_read(f"шорт WIF от 2,85 до 2,95 стоп 3,08 тейки 2,70 2,55 2,30 плечо 10-20х {word}")
    assert parsed.margin_mode == mode and parsed.entry == prices("2.85", "2.95")


def test_it_reads_chinese_numerals_opening_target_lines_as_indexes():
    parsed = signal_read(
        "🔥VIP合约信号🔥\n币种：＃ＥＴＨ／ＵＳＤＴ\n方向：做多 📈\n入场区间：３４５５－３４９０\n止盈目标：\n一 ３５６０\n二 ３６４０\n三 ３７５０\n"
        "止损：３３８０\n杠杆：全仓 ２０倍\n\n第一目标平４０％，第二目标平３０％，第三目标平３０％；到达第一目标后止损移至入场价。"
    )
    assert parsed.take_profits == prices("3560", "3640", "3750")
    assert parsed.take_profit_allocations == shares("0.4", "0.3", "0.3") and parsed.breakeven_after == 1


def test_it_reads_a_chinese_numeral_list_with_a_comma_mark():
    parsed = signal_read("BTC 做多\n入场：64000\n止损：62000\n止盈：\n一、66000\n二、68000")
    assert parsed.take_profits == prices("66000", "68000")
