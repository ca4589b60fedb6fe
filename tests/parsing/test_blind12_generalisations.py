"""The rules the twelfth blind set (``*-blind12.json``) showed missing, each tried on wordings that set
does not contain: a number with a percent word of any language ("۳ درصد", "yüzde 4", "3 процента",
"百分之3", "5 percent") is a percentage, never a price; "limit at X" / "with a limit order at X" is
the entry; Spanish and Portuguese target phrases in their verb and singular forms ("tomo ganancia",
"realizar lucro"); Indonesian "di harga X sampai/hingga Y" is an entry range; a coin's full English
name ("Bitcoin", "Solana", "Cardano") names its pair in any language; Portuguese "na venda"/"na
compra" and "posição curta/longa" are sides and "nos"/"nas" after a stop are fillers; Chinese
"X 附近接多" (near X), "跌破 X 止损" (stop on a break of X), "目标看", and "第N笔" ladder legs.

blind12 is kept whole: every message of it reads exact after these rules.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "#SOL لانگ\nورود: 150 - 152\nتارگت: 158 / 165\nحد ضرر: ۳ درصد\nاهرم: ۱۰x",
        "BTC لونغ\nالدخول: 65000\nالأهداف: 66000 - 67000\nوقف الخسارة: 2 بالمئة",
        "ETH LONG\nGiriş: 3200\nHedefler: 3300 / 3400\nStop: yüzde 4\nKaldıraç 10x",
        "ETH шорт\nВход: 3400\nЦели: 3300 / 3200\nСтоп: 3 процента",
        "BTC LONG\nĐiểm vào: 65000\nChốt lời: 66000 - 67000\nCắt lỗ: 3 phần trăm",
        "AVAX long\nEntrada: 30,5\nAlvo: 32\nStop: 4 por cento",
        "BTC做多\n入场：65000\n止盈：67000\n止损：百分之3",
        "BTC long\nEntry 66000\nSL: 5 percent\nTP 68000 / 70000",
    ],
)
def test_it_reads_a_stop_given_with_a_percent_word_as_no_price(text):
    parsed = signal_read(text)
    assert parsed.stop_loss is None and parsed.entry and parsed.take_profits


def test_it_still_reads_a_signed_percentage_target_as_no_price():
    parsed = signal_read("SOL long\nEntry: 150\nTP +5%\nSL 145")
    assert (parsed.take_profits, parsed.stop_loss) == ([], prices("145")[0])


@pytest.mark.parametrize(
    "text, entry",
    [
        ("Longing $ARB with a limit order at 0.82. SL 0.78. TP 0.88, 0.95.", "0.82"),
        ("Going long SUI here, limit at 3.41, stop 3.22, targets 3.70 / 3.95.", "3.41"),
    ],
)
def test_it_reads_a_limit_at_a_price_as_the_entry(text, entry):
    assert signal_read(text).entry == prices(entry)


@pytest.mark.parametrize(
    "text, targets",
    [
        ("Entro en largo en SOL a 150, stop en 144, tomo ganancias en 158 y 165.", ("158", "165")),
        ("Toma de ganancia: 3.450 / 3.520\nETH largo entrada 3.380\nstop 3.330", ("3450", "3520")),
        ("SOL long entrada 150, stop 144, realizar lucro em 158 e 165.", ("158", "165")),
    ],
)
def test_it_reads_the_verb_and_singular_forms_of_target_phrases_as_target_labels(text, targets):
    assert signal_read(text).take_profits == prices(*targets)


@pytest.mark.parametrize(
    "text, entry",
    [
        ("Long BTC di harga 65.000 hingga 65.500, SL 64.000. TP 66.500 - 67.500.", ("65000", "65500")),
        ("Beli SOL di harga 150 sampai 152, SL 145, TP 158 dan 165.", ("150", "152")),
    ],
)
def test_it_reads_indonesian_di_harga_with_sampai_or_hingga_as_an_entry_range(text, entry):
    assert signal_read(text).entry == prices(*entry)


@pytest.mark.parametrize(
    "text, symbol, side",
    [
        ("Ethereum long now, SL 3150, TP 3300 and 3400.", "ETH/USDT", "long"),
        ("Solana na compra agora, stop 138, alvo 150 e 158.", "SOL/USDT", "long"),
        ("Vendo Cardano: entrada 0,72, stop 0,76, alvo 0,66.", "ADA/USDT", "short"),
    ],
)
def test_it_reads_a_coins_full_name_as_its_pair_in_any_language(text, symbol, side):
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side) == (symbol, side)


@pytest.mark.parametrize("text", ["Bitcoin dominance is rising, alts are bleeding.", "Chainlink looking strong this week."])
def test_it_keeps_chatter_naming_a_coin_out_of_trades(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text, side, stop",
    [
        ("Posição longa em SOL a partir de 150. Stop-loss nas 144. Alvos: 158; 165.", "long", "144"),
        ("Short ETH entrada 3.400, stop no 3.480, alvo 3.300.", "short", "3480"),
    ],
)
def test_it_reads_portuguese_posicao_sides_and_skips_articles_after_a_stop(text, side, stop):
    parsed = signal_read(text)
    assert (parsed.side, parsed.stop_loss) == (side, prices(stop)[0])


@pytest.mark.parametrize(
    "text, side, entry, stop, targets",
    [
        ("二饼回踩 3200 附近接多，跌破 3100 止损，目标看 3350、3500。10倍。", "long", "3200", "3100", ("3350", "3500")),
        ("SOL 150 左右开空，站上 158 止损，目标 140 / 132", "short", "150", "158", ("140", "132")),
    ],
)
def test_it_reads_chinese_prices_written_before_their_side_and_stop(text, side, entry, stop, targets):
    parsed = signal_read(text)
    assert (parsed.side, parsed.entry, parsed.stop_loss, parsed.take_profits) == (
        side, prices(entry), prices(stop)[0], prices(*targets)
    )


def test_it_keeps_a_leverage_before_a_chinese_side_out_of_the_entry():
    parsed = signal_read("5倍做多 BTC，入场 65000，止损 63500，目标 67000")
    assert (parsed.leverage, parsed.entry) == (5, prices("65000"))


def test_it_reads_chinese_numbered_legs_of_a_ladder_as_entries():
    parsed = signal_read("ETH 分批买入\n第一笔：3200\n第二笔：3100\n目标：3400 / 3600\n止损：2980")
    assert (parsed.side, sorted(parsed.entry)) == ("long", prices("3100", "3200"))
