"""The rules the real-post set "real4" showed missing, each tried on wordings that set does not contain:
a trade announced "not to place yet" and a bot's "buy executed" report are no calls; a spaced pair heading
its post ("EPIC USDT"), "PAIR:- X", a one-letter tagged coin ("#H LONG") and the misspelt "Entrys" are read;
a zone after "Buy now" is the entry; reward ratios restated per target, a multiple of the volume and a
share "for entry 1" are no prices nor leverage; "(20 leverage cross)" is the leverage; Chinese sides with a
size or risk qualifier ("小多", "風險短多") at the market make a terse call; a form's "Ativo:" field and
its entry make an order without exits.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "Trade #88 incoming\nPAIR: SOL/USDT\nSIDE: LONG\nENTRY: 142\nLEVERAGE 10x\nDon't place it yet",
        "ETH/USDT LONG\nEntrada: 3200\nStop: 3100\nObjetivo: 3400\nNo entrar todavía, esperad la confirmación",
        "#BTC шорт\nВход: 68000\nСтоп: 69000\nЦель: 66000\nПока не входим, ждём ретест",
        "ETH 做多\n入场：3200\n止损：3100\n止盈：3400\n先别进场，等确认",
    ],
)
def test_a_trade_not_to_place_yet_is_no_call(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "✅ BUY EXECUTED\nPair: SOL\nPrice: $150.20\nAmount: 1.2\nStop Loss: $140 (-6%)\nTake Profit: $170 (+13%)",
        "📉 SELL FILLED\nPair: ETH\nPrice: 3300\nStop Loss: 3400\nTake Profit: 3100",
        "📈 COMPRA EXECUTADA\nPar: ADA\nPreço: 0,52\nStop Loss: 0,48\nTake Profit: 0,60",
        "📈 Покупка исполнена\nПара: LINK\nЦена: 14.2\nСтоп: 13.5\nТейк: 15.8",
    ],
)
def test_a_bots_report_of_a_buy_already_done_is_no_call(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ORDI USDT\nLONG\nEntry\n$31.2 - $30.8\nStop\n$29.5\nTP1 $32.4 TP2 $33.9",
            ("ORDI/USDT", "long", prices("30.8", "31.2"), Decimal("29.5"), prices("32.4", "33.9"), None),
        ),
        (
            "Type :- SWING\nPAIR:- ARB USDT\nDirection : SHORT\nEntrys : 1.12 - 1.15\nTargets:\n 1.05\n 0.98\nStop-Loss: 1.22",
            ("ARB/USDT", "short", prices("1.12", "1.15"), Decimal("1.22"), prices("1.05", "0.98"), None),
        ),
        (
            "#W 🔴 SHORT\nEntry: 0.3120\nStop Loss: 0.3250\nTP1: 0.2990",
            ("W/USDT", "short", prices("0.3120"), Decimal("0.3250"), prices("0.2990"), None),
        ),
    ],
)
def test_a_bots_pair_written_plainly_is_read(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_a_spaced_quote_after_an_exchange_in_a_sentence_names_no_pair():
    assert not isinstance(parse_message("Bybit USDT perpetuals are down today, long nothing"), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("XAUUSD\nSell now : 2351 - 2356\nTp1 : 2340\nSl : 2364", prices("2351", "2356")),
        ("#SOL\nEntry now 142.5 - 141.8\nTP 146\nSL 139", prices("141.8", "142.5")),
        ("LONG #FLMUSDT\nEntry: now 0.545\nTP: 0.573\nSL: 0.52", []),
    ],
)
def test_a_zone_after_a_market_word_is_the_entry_but_one_price_only_notes_the_market(text, entry):
    assert signal_read(text).entry == entry


@pytest.mark.parametrize(
    "text",
    [
        "PAIR: SOL/USDT\nSIDE: LONG\nENTRY: 142\nSL: 136\nTP1: 150\nTP2: 158\nLEVERAGE: 10x\nTP1: 1.33 R:R\nTP2: 2.67 R:R",
        "SOL/USDT LONG\nENTRY 142\nSL 136\nTP1 150 (1.3 RR)\nTP2 158\n10x",
    ],
)
def test_a_reward_ratio_restated_per_target_is_no_target(text):
    assert plan_of(signal_read(text)) == ("SOL/USDT", "long", prices("142"), Decimal("136"), prices("150", "158"), 10)


@pytest.mark.parametrize(
    "text",
    [
        "💎 Coin: DOT/USDT\n🟢 LONG\nEntry: 4.10\nTarget: 4.35\nSL: 3.95\n📝 Volume Spike (3.1x avg)",
        "Coin: DOT/USDT\nLONG\nEntry: 4.10\nHedef: 4.35\nStop: 3.95\nHacim normal hacmin 3 katı arttı",
    ],
)
def test_a_multiple_of_the_volume_is_no_leverage(text):
    assert signal_read(text).leverage is None


def test_a_number_before_the_leverage_word_is_the_leverage_and_a_share_for_entry_1_no_price():
    text = (
        "🪙 Coin: PEPE LONG (15 leverage isolated)\n📥 Entry: 0.0121 - 0.0125\n🎯 Target 1: 0.0131\n"
        "🛑 Stop loss: 0.0112\n📝 Notes: 2% for entries (1% entry 1, 1% entry 2)"
    )
    parsed = signal_read(text)
    assert (parsed.entry, parsed.leverage, parsed.margin_mode) == (prices("0.0121", "0.0125"), 15, "isolated")


@pytest.mark.parametrize(
    ("text", "side"),
    [("SUI 小空 市價進場", "short"), ("BTC 轻多 市价进场", "long"), ("DOGE 風險短空 市價進場", "short")],
)
def test_a_qualified_chinese_side_at_the_market_is_a_terse_call(text, side):
    parsed = signal_read(text)
    assert (parsed.side, parsed.entry, parsed.stop_loss) == (side, [], None)


def test_a_forms_pair_field_and_entry_make_an_order_without_exits():
    text = "🔴 BREAKOUT SHORT ENTRY\n\nAtivo: ETHUSDT\nTimeframe: 1h\nPreço Entrada: $3,210.50\n\nTendência: BAIXA ✅"
    assert plan_of(signal_read(text)) == ("ETH/USDT", "short", prices("3210.50"), None, [], None)


def test_talk_of_a_past_entry_without_a_form_stays_talk():
    assert not isinstance(parse_message("BTC long, entry 67500 was a great one"), ParsedSignal)
