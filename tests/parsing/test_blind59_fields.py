"""Round 59 misses: informal labels ("Takes:", "bids sitting", "stops … looking for") and conditional
entries with "only below" or an "I go in" verb between the trigger price and the side."""
from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read


def test_it_reads_takes_as_the_target_label():
    parsed = signal_read(
        "$ETH — Long setup\n\nBuy zone: 3,412 – 3,468\nInvalidation: 3,329 (4H close below)\n"
        "Takes: 3,540 / 3,615 / 3,760 / 3,980\nLev: 5x–10x\n\n"
        "After TP2 we trail the rest with a 1.5% callback. Size down, the DXY print is tomorrow."
    )
    assert parsed.take_profits == prices("3540", "3615", "3760", "3980")
    assert parsed.entry == prices("3412", "3468") and parsed.stop_loss == prices("3329")[0]


def test_it_reads_bids_sitting_as_entries_and_looks_after_plural_stops_as_targets():
    parsed = signal_read("OP bids sitting 1.842 / 1.795 / 1.751, stops 1.69, looking for 1.98 2.10 2.34. 10x max, dont be a hero")
    assert plan_of(parsed) == (
        "OP/USDT", "long", prices("1.751", "1.795", "1.842"), prices("1.69")[0], prices("1.98", "2.10", "2.34"), 10)


def test_it_reads_russian_only_below_as_the_conditional_entry():
    parsed = signal_read("LINKUSDT PERP 🔴 шорт только ниже 13,42\nстоп 14,05\nцели 12,80 / 12,15\nизолированная маржа, плечо 15")
    assert plan_of(parsed) == ("LINK/USDT", "short", prices("13.42"), prices("14.05")[0], prices("12.80", "12.15"), 15)


def test_it_reads_only_below_in_other_languages_as_the_conditional_entry():
    for text in (
        "LINK short solo por debajo de 13,42, stop 14,05, objetivos 12,80 / 12,15",
        "LINK short só abaixo de 13,42, stop 14,05, alvos 12,80 / 12,15",
        "LINK short sadece 13,42 altında, stop 14,05, hedef 12,80 / 12,15",
        "LINK short hanya di bawah 13,42, SL 14,05, TP 12,80 / 12,15",
    ):
        assert signal_read(text).entry == prices("13.42"), text


def test_it_reads_if_it_breaks_then_i_go_long_as_the_conditional_entry():
    parsed = signal_read("Si PEPE rompe 0,00001250 entro long, SL 0,00001180, TP 0,00001340 / 0,00001450 👀")
    assert plan_of(parsed) == (
        "PEPE/USDT", "long", prices("0.00001250"), prices("0.00001180")[0], prices("0.00001340", "0.00001450"), None)


def test_it_still_reads_a_plain_spanish_long_with_its_price():
    parsed = signal_read("PEPE long 0,00001250, SL 0,00001180, TP 0,00001340 / 0,00001450")
    assert parsed.entry == prices("0.00001250")


def test_it_trades_no_bids_remark_without_stop_or_targets():
    assert parse_message("OP bids sitting at 1.842, nobody is selling") is None


def test_it_reads_no_takes_sentence_as_a_call():
    assert parse_message("it takes: 3 days to fill, be patient") is None


def test_it_trades_no_spanish_question_about_a_breakout():
    assert parse_message("si PEPE rompe 0,00001250 entro? que opinan") is None
