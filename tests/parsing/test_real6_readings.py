"""The rules the real-post set "real6" showed missing, each tried on wordings that set does not
contain: a post's date stamp ("31-12 06:29"), serial ("ID: 15631"), setup number ("Setup 6"), strategy
version ("2H - 1.1.1") and Discord mention ("<@&…>") are never prices nor a pair; Portuguese "operação
encerrada" closes a trade and "levou … para atingir o alvo 2" reports a target reached; "TARGET1:" is a
target label with its index glued on; a bracketed note after a price ("[82.1 Pips]") is no price.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SOLUSDT 15/03 14:20\nLONG\nEntry: 142.5\nTP1: 150\nSL: 138",
            ("SOL/USDT", "long", prices("142.5"), Decimal("138"), prices("150"), None),
        ),
        (
            "#LINK 05.04.2025 09:15\nшорт\nвход 14.2\nстоп 14.9\nцели 13.5 / 12.8",
            ("LINK/USDT", "short", prices("14.2"), Decimal("14.9"), prices("13.5", "12.8"), None),
        ),
        (
            "DOGEUSDT\nID: 88412\nSetup 2\nLong\nEntry 0.1612\nTP 0.17\nSL 0.155",
            ("DOGE/USDT", "long", prices("0.1612"), Decimal("0.155"), prices("0.17"), None),
        ),
        (
            "📉 SOL | USDT @ $142.10 - 4H - 2.1.3\n\nTarget 1: 138.20 (RR 1.2)\nTarget 2: 135.00 (RR 2.4)\n"
            "SL Close Above: 145.40\n\n<@&998877665544332211>",
            ("SOL/USDT", "short", prices("142.10"), Decimal("145.40"), prices("138.20", "135.00"), None),
        ),
        (
            "📈 AVAX | USDT @ $21.40 - 1H - 3.0.2\nTarget 1: 22.10\nTarget 2: 22.90\nSL Close Below: 20.85",
            ("AVAX/USDT", "long", prices("21.40"), Decimal("20.85"), prices("22.10", "22.90"), None),
        ),
        (
            "BTCUSDT\nENTRY: 65000\nTARGET1: 66000\nTARGET2: 67000\nTARGET3: 68500\nSTOP: 64000",
            ("BTC/USDT", "long", prices("65000"), Decimal("64000"), prices("66000", "67000", "68500"), None),
        ),
        (
            "ETH long\nEntry 3000\nTgt1: 3100\nTgt2) 3200\nSL 2900",
            ("ETH/USDT", "long", prices("3000"), Decimal("2900"), prices("3100", "3200"), None),
        ),
        (
            "EURUSD Buy\nEntry: 1.0850 [Lots: 1.00]\nSL: 1.0820 [30 Pips]\nTP: 1.0910 [60 Pips]",
            ("EUR/USD", "long", prices("1.0850"), Decimal("1.0820"), prices("1.0910"), None),
        ),
    ],
)
def test_it_reads_stamped_and_noted_layouts(text: str, expected: tuple) -> None:
    assert plan_of(signal_read(text)) == expected


def test_it_keeps_the_coin_id_written_with_its_price() -> None:
    assert plan_of(signal_read("#ID LONG\nEntry: 0.35\nTP: 0.38\nSL: 0.33"))[:3] == ("ID/USDT", "long", prices("0.35"))


@pytest.mark.parametrize(
    "text",
    [
        # a stop line marked with its result, under the post's stamps: the stop was hit
        "ADABTC 02-01 11:40\nID: 20118\nSetup 3\nSTOP LOSS: 0.00000912 LLL 02-01 15:02",
        "ETHUSDT 03-02 08:10\nID: 3301\nAlvo 1: 3120 WWW\n\nOPERAÇÃO ENCERRADA\nMotivo: proteção do lucro.",
        "LTCUSDT 03-02 08:10\nAlvo 1: 88.1 WWW\nAlvo 2: 90.3 WWW (+2,4%)\nEsse sinal levou 3 horas para alcançar o alvo 2.",
    ],
)
def test_it_opens_no_trade_from_a_results_channel(text: str) -> None:
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_reads_the_time_taken_to_reach_a_target_as_its_hit() -> None:
    parsed = parse_message("DOTUSDT\nAlvo 1: 4.51\nAlvo 2: 4.62\nEsse sinal levou 40 minutos para atingir o alvo 2.")
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.target_index) == ("tp_hit", 2)


def test_it_keeps_a_rule_on_reaching_a_target_for_later() -> None:
    parsed = signal_read("Compra SOL 142 | Alvo 150 / 158 | Stop 136 | Ao atingir o alvo 1, mover o stop para a entrada")
    assert plan_of(parsed)[:2] == ("SOL/USDT", "long")
