"""The rules the fifth blind set (``*-blind5.json``) showed missing, each tried on wordings that set
does not contain: "T1 96.80" target labels with a space instead of a colon, Russian timeframes
("4ч", "1Д", "15м") beside a stop's candle condition, and Turkish "AL" / "SAT" as buy / sell. Two
more came from probing layouts outside the set: "Invalid below X" as the stop, and "Set SL to X on
ETH short", a stop change that read as a market trade; and "close LONG at 64500" (or Russian
"закрываем лонг по 64500"), a close of the running trade that read as a new one; and "#ARB long
still active, entry 1.06, SL 1.03", a reminder of an open trade that read as a new one. Also
vocabulary rows: Russian "ТВХ" (entry point) and Turkish "AL/SAT bölgesi" (the zone to open in);
a "PERP" suffix glued to a joined pair ("#ETHUSDTPERP"), which made a ticker of its own; and
"#ETH short hit SL at 3495", a stop-hit report with the verb first that read as a trade; and a
"DCA: 0.4950" line, an entry below the others that was dropped; "Take:" and "TGT:" target labels;
"13.90 (1R)" reward multiples, which cut the target list short; and "long from 63200 running +15%",
a progress post about an open trade that read as a new one.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import prices


@pytest.mark.parametrize(
    "text",
    [
        "XRP short\nEntry 0.62\nT1 0.60\nT2 0.58\nT3 0.555\nStop 0.64",
        "#XRPUSDT SHORT\nEntry: 0.62\nt1  $0.60\nt2  $0.58\nt3  $0.555\nSL: 0.64",
    ],
)
def test_it_reads_t_labels_followed_by_a_spaced_price_as_targets(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.side, parsed.take_profits, parsed.stop_loss) == ("short", prices("0.60", "0.58", "0.555"), Decimal("0.64"))


def test_it_leaves_a_t_label_without_a_price_out_of_the_targets():
    parsed = parse_message("ETH long\nEntry 3100\nTP 3200 3300\nSL 3000\nT1 4h chart attached")
    assert parsed.take_profits == prices("3200", "3300")
    assert parsed.stop_loss == Decimal("3000")


@pytest.mark.parametrize(
    "text",
    [
        "#ADAUSDT шорт\nВход: 0,452\nЦели: 0,44 0,43\nСтоп: закрытие 1Д выше 0,47",
        "#ADAUSDT шорт\nТФ: 15м\nВход: 0,452\nЦели: 0,44 0,43\nСтоп: 0,47 (закрытие 4 ч)",
        "#ADAUSDT шорт\nВход: 0,452\nЦели: 0,44 0,43\nСтоп: закрытием 1ч свечи выше 0,47",
    ],
)
def test_it_reads_russian_timeframes_as_timeframes_not_prices(text):
    parsed = parse_message(text)
    assert (parsed.side, parsed.entry, parsed.take_profits, parsed.stop_loss) == (
        "short", prices("0.452"), prices("0.44", "0.43"), Decimal("0.47"),
    )


def test_it_leaves_a_price_before_a_cyrillic_word_alone():
    parsed = parse_message("#BTCUSDT лонг\nВход: 63200\nЦели: 64000 65000 максимум\nСтоп: 61500")
    assert parsed.take_profits == prices("64000", "65000")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("AVAX AL 35,20\nHedef 36,10\nStop 33,70", "long"),
        ("#LINKUSDT\nYön: SAT\nGiriş bölgesi: 14,20\nHedef: 14,60 - 15,00\nStop: 13,80", "long"),  # prices decide
        ("#LINKUSDT SAT\nGiriş: 14,20\nHedefler: 13,80 - 13,40\nStop: 14,65", "short"),
    ],
)
def test_it_reads_turkish_al_and_sat_as_buy_and_sell(text, side):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.side == side


def test_it_reads_a_turkish_al_with_no_other_side_word_as_a_signal():
    parsed = parse_message("DOT AL 6,45\nHedef 6,70\nStop 6,20")
    assert (parsed.symbol, parsed.side, parsed.entry) == ("DOT/USDT", "long", prices("6.45"))


@pytest.mark.parametrize(
    "text",
    [
        "SOL almak için hedef 150 bekliyoruz, satmak yok",
        "#AVAXUSDT hedef 2 geldi, kâr al ve stopu girişe çek",
    ],
)
def test_it_leaves_al_and_sat_inside_other_turkish_words_alone(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_leaves_spanish_al_to_spanish():
    parsed = parse_message("VENTA #ADA\nEntrada: 0,46 al 0,47\nObjetivos: 0,44\nStop: 0,48")
    assert (parsed.side, parsed.entry) == ("short", prices("0.46", "0.47"))


@pytest.mark.parametrize("line", ["Invalid below 4.85", "Invalidation: 4.85", "invalid under 4.85 (daily close)"])
def test_it_reads_an_invalidation_level_as_the_stop(line):
    parsed = parse_message(f"Buy $TON\nEntry 5.20-5.05\nTargets 5.60 6.00\n{line}")
    assert parsed.stop_loss == Decimal("4.85")


def test_it_leaves_an_invalid_signal_notice_out_of_the_trades():
    assert not isinstance(parse_message("#ETH setup invalid, do not enter"), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Set SL to 3380 on ETH short", "3380"),
        ("#BNB update stop loss to 575", "575"),
        ("Put your stop to 0.95 on #ARB long", "0.95"),
    ],
)
def test_it_reads_a_bare_set_stop_to_price_as_a_stop_change(text, price):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.price) == ("move_stop", Decimal(price))


@pytest.mark.parametrize(
    "text",
    [
        "ETH short\nEntry 3400\nTP 3300 3200\nSet SL to 3480",
        "BTC long now, set stop to 62000",
    ],
)
def test_it_leaves_a_plan_that_sets_its_own_stop_a_signal(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.stop_loss in (Decimal("3480"), Decimal("62000"))


@pytest.mark.parametrize(
    "text",
    [
        "Closing #AVAX long at 36.20",
        "#BNB exit short 575 now",
        "#SOL закрываем шорт по 138",
        "#ETH cerramos el long en 3500",
        "#ETH 多单平仓 3500",  # verb-last: the side before the close
        "#ETH शॉर्ट बंद करें 3300 पर",
    ],
)
def test_it_reads_closing_a_named_side_as_a_close_not_a_trade(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert parsed.kind == "close"


@pytest.mark.parametrize(
    "text",
    [
        "Close short, open long on #AVAX\nEntry 35\nTP 36 37\nSL 34",
        "#AVAX long\nEntry 35\nExit 36.5",
    ],
)
def test_it_leaves_a_plan_that_mentions_closing_a_signal(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.side == "long"


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: #NEAR short still active\nEntry 6.90\nSL 7.20",
        "#NEAR long still running, entry 6.90, targets 7.20 7.50, stop 6.60",
    ],
)
def test_it_keeps_a_reminder_of_a_running_trade_out_of_the_trades(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_leaves_a_signal_that_says_active_elsewhere_a_signal():
    parsed = parse_message("#NEAR LONG\nEntry 6.90\nTP 7.20 7.50\nSL 6.60\nActive traders only, 5x max")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.take_profits == prices("7.20", "7.50")


@pytest.mark.parametrize("label", ["ТВХ", "твх:", "ТВХ -"])
def test_it_reads_the_russian_entry_abbreviation(label):
    parsed = parse_message(f"#APT шорт\n{label} 8,40\nЦели 8,10 7,90\nСтоп 8,65")
    assert (parsed.side, parsed.entry, parsed.take_profits) == ("short", prices("8.40"), prices("8.10", "7.90"))


@pytest.mark.parametrize(
    ("text", "side", "entry"),
    [
        ("#ETH SAT bölgesi 3.420 - 3.450\nHedef 3.350\nStop 3.500", "short", prices("3420", "3450")),
        ("#ETH AL bölgesi 3.350 - 3.380\nHedef 3.450\nStop 3.300", "long", prices("3350", "3380")),
    ],
)
def test_it_reads_a_turkish_al_or_sat_zone_as_the_entry(text, side, entry):
    parsed = parse_message(text)
    assert (parsed.side, parsed.entry, parsed.take_profits) == (side, entry, prices("3350") if side == "short" else prices("3450"))


def test_it_leaves_an_english_sell_zone_to_the_targets():
    parsed = parse_message("#ETH buy zone 3350 - 3380\nSell zone 3450 - 3500\nStop 3300")
    assert (parsed.entry, parsed.take_profits) == (prices("3350", "3380"), prices("3450", "3500"))


@pytest.mark.parametrize("tag", ["#AVAXUSDTPERP", "avaxusdtperp", "#AVAXUSDT PERP", "#AVAXUSDT.P"])
def test_it_drops_a_perp_suffix_glued_to_a_joined_pair(tag):
    assert parse_message(f"{tag} SHORT 35.2 TP 34.6 SL 35.9").symbol == "AVAX/USDT"


def test_it_leaves_a_ticker_that_only_contains_perp_letters_alone():
    assert parse_message("#SUPERUSDT long 0.80 tp 0.85 sl 0.76").symbol == "SUPER/USDT"


@pytest.mark.parametrize(
    "text",
    ["#NEAR long hit SL at 6.60 (-5%)", "#NEAR hit the stop loss 6.60", "Our NEAR trade touched stop 6.60, next one soon"],
)
def test_it_reads_a_verb_first_stop_hit_as_a_report(text):
    parsed = parse_message(text)
    assert not isinstance(parsed, ParsedSignal)
    assert not (isinstance(parsed, ParsedUpdate) and parsed.kind == "move_stop")


def test_it_leaves_a_target_hit_rule_in_a_signal_a_signal():
    parsed = parse_message("#NEAR LONG\nEntry 6.90\nTP 7.20 7.50\nSL 6.60\nOnce TP1 hit SL to entry")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.stop_loss == Decimal("6.60")


@pytest.mark.parametrize("line", ["DCA: 17.10", "DCA 17.10", "DCA zone - 17.10", "DCA1: 17.10"])
def test_it_reads_a_dca_level_as_one_more_entry(line):
    parsed = parse_message(f"#UNI LONG\nEntry: 17.60\n{line}\nTP: 18.40\nSL: 16.70")
    assert parsed.entry == prices("17.10", "17.60")


def test_it_leaves_dca_in_prose_out_of_the_entries():
    parsed = parse_message("#UNI LONG\nEntry: 17.60\nTP: 18.40\nSL: 16.70\nDCA 10% lower if you like")
    assert parsed.entry == prices("17.60")


@pytest.mark.parametrize("label", ["Take:", "Take -", "TGT:", "TGTs", "tgt"])
def test_it_reads_take_and_tgt_as_target_labels(label):
    parsed = parse_message(f"#UNI LONG\nEntry: 17.60\n{label} 18.40 / 19.10\nSL: 16.70")
    assert parsed.take_profits == prices("18.40", "19.10")


def test_it_leaves_take_some_profit_prose_out_of_the_targets():
    parsed = parse_message("#UNI LONG\nEntry: 17.60\nTP: 18.40 / 19.10\nSL: 16.70\nTake 30% at the first one")
    assert parsed.take_profits == prices("18.40", "19.10")


def test_it_drops_reward_multiples_beside_targets():
    parsed = parse_message("#UNI LONG\nEntry: 17.60\nTP: 18.40 (1R) / 19.10 (2R) / 20.5 (3.5 R)\nSL: 16.70")
    assert parsed.take_profits == prices("18.40", "19.10", "20.5")


@pytest.mark.parametrize(
    "text",
    ["#NEAR long from 6.90 running +12%, next TP 7.50", "#NEAR short from 7.20 up +30% so far 🔥", "#NEAR +18% already, TP 7.50 next"],
)
def test_it_keeps_a_progress_post_out_of_the_trades(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_leaves_signed_target_distances_in_a_signal():
    parsed = parse_message("#NEAR LONG\nEntry 6.90\nTP 7.20 (+4%) 7.50 (+8%)\nSL 6.60 (-4%)")
    assert parsed.take_profits == prices("7.20", "7.50")
