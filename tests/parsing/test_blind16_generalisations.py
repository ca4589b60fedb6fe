"""The rules the sixteenth blind set (``*-blind16.json``) and the first set of real messages showed
missing, each tried on wordings those sets do not contain: a buy or sell verb and "from … up to …"
in Arabic, "serok" (scoop up) in Indonesian, a side's market word before a zone, "Get in:"; targets
listed under the entry without a label, decided by the prices and the stop; a breakout or hold as a
Russian entry's condition; a share before a target's number; a side word before a real pair; a
lowercase ticker opening a call. News posts, questions about a trade and an advert's recap never trade.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Egyptian "we'll buy from 142 up to 138"
            "$SOL هنشتري من 142 لحد 138\nالأهداف: 150 ، 158\nوقف الخسارة: 133",
            ("SOL/USDT", "long", prices("138", "142"), Decimal("133"), prices("150", "158"), None),
        ),
        (  # "we'll sell DOGE from 0.41 up to 0.42"
            "هنبيع $DOGE من 0.41 لحد 0.42\nالأهداف 0.39 ، 0.37\nستوب 0.44",
            ("DOGE/USDT", "short", prices("0.41", "0.42"), Decimal("0.44"), prices("0.39", "0.37"), None),
        ),
        (  # "and the target 0.86 and after it 0.92"
            "لونج $ARB من 0.80 والهدف 0.86 وبعده 0.92 والستوب 0.76",
            ("ARB/USDT", "long", prices("0.80"), Decimal("0.76"), prices("0.86", "0.92"), None),
        ),
        (  # "الإيقاف": the stop, short for "إيقاف الخسارة"
            "#OP/USDT\nالدخول: 1.85\nالأهداف: 1.95 - 2.05\nالإيقاف: 1.74",
            ("OP/USDT", "long", prices("1.85"), Decimal("1.74"), prices("1.95", "2.05"), None),
        ),
        (  # Persian "TPs" written with a zero-width non-joiner
            "لانگ #SUI\nورود: 3.40\nحد ضرر: 3.22\nتی\u200cپی\u200cها: 3.55 - 3.70",
            ("SUI/USDT", "long", prices("3.40"), Decimal("3.22"), prices("3.55", "3.70"), None),
        ),
        (  # Indonesian "scoop up at"
            "$DOGE serok di 0,36 - 0,37\ntp 0,40 / 0,43\nsl 0,34",
            ("DOGE/USDT", "long", prices("0.36", "0.37"), Decimal("0.34"), prices("0.40", "0.43"), None),
        ),
        (
            "📌 SPOT - ADA/IDR\nSerok bertahap:\n• Rp 9.800\n• Rp 9.500\nTarget: Rp 10.400 / Rp 11.000\nCut loss: Rp 9.100",
            ("ADA/IDR", "long", prices("9500", "9800"), Decimal("9100"), prices("10400", "11000"), None),
        ),
        (  # a side's market word before a zone: the current price is one number
            "Long ETH now 3,120 - 3,150, SL 3,050, TP 3,250",
            ("ETH/USDT", "long", prices("3120", "3150"), Decimal("3050"), prices("3250"), None),
        ),
        (
            "Scalp short SOL abhi 151.2-152 se, tgt 149 / 147.5, SL 153.4, 20x",
            ("SOL/USDT", "short", prices("151.2", "152"), Decimal("153.4"), prices("149", "147.5"), 20),
        ),
        (
            "Pair: SOL/USDT #LONG\nTargets: 150 - 158\nGet in: 142 - 145\nSL: 136",
            ("SOL/USDT", "long", prices("142", "145"), Decimal("136"), prices("150", "158"), None),
        ),
    ],
)
def test_it_reads_entry_wordings_of_every_family(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#AVAX LONG\nEntry: 35.2\n1) 36.4\n2) 37.9\n3) 39.5\nStop: 33.8",
            ("AVAX/USDT", "long", prices("35.2"), Decimal("33.8"), prices("36.4", "37.9", "39.5"), None),
        ),
        (
            "#DOT шорт\nВход: 7,45 - 7,55\n\n1️⃣ 7,20\n2️⃣ 6,95\n3️⃣ 6,60\n\nСтоп: 7,80\nПосле TP1 стоп в безубыток",
            ("DOT/USDT", "short", prices("7.45", "7.55"), Decimal("7.80"), prices("7.20", "6.95", "6.60"), None),
        ),
        (
            "شراء #ATOM عند اختراق 8.45\n① 8.90\n② 9.40\nوقف: 7.95",
            ("ATOM/USDT", "long", prices("8.45"), Decimal("7.95"), prices("8.90", "9.40"), None),
        ),
    ],
)
def test_it_reads_prices_listed_beyond_the_entry_away_from_the_stop_as_targets(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_a_ladder_listed_toward_the_stop_stays_the_entries():
    parsed = signal_read("BTC LONG\nEntry: 65000\n64200\n63500\nSL: 62800")
    assert (parsed.entry, parsed.take_profits, parsed.stop_loss) == (prices("63500", "64200", "65000"), [], Decimal("62800"))


def test_it_reads_a_russian_breakout_or_hold_as_the_condition_of_the_entry():
    parsed = signal_read("#ATOM: жду. Лонг только после закрепления выше 8,45\nСтоп 7,90\nЦели: 8,90 / 9,40")
    assert plan_of(parsed) == ("ATOM/USDT", "long", prices("8.45"), Decimal("7.90"), prices("8.90", "9.40"), None)


def test_a_share_before_a_targets_number_is_no_target():
    parsed = signal_read(
        "SHORT #LINK\nEntry 24\nTargets: 23 - 22 - 21\nStop 25\n50% at target 1, 25% at target 2, 25% at target 3"
    )
    assert parsed.take_profits == prices("23", "22", "21")


def test_a_malay_plan_ending_in_a_break_even_rule_stays_a_signal():
    parsed = signal_read(
        "Beli $ADA sekarang\nMasuk: market\nStop: 0.61\nSasaran: 0.68, 0.72\n"
        "Ambil untung separuh kat TP1, selepas itu alihkan SL ke harga masuk"
    )
    assert plan_of(parsed) == ("ADA/USDT", "long", [], Decimal("0.61"), prices("0.68", "0.72"), None)
    assert parsed.breakeven_after == 1


@pytest.mark.parametrize(
    ("text", "symbol", "side"),
    [
        ("SELL - ETH/BTC\nEntry 0.034\nTP 0.033\nSL 0.035", "ETH/BTC", "short"),
        ("LONG – SOL/ETH\nBuy zone 0.040 - 0.041\nTP 0.045\nSL 0.038", "SOL/ETH", "long"),
    ],
)
def test_a_side_word_before_a_pair_is_never_its_base(text, symbol, side):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side) == (symbol, side)


def test_a_lowercase_word_opening_a_call_before_its_side_is_the_coin_and_a_guess():
    parsed = signal_read("mubi short 10x\nentry market\ntp 0.052 0.049\nsl 0.058")
    assert plan_of(parsed) == ("MUBI/USDT", "short", [], Decimal("0.058"), prices("0.052", "0.049"), 10)
    assert parsed.certainty == "low"


def test_a_common_word_opening_a_call_is_no_coin():
    assert parse_message("going long 20x\nentry market\ntp 0.52 0.55\nsl 0.47") is None


@pytest.mark.parametrize(
    "text",
    [
        "📰 Berita: ETF BTC catat aliran keluar $120 juta, BTC turun 2.1% ke 94,300. Pasar menunggu data CPI.",
        "News: Binance to close its BTC/EUR market; BTC down 3% to 91,200, ETH to 3,050.",
        "Новости: ETF на эфир одобрен, ETH вырос на 5% до 3500, цель аналитиков 4000.",
        "BREAKING NEWS - SOL ETF approved, SOL long squeeze to 180 expected, shorts stop at 175",
    ],
)
def test_a_news_post_is_no_trade_and_no_update(text):
    assert parse_message(text) is None


def test_good_news_of_a_target_hit_stays_an_update():
    parsed = parse_message("Good news: #BTC TP1 hit ✅")
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "tp_hit"


@pytest.mark.parametrize(
    "text",
    [
        "should i short ETH at 3450 with stop 3520?? tp 3300 maybe, idk",
        "Anyone know if DOGE long at 0.38, sl 0.36, tp 0.42 is still valid?\nchart looks ok",
        "¿Debería entrar long en SOL a 150 con stop 144? objetivo 165",
        "Thinking of longing BTC at 65000, SL 64000, TP 68000. Thoughts?",
    ],
)
def test_a_question_about_a_trade_is_no_call_though_it_names_targets(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "LONG BTC 65000\nSL 64000\nTP 68000\nWhat do you think?",
        "Ready? LONG #ETH 3200, SL 3100, TP 3400",
    ],
)
def test_a_call_that_asks_before_or_after_its_prices_stays_a_call(text):
    assert isinstance(parse_message(text), ParsedSignal)


def test_an_adverts_recap_of_a_past_trade_is_no_trade():
    text = "VIP grubumuza katılmak için DM 📩\nBu ay SOL long 142 → 168 hedef 2 dahil! Toplam +%240 🚀"
    assert not isinstance(parse_message(text), ParsedSignal)
