"""The rules the tenth blind set (``*-blind10.json``) showed missing, each tried on wordings that set
does not contain: a question or the writer's own intention without targets is chatter ("anyone
know", "pienso entrar", "кто знает", "有人知道"); a screenshot's recap ("3,210 → 3,455, closed +76%")
is no update; a lowercase listed ticker beside a side verb ("longing pepe") and past-tense side verbs
("шортанул", "зашёл в лонг"); coin nicknames ("биток", "эфир", "大饼", "二饼", "姨太"); "from X" as the
entry ("с", "desde", "a partir de", "dari"); a label with its value glued on ("止盈95000", "SL98600")
is never a ticker; "目标19.5" keeps its whole number when the split-off index would put the target
on the wrong side; words that join two prices of a list ("y", "e", "и", "ve", "rồi", "dan", "then");
"a mercado o X"; a stop's candle-close condition in every language (never a target); Arabic
"على ثلاث دفعات" and Indonesian "beli bertahap" as entry labels, Spanish "compras escalonadas" and
"objetivos de venta"; "الهامش", Persian "اس‌ال"; a Hindi label after its price; "on breakout of X".

Every message of blind10 reads exactly after these rules; none is left out.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "Anyone know if ETH at 3200 is still a buy? Thinking of going long with 10x, stop 3100.",
        "Кто знает, BTC по 97000 ещё можно брать? Думаю зайти в лонг, стоп 95500",
        "有人知道 SOL 165 还能买吗？打算做多，止损158",
        "Alguém sabe se ADA em 0,45 ainda vale? Estou pensando em entrar long, stop 0,42",
        "¿SOL en 165 sigue siendo compra? largo con 5x y stop en 158",
    ],
)
def test_it_keeps_a_question_or_stated_intention_without_targets_out_of_trades(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_still_reads_a_plan_worded_as_intention_when_it_gives_targets():
    parsed = signal_read("Pienso entrar largo en SOL en 165, stop 158, objetivos 175 / 185")
    assert (parsed.side, parsed.entry, parsed.take_profits) == ("long", prices("165"), prices("175", "185"))


@pytest.mark.parametrize(
    "text",
    [
        "Screenshot from my Binance account 👇 SOL short 180 → 165, closed +42% (x5)",
        "BTC long 64000 → 67000 closed +30% 🔥",
    ],
)
def test_it_reads_a_recap_from_entry_to_exit_with_its_gain_as_nothing(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    ("text", "symbol", "side"),
    [
        ("shorting doge 0.21, sl 0.22, tp 0.19 / 0.18", "DOGE/USDT", "short"),
        ("shorted link here 14.2, sl 14.9, tp 13.1", "LINK/USDT", "short"),
        ("longed sol 150, sl 144, tp 160", "SOL/USDT", "long"),
    ],
)
def test_it_takes_a_lowercase_listed_ticker_beside_a_side_verb(text, symbol, side):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side) == (symbol, side)


def test_it_takes_no_common_word_for_a_ticker_beside_a_side_verb():
    assert not isinstance(parse_message("going long on this one 0.5, sl 0.45, tp 0.6"), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "symbol", "side", "entry"),
    [
        ("Зашёл в лонг по эфиру с 3 150, стоп 3 050, тейк 3 400", "ETH/USDT", "long", "3150"),
        ("лонганул биток с 64 000, стоп 62 800, тейк 67 000", "BTC/USDT", "long", "64000"),
        ("二饼 多 3150 止损3050 止盈3400", "ETH/USDT", "long", "3150"),
        ("姨太 空 3400 止损3500 止盈3200/3100", "ETH/USDT", "short", "3400"),
    ],
)
def test_it_reads_coin_nicknames_and_past_tense_side_verbs(text, symbol, side, entry):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.entry) == (symbol, side, prices(entry))


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("ETH long from 3150, SL 3050, TP 3400", "3150"),
        ("SOL corto desde 180, objetivos 170 / 160, stop 186", "180"),
        ("BTC short a partir de 98.000, alvos 95.000 / 93.000, stop 99.500", "98000"),
        ("ETH long dari 3150, SL 3050, TP 3300", "3150"),
    ],
)
def test_it_reads_a_price_after_from_as_the_entry(text, entry):
    assert signal_read(text).entry == prices(entry)


@pytest.mark.parametrize(
    ("text", "stop", "targets"),
    [
        ("BTC short 97400 SL98600 TP95000", "98600", ("95000",)),
        ("大饼 空 97400 止损98600 止盈95000", "98600", ("95000",)),
    ],
)
def test_it_reads_a_number_glued_to_a_label_as_its_value_never_a_ticker(text, stop, targets):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.stop_loss, parsed.take_profits) == ("BTC/USDT", prices(stop)[0], prices(*targets))


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("LINK 做多 14.2，目标15.5 / 16.8，止损13.4", ("15.5", "16.8")),
        ("LINK 做多 14.2，目标1：15.5，目标2：16.8，止损13.4", ("15.5", "16.8")),
    ],
)
def test_it_keeps_a_glued_target_whole_when_its_index_would_put_it_on_the_wrong_side(text, targets):
    assert signal_read(text).take_profits == prices(*targets)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("XRP long 2,40, tp 2,55 e 2,70, stop 2,30", ("2.55", "2.70")),
        ("DOT short 7.2, tp 6.8 then 6.5, sl 7.5", ("6.8", "6.5")),
        ("SOL long 150, tp 158 ve 165, stop 144", ("158", "165")),
        ("ETH long 3150, TP 3300 и 3400, стоп 3050", ("3300", "3400")),
        ("LINK long 14.2, TP 15.5 dan 16.8, SL 13.4", ("15.5", "16.8")),
    ],
)
def test_it_joins_list_items_with_local_and_or_then_words(text, targets):
    assert signal_read(text).take_profits == prices(*targets)


@pytest.mark.parametrize(
    "text",
    [
        "ADA long: market or 0.45\nTP 0.5 / 0.55\nSL 0.42",
        "ADA largo: al mercado o 0,45\nObjetivos: 0,50 / 0,55\nStop: 0,42",
    ],
)
def test_it_reads_market_or_a_price_as_that_price(text):
    assert signal_read(text).entry == prices("0.45")


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("ETH long 3150\nTP 3300 / 3400\nStop: fechamento diário abaixo de 3050", "3050"),
        ("ADA compra escalonada: 0,45 / 0,43 / 0,41\nObjetivos de venta: 0,50 / 0,55\nStop: cierre diario bajo 0,38", "0.38"),
        ("INJ long 28.5\nTP 30 / 32\nSL: close 4h below 26.9", "26.9"),
        ("شراء ETH على دفعتين: 3150 ، 3100\nالأهداف 3300 ، 3400\nوقف الخسارة إغلاق يومي تحت 3000", "3000"),
    ],
)
def test_it_strips_a_stops_candle_close_condition_to_its_price(text, stop):
    parsed = signal_read(text)
    assert parsed.stop_loss == prices(stop)[0]
    assert parsed.stop_loss not in parsed.take_profits


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("شراء ETH على دفعتين: 3150 ، 3100\nالأهداف 3300 ، 3400\nوقف الخسارة 3000", ("3100", "3150")),
        ("Beli bertahap ETH: 3150 / 3100\nTP: 3300 / 3400\nSL: 3000", ("3100", "3150")),
        ("ADA compras escalonadas: 0,45 / 0,43\nObjetivos de venta: 0,50 / 0,55\nStop: 0,38", ("0.43", "0.45")),
        ("ETH/USDT लॉन्ग\n3150 के ऊपर ब्रेकआउट पर एंट्री\nटारगेट 1: 3300\nस्टॉपलॉस: 3050", ("3150",)),
        ("SOL buy on breakout of 150\nTP 160 / 170\nSL 140", ("150",)),
        ("BTC short on breakdown of 62000\nTP 60000 / 58000\nSL 63500", ("62000",)),
    ],
)
def test_it_reads_ladder_breakout_and_trailing_entry_labels(text, entries):
    assert signal_read(text).entry == prices(*entries)


def test_it_reads_a_sell_word_inside_a_targets_label_as_no_side():
    assert signal_read("ADA compras escalonadas: 0,45 / 0,43\nObjetivos de venta: 0,50 / 0,55\nStop: 0,38").side == "long"


def test_it_reads_arabic_margin_with_its_article():
    text = "الهامش: متقاطع\nعملة: ETH/USDT\nالاتجاه: شراء\nالدخول: ٣١٥٠\nالأهداف: ٣٣٠٠ - ٣٤٠٠\nوقف الخسارة: ٣٠٥٠"
    assert signal_read(text).margin_mode == "cross"


@pytest.mark.parametrize(
    "text",
    [
        "شورت BTC\nورود: ۹۷۴۰۰\nتی\u200cپی: ۹۵۰۰۰\nاس\u200cال: ۹۸۶۰۰",
        "شورت BTC\nورود: ۹۷۴۰۰\nتی پی: ۹۵۰۰۰\nاس ال: ۹۸۶۰۰",
    ],
)
def test_it_reads_persian_sl_and_tp_with_or_without_a_zero_width_joiner(text):
    parsed = signal_read(text)
    assert (parsed.stop_loss, parsed.take_profits) == (prices("98600")[0], prices("95000"))


@pytest.mark.parametrize(
    "text",
    [
        "What a day. Anyone know when the next BTC halving is?",
        "Thinking of adding more ETH to my bag",
        "Кто знает, эфир ещё вырастет?",
        "大饼今天怎么了，有人知道吗",
    ],
)
def test_it_keeps_chatter_with_the_new_words_out(text):
    assert not isinstance(parse_message(text), ParsedSignal)
