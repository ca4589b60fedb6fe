"""The rules the 53rd blind set showed missing, tried on wordings that set does not contain:
- a tagged ticker heading the side's line with the plan below it is the call over a pair written in full
  inside a commentary bullet (``plan_below``, ``called_pair``); a coin's name in brackets may stand between
  the tag and its side (``symbols``);
- a refusal written before its pair ("không đánh ETH", "not trading ETH") declines it (``refused_before``);
- a tagged listed base that spells a word ("#NOT", "#HIGH") is the coin of a whole plan that names no other
  coin (``plan_word_tags``);
- a mode label ("Modo:", "Mode:", "Режим:") before cross/isolated sets the margin mode (tables' "margin", ``leverage``);
- after a stop, a look word ("看", "looking at") before a price names the targets (``looked_targets``);
- Turkish "4.90 a kadar ekleyebilirsiniz" (you can add up to 4.90) is an added entry (tr table).
"""
from __future__ import annotations

from decimal import Decimal

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


def test_it_calls_the_tagged_header_over_a_commentary_pair_when_the_plan_is_below():
    text = (
        "Morning notes:\n• BTC: holding 96k, no trade\n• ETH: weak, ETH/BTC sliding toward 0.0229\n"
        "My pick 👇\n$WIF (dogwifhat) short\nEntry 2.14 - 2.20\nSL 2.31\nTP 2.02 / 1.95"
    )
    assert plan_of(signal_read(text)) == ("WIF/USDT", "short", prices("2.14", "2.20"), Decimal("2.31"), prices("2.02", "1.95"), None)


def test_it_reads_a_tagged_word_coin_with_its_name_in_brackets_as_the_header():
    text = "Quick look:\n• ETH: ETH/BTC still bleeding at 0.0231\n$NOT (Notcoin) long\nEntry 0.0061\nSL 0.0058\nTP 0.0066"
    assert signal_read(text).symbol == "NOT/USDT"


def test_it_keeps_the_commentary_pair_when_the_tagged_line_has_no_plan_below():
    text = "Long read, bear with me. I think ETH/BTC keeps bleeding here for weeks\n#SOL long\nmy view only"
    parsed = parse_message(text)
    assert not (isinstance(parsed, ParsedSignal) and parsed.symbol == "SOL/USDT")


def test_it_declines_a_pair_named_after_the_refusal():
    text = "ETH/BTC weak so not trading ETH today. #SUI LONG\nEntry 1.84\nSL 1.77\nTP 1.90 1.98"
    assert signal_read(text).symbol == "SUI/USDT"


def test_it_declines_a_pair_after_a_vietnamese_refusal():
    text = "ETH/BTC yếu quá, mình không đánh ETH. Kèo: #AVAX SHORT\nVào: 31,2\nSL: 32,4\nTP1: 30,1\nTP2: 29,0"
    assert plan_of(signal_read(text))[:2] == ("AVAX/USDT", "short")


def test_it_reads_a_tagged_word_coin_in_a_whole_chat_plan():
    text = "olha esse #NOT entrando vendido agora, stop 0,00815 alvo 0,00760 0,00720"
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.entry) == ("NOT/USDT", "short", [])


def test_it_reads_a_tagged_word_coin_before_its_conditional_price():
    text = "#HIGH 2,15 üzerinde kapanış gelirse long.\nStop: 1,98\nHedefler: 2,32 | 2,48"
    assert plan_of(signal_read(text))[:5] == ("HIGH/USDT", "long", prices("2.15"), Decimal("1.98"), prices("2.32", "2.48"))


def test_it_leaves_a_tagged_word_without_a_plan_alone():
    assert not isinstance(parse_message("#NOT financial advice, just vibes, long term holder"), ParsedSignal)
    assert signal_read("#NOT financial advice. BTC long 65000, SL 64000, TP 66000").symbol == "BTC/USDT"


def test_it_reads_a_mode_label_as_the_margin_mode():
    assert signal_read("Activo: SOL/USDT\nDirección: Compra\nEntrada: 150\nStop: 140\nObjetivos: 160\nModo: Aislado").margin_mode == "isolated"
    assert signal_read("Mode: Cross\n#SOL long 150 SL 140 TP 160 10x").margin_mode == "cross"


def test_it_reads_a_look_word_after_the_stop_as_the_targets():
    assert signal_read("PEPE 多 0.0000121 止损0.0000115 看到0.0000130 0.0000138").take_profits == prices("0.0000130", "0.0000138")
    assert signal_read("SOL short 150, stop 155, looking at 140 and 132").take_profits == prices("140", "132")


def test_it_leaves_a_look_word_without_a_price_or_before_the_stop_alone():
    assert signal_read("MEME 空 0.0231 止损0.0243 看看再说").take_profits == []
    assert not isinstance(parse_message("BTC 看10万 兄弟们"), ParsedSignal)


def test_it_reads_a_turkish_add_up_to_as_a_second_entry():
    text = "DOT long 6.20 den girdim siz de 6.05 e kadar ekleyebilirsiniz stop 5.80 tp 6.60 7.00"
    assert signal_read(text).entry == prices("6.05", "6.20")


def test_a_mode_line_that_is_a_joke_sets_no_margin():
    parsed = signal_read("BTC long 64000 sl 63000 tp 65000\nMode: cross your fingers")
    assert parsed.margin_mode is None
    assert signal_read("BTC long 64000 sl 63000 tp 65000\nMode: Isolated").margin_mode == "isolated"
