"""The rules the 24th blind set showed missing, each tried on wordings that set does not contain: a
second entry leg added in a chat ("adding more at", Vietnamese "nhồi thêm", Indonesian "sm" joining
two prices, Turkish "'den de ekleme"); a side with its verb before its price (Persian "بزنید", Hindi
"शॉर्ट लो", Turkish "long giriyorum", Portuguese "vou de short", Indonesian "longin"); "here" between
the pair and its price; the gerund "comprando"; Spanish "ventas escalonadas" as targets; a Chinese
side after a ticker's "的", a ladder "分批挂" and a join written without spaces; a bare "stop" hit is
a report; the last target before a leverage is no range's low end; "stopp" is a stop.
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
            "Long SOL at 142, adding more at 138 on a dip, SL 134, TP 150 / 158",
            ("SOL/USDT", "long", prices("138", "142"), Decimal("134"), prices("150", "158"), None),
        ),
        (
            "Shorting ETH 3120-3140, adding more at 3180 if it spikes. TP 3050. SL 3220",
            ("ETH/USDT", "short", prices("3120", "3140", "3180"), Decimal("3220"), prices("3050"), None),
        ),
        (
            "BTC long 64000 stopp 63000 tp 66000",
            ("BTC/USDT", "long", prices("64000"), Decimal("63000"), prices("66000"), None),
        ),
        (
            "Short ETH 3120, sl 3180, tp 3050 / 2990 - 20x",
            ("ETH/USDT", "short", prices("3120"), Decimal("3180"), prices("3050", "2990"), 20),
        ),
        (
            "mình short ETH đây 3120, nhồi thêm 3160, tp 3050, sl 3200",
            ("ETH/USDT", "short", prices("3120", "3160"), Decimal("3200"), prices("3050"), None),
        ),
        (
            "shortin ETH gan di 3120 sm 3140, tp 3050, sl 3200",
            ("ETH/USDT", "short", prices("3120", "3140"), Decimal("3200"), prices("3050"), None),
        ),
        (
            "SOL'e long giriyorum 142'den, 138'den de ekleme, stop 134, hedef 150",
            ("SOL/USDT", "long", prices("138", "142"), Decimal("134"), prices("150"), None),
        ),
        (
            "لانگ SOL بزنید روی 142، استاپ 136، تارگت 150",
            ("SOL/USDT", "long", prices("142"), Decimal("136"), prices("150"), None),
        ),
        (
            "BTC में लॉन्ग लो 64000 पर, स्टॉपलॉस 63000, टारगेट 66000",
            ("BTC/USDT", "long", prices("64000"), Decimal("63000"), prices("66000"), None),
        ),
        (
            "vou de long no SOL aqui, 142 , stop 136 , alvo 150",
            ("SOL/USDT", "long", prices("142"), Decimal("136"), prices("150"), None),
        ),
        (
            "tô comprando ADA acima de 0,45, alvo 0,52, stop 0,42",
            ("ADA/USDT", "long", prices("0.45"), Decimal("0.42"), prices("0.52"), None),
        ),
        (
            "estoy comprando LINK por encima de 14,2, objetivo 15,8, stop 13,6",
            ("LINK/USDT", "long", prices("14.2"), Decimal("13.6"), prices("15.8"), None),
        ),
        (
            "Compra spot de $DOT en 4,10, ventas escalonadas en 4,60 y 5,10. Stop 3,85",
            ("DOT/USDT", "long", prices("4.10"), Decimal("3.85"), prices("4.60", "5.10"), None),
        ),
        (
            "开了个SOL的空 142 止损146 目标138和134",
            ("SOL/USDT", "short", prices("142"), Decimal("146"), prices("138", "134"), None),
        ),
        (
            "ETH 空单分批挂：3120 / 3160 | 止盈 3050 | 止损 3200",
            ("ETH/USDT", "short", prices("3120", "3160"), Decimal("3200"), prices("3050"), None),
        ),
        (
            "BTC 多 64000 止损63000 目标66000和67000",
            ("BTC/USDT", "long", prices("64000"), Decimal("63000"), prices("66000", "67000"), None),
        ),
    ],
)
def test_it_reads_the_rule_in_new_wordings(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stop hit on $AVAX, entry 27.1 stop 26.2. It happens, next one!",
        "⛔ Stop atingido em #BTC. Entrada 64200, stop 63100. Bola pra frente",
    ],
)
def test_it_reads_a_stop_hit_with_its_old_prices_as_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_reads_a_chinese_de_after_a_word_as_no_side():
    assert not isinstance(parse_message("今天BTC涨的多 64000了"), ParsedSignal)
