"""The rules the 44th blind set showed missing, tried on wordings that set does not contain:
- market terms are no side of the call: a squeeze ("short squeeze", "шорт-сквиз", "逼空", "short sıkışması")
  and the crowd's positions ("retail is shorting", "шортисты", "空头爆仓", "los cortos", "phe short") become
  the side-less "squeeze" (``vocabulary``); the call's own side word, or else its prices, decide;
- a scraped page's ticker card at a post's end ("XRP / XRP / 1.9204 / -2.59%") is no price of the post
  (``ticker_cards``);
- what a coin needs to close above ("XRP necesita cerrar por encima de 2,24", "needs to close 2.24") is a
  candle's close, neither a target nor a close order (``conditions``, ``updates``).
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from signals.parsing.ticker_cards import without_ticker_card
from tests.helpers import plan_of, prices, signal_read


def _reasons(parsed: ParsedSignal) -> set[str]:
    return {reason.code for reason in parsed.certainty_reasons}


@pytest.mark.parametrize(
    "text",
    [
        "ETH short squeeze alert: retail is shorting hard.\nEntry 3200\nTargets 3400 / 3550\nStop 3100",
        "ETH: шорт-сквиз близко, шортисты в ловушке.\nВход 3200\nЦели 3400 / 3550\nСтоп 3100",
        "ETH 逼空行情，空头爆仓\n入场 3200\n目标 3400 / 3550\n止损 3100",
        "ETH short sıkışması geliyor, shortçular yanacak.\nGiriş 3200\nHedef 3400 / 3550\nStop 3100",
        "ETH: los cortos serán liquidados, short squeeze en camino.\nEntrada 3200\nObjetivos 3400 / 3550\nStop 3100",
        "ETH phe short sắp bị thanh lý.\nVào lệnh 3200\nMục tiêu 3400 / 3550\nCắt lỗ 3100",
    ],
)
def test_it_reads_no_side_from_market_terms_so_the_prices_decide(text):
    parsed = signal_read(text)
    assert plan_of(parsed) == ("ETH/USDT", "long", prices("3200"), prices("3100")[0], prices("3400", "3550"), None)
    assert "side_contradicts_prices" not in _reasons(parsed)


@pytest.mark.parametrize(
    "text",
    [
        "SUI: retail investors are shorting into support.\nGoing long SUI at market, target 1.680",
        "SUI: шортисты в ловушке, шорт-сквиз близко.\nЛонг SUI по рынку, цель 1.680",
        "SUI 逼空行情，空头爆仓\n做多 SUI 市价，目标 1.680",
    ],
)
def test_it_reads_the_calls_own_side_word_past_the_crowds(text):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.take_profits) == ("SUI/USDT", "long", prices("1.680"))


def test_it_reads_a_long_squeeze_as_no_side_either():
    parsed = signal_read("BTC long squeeze coming, longs are overleveraged.\nEntry 65000\nTargets 62000 / 60000\nStop 67000")
    assert (parsed.side, "side_contradicts_prices" in _reasons(parsed)) == ("short", False)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("SHORT SOL now, squeeze incoming\nEntry 150\nTP 140\nSL 160", "short"),
        ("long BTC, shorts will get squeezed\nEntry 65000\nTP 70000\nSL 60000", "long"),
        ("We are shorting ETH here\nEntry 3200\nTP 3000\nSL 3300", "short"),
        ("ETH 空头\n入场 3200\n目标 3000\n止损 3300", "short"),
        ("ETH шорт от 3500, шортисты радуются. Цель 3300, стоп 3600", "short"),
    ],
)
def test_it_keeps_the_calls_own_side_beside_market_terms(text, side):
    assert signal_read(text).side == side


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("XRP looks strong.\n\n$XRP\n\nXRP\nXRP\n1.9204\n-2.59%", "XRP looks strong.\n\n$XRP"),
        ("SOL analysis\nSOL\n142.35\n+1.84%\n", "SOL analysis"),
        ("BTC update\nBTCUSDT\n64,850.1\n−0.52%", "BTC update"),
    ],
)
def test_it_drops_a_ticker_card_that_ends_a_post(text, kept):
    assert without_ticker_card(text).rstrip() == kept


@pytest.mark.parametrize(
    "text",
    [
        "BTC LONG\nEntry 65000\nTP 70000\nSL\n60000\n-2%",  # a stop label, not a coin, heads it
        "XRP\n1.9204\n-2.59%\nmore text after the card",  # not at the end
        "XRP\n1.9204\n2.59%",  # an unsigned share, not a day's change
    ],
)
def test_it_keeps_what_only_looks_like_a_ticker_card(text):
    assert without_ticker_card(text) == text


def test_it_reads_no_card_price_as_the_entry():
    parsed = signal_read("BTC LONG\nEntry 65000\nTP 70000\nSL 60000\n\nBTC\n64850.1\n-0.52%")
    assert plan_of(parsed) == ("BTC/USDT", "long", prices("65000"), prices("60000")[0], prices("70000"), None)


@pytest.mark.parametrize(
    "text",
    [
        "XRP necesita cerrar por encima de $2.24 para confirmar su fortaleza; el sesgo es alcista y largo.",
        "O XRP precisa fechar acima de 2,24 para confirmar a força, viés de compra.",
        "XRP needs to close 2.24 to confirm, bias long",
        "Análisis de SOL: sin plan por ahora, el sesgo es alcista.\n\n$SOL\n\nSOL\nSOL\n142.35\n+1.84%",
    ],
)
def test_it_trades_no_analysis_of_what_a_coin_needs(text):
    assert parse_message(text) is None


def test_it_keeps_a_close_labels_target_in_a_plan():
    parsed = signal_read("XRP long\nEntrada 2.10\nStop 1.95\nCerrar en 2.24")
    assert parsed.take_profits == prices("2.24")


def test_it_keeps_our_close_an_order():
    assert parse_message("BTC: we need to close the long now").kind == "close"
