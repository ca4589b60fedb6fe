"""The rules the 25th blind set showed missing, each tried on wordings that set does not contain: a
"(DCA)" note before a colon still labels an added entry leg; "Ent:" abbreviates the entry; Turkish
"emri" ("order") between a side and its price is a filler; Chinese "分批挂单" labels a ladder's entry,
not its count; a table's cell bar ends a target's index; Russian "с текущих (A-B)" ("from the current
ones") is the range in brackets; and a results post quoting its best trade's
gain with its entry and exit is no trade.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#SOL/USDT spot\nBuy zone: 140 - 144\nAdd (DCA): 133\nTargets: 152 / 160\nSL: 128",
            ("SOL/USDT", "long", prices("133", "140", "144"), Decimal("128"), prices("152", "160"), None),
        ),
        (
            "LINKUSDT LONG Ent: 14.20 SL: 13.60 TP: 15.00 - 15.80 Lev 10x",
            ("LINK/USDT", "long", prices("14.20"), Decimal("13.60"), prices("15.00", "15.80"), 10),
        ),
        (
            "ADAUSDT VENTA Ent. 0,452 SL 0,468 TP 0,430 / 0,41",
            ("ADA/USDT", "short", prices("0.452"), Decimal("0.468"), prices("0.430", "0.41"), None),
        ),
        (
            "TradingView Uyarısı: SOLUSDT\nStrateji \"EMA Cross\" - AL emri @ 142,5\nStop: 136,2 | Hedef: 151,0",
            ("SOL/USDT", "long", prices("142.5"), Decimal("136.2"), prices("151.0"), None),
        ),
        (
            "交易对：ARB/USDT\n方向：做多\n分批挂单：\n• 0.82\n• 0.79\n止盈：0.88 / 0.95\n止损：0.75",
            ("ARB/USDT", "long", prices("0.79", "0.82"), Decimal("0.75"), prices("0.88", "0.95"), None),
        ),
        (
            "| Pair     | LINK/USDT |\n| Side     | LONG      |\n| Entry    | 14,20     |\n| Stop     | 13,40     |\n"
            "| Target 1 | 15,10     |\n| Target 2 | 16,00     |",
            ("LINK/USDT", "long", prices("14.20"), Decimal("13.40"), prices("15.10", "16.00"), None),
        ),
        (
            "| Ativo   | SOL/USDT |\n| Lado    | COMPRA   |\n| Entrada | 142      |\n| Stop    | 135      |\n"
            "| Alvo 1  | 150      |\n| Alvo 2  | 158      |",
            ("SOL/USDT", "long", prices("142"), Decimal("135"), prices("150", "158"), None),
        ),
        (
            "#ETHUSDT - LONG\nВход с текущих (3120-3135)\nСтоп 3050\nТейк 3250 3380",
            ("ETH/USDT", "long", prices("3120", "3135"), Decimal("3050"), prices("3250", "3380"), None),
        ),
    ],
)
def test_new_wordings_read_as_the_plan(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "📊 MONTHLY RESULTS 📊\nSignals: 41\nWinners: 33\nBest trade: #AVAX +64% (entry 28.4 → exit 34.1)\n"
        "Net: +290% 🔥 DM us to join VIP",
        "📊 RESULTADOS DE OCTUBRE\nSeñales: 30 | Ganadoras: 24\nMejor operación: #SOL +48% (entrada 142 → salida 163)\n"
        "Beneficio total: +210%",
        "📊 RESULTADOS DE SETEMBRO\nSinais: 28\nMelhor operação: #LINK +37% (entrada 12,4 → saída 14,1)\nLucro: +150%",
    ],
)
def test_a_results_post_quoting_its_best_trade_opens_nothing(text):
    assert not isinstance(parse_message(text), ParsedSignal)
