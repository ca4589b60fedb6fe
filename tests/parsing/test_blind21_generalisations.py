"""The rules the twenty-first blind set (``*-blind21.json``) showed missing, each tried on wordings that
set does not contain: a side and its price reported filled ("short 0,7845 đã khớp", "long 64200 filled"),
a recap of the week's best and worst calls, a subscription advert quoting its last call, and a
partial close in the readers' plural imperative ("Cerrad la mitad") never open a trade; a short's
opening-price label ("开空价"), a price before its verb ("3.42 直接上车", "3.38 pe buy", "6.40-6.20 arası
kademeli alıyorum"), a stop on a break then leave ("止损破20.1走人"), a side with its Turkish verb ("long
al"), numbered sells ("Venta 1:"), Arabic "ليفريج", and a writer's own plan with a stop and targets
("stops 5.38, looking at 5.95", "bought 1.312 … will sell … cut if it loses 1.21", "… кто со мной?") read
as calls.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short's or a long's opening-price label carries the side and the entry.
        (
            "ETH 空单 | 开空价：3480-3520 | 止损：3590 | 止盈：3380 / 3300",
            ("ETH/USDT", "short", prices("3480", "3520"), Decimal("3590"), prices("3380", "3300"), None),
        ),
        (
            "SOL 做多价 182-185，止损 176，目标 192 / 198",
            ("SOL/USDT", "long", prices("182", "185"), Decimal("176"), prices("192", "198"), None),
        ),
        # A price before the verb that gets in.
        (
            "AVAX 回踩到位，24.6 直接上车，止损 23.9，目标 25.8 / 26.5",
            ("AVAX/USDT", "long", prices("24.6"), Decimal("23.9"), prices("25.8", "26.5"), None),
        ),
        # A stop on a break, then leave.
        (
            "LINK 14.2 附近接多，止损破13.6走人，止盈 15.1 / 15.9",
            ("LINK/USDT", "long", prices("14.2"), Decimal("13.6"), prices("15.1", "15.9"), None),
        ),
        # Hinglish: the price, "pe"/"par", then the side; a "short squeeze" is no side.
        (
            "Bhai ETH me short squeeze ho sakta hai, 3420 par buy kar raha hu, SL 3360, TP 3520",
            ("ETH/USDT", "long", prices("3420"), Decimal("3360"), prices("3520"), None),
        ),
        # Arabic "ليفريج" (leverage).
        (
            "SOL لونج من 182 والستوب 176 والأهداف 190 / 196 ليفرج 10",
            ("SOL/USDT", "long", prices("182"), Decimal("176"), prices("190", "196"), 10),
        ),
        # A writer's own plan with a stop and targets is a call.
        (
            "taking this one myself: ARB 0.842 entry, stops 0.815, looking at 0.88 then 0.92. 5x isolated",
            ("ARB/USDT", "long", prices("0.842"), Decimal("0.815"), prices("0.88", "0.92"), 5),
        ),
        (
            "grabbed some LINK spot, bought 14.25. will sell 15.10 and 16.00, cut if it breaks 13.70",
            ("LINK/USDT", "long", prices("14.25"), Decimal("13.70"), prices("15.10", "16.00"), None),
        ),
        (
            "я в шорте по ETH от 3480, стоп 3560, тейки 3400 3320. кто с нами?",
            ("ETH/USDT", "short", prices("3480"), Decimal("3560"), prices("3400", "3320"), None),
        ),
        # Turkish: a range, then "arası" and the buy verb; a side with its verb before a ladder.
        (
            "AVAX 24,10-23,60 arasından kademeli alın, stop 22,90, hedef 25,80 / 27,20",
            ("AVAX/USDT", "long", prices("23.60", "24.10"), Decimal("22.90"), prices("25.80", "27.20"), None),
        ),
        (
            "LINK short aç 14.80 / 15.00, stop 15.40, tp 14.10 13.50",
            ("LINK/USDT", "short", prices("14.80", "15.00"), Decimal("15.40"), prices("14.10", "13.50"), None),
        ),
        # Numbered sells of a spot buy are its targets; their numbers are indexes.
        (
            "#LINK spot\nBuy: 13.20\nSell 1: 14.10\nSell 2: 15.00\nSell 3: 16.20\nStop: 12.40",
            ("LINK/USDT", "long", prices("13.20"), Decimal("12.40"), prices("14.10", "15.00", "16.20"), None),
        ),
        (
            "SEÑAL SPOT | Moneda: $ADA | Compra: 0.7100 | Venta 1: 0.7500 | Venta 2: 0.7900 | SL: 0.6800",
            ("ADA/USDT", "long", prices("0.7100"), Decimal("0.6800"), prices("0.7500", "0.7900"), None),
        ),
    ],
)
def test_it_reads_these_wordings(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_it_reads_the_margin_of_an_opening_price_call():
    parsed = signal_read("【ETH 永续】空单 | 开空价：3480-3520 | 止损：3590 | 止盈：3380 | 杠杆：全仓5-10X")
    assert (parsed.leverage, parsed.margin_mode) == (5, "cross")


@pytest.mark.parametrize(
    "text",
    [
        # A side and its price reported filled.
        "BTC long 64200 filled ✅ keep SL 63100",
        "ETH лонг 3120 исполнен, стоп 3050 оставляем",
        "SOL short 182,5 đã khớp ✅ giữ SL 190 nhé ae",
        # A recap of the week's best and worst calls.
        "Weekly recap: 18 calls, 14 wins ✅ 4 losses ❌ | Best call: SOL long 172 → 189 (+98% x10) | Worst call: DOT short SL 8.2",
        "Итоги недели: 20 сигналов | Лучший: AVAX лонг 31.2 → 36.8 (+18%) | Худший: ARB шорт стоп 1.12",
        "Tổng kết tháng: 40 kèo | Kèo đẹp nhất: BTC long 61.200 → 67.400 (+50% x5) | Kèo tệ nhất: OP short SL 2,45",
        # A subscription advert quoting its last call.
        "اشتركوا الآن في VIP — معدل النجاح 90% | آخر توصية SOL لونج من 170 حققت الهدف 188",
        # Chatter in the new words.
        "just bought some BTC at 64000 lol",
        "BTC looking at 65000 then 67000 this week imo",
    ],
)
def test_it_opens_no_trade_from_these(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "Cerrad la mitad del largo de SOL en 182, el resto corre con el stop en 171",
        "Cierren la mitad del corto de ETH en 3120, el resto sigue con stop en 3210",
        "Fechem metade do short de ETH em 3120, o resto segue com stop em 3210",
    ],
)
def test_a_partial_close_to_the_readers_is_an_update(text):
    parsed = parse_message(text)
    assert parsed is not None and not isinstance(parsed, ParsedSignal)
    assert (parsed.kind, parsed.fraction) == ("close", Decimal("0.5"))
