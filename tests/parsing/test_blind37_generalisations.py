"""The rule the 37th blind set showed missing, tried on wordings that set does not contain: a call that sits
among other text names the market talked about first ("BTC holds 97k … short ETH: entry …"). Of two pairs
named as strongly, the call is the one whose own sentence says long or short and after which, before the
next other pair, the plan's stop or targets follow (``called_pair``). A pair with nothing said of it, or
a plan whose side is said in a sentence of its own, keeps the earlier reading.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import signal_read


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        (
            "Morning all, BTC is stuck between 95k and 97k and nobody knows where it goes. "
            "My trade today: AVAX short 38.2-38.9, SL 40.1, TP 36.5 and 35.2, 10x.",
            "AVAX/USDT",
        ),
        (
            "Рынок спит, BTC держится у 97к. Сегодня шорт по LINK: вход 14,20-14,45, стоп 14,90, цели 13,60 и 13,10.",
            "LINK/USDT",
        ),
        (
            "Mercado lateral, BTC segurando os 97 mil. Hoje vou de long no SOL: entrada 142 a 145, stop 137, alvos 152 e 158.",
            "SOL/USDT",
        ),
        (
            "ETH 早盘在 3400 受阻回落，目前震荡。\n另外 ARB 可以轻仓空，0.92 附近进，止损 0.97，目标 0.86 0.82。",
            "ARB/USDT",
        ),
    ],
)
def test_the_pair_whose_sentence_takes_the_side_and_is_followed_by_the_plan_is_the_call(text, symbol):
    assert signal_read(text).symbol == symbol


def test_a_subject_coin_before_an_aside_on_btc_stays_the_call():
    text = (
        "Been watching ATOM for a week, the 7.4 area rejected three times and funding flipped. BTC also looks "
        "heavy under 66k. I'm taking a short here:\nEntry 7.20-7.35\nStop 7.62\nTargets 6.90, 6.60"
    )
    assert signal_read(text).symbol == "ATOM/USDT"


def test_two_pairs_with_nothing_said_of_the_first_stay_in_doubt():
    parsed = parse_message("BTC ETH LONG 67500 SL 66000 TP 69000")
    assert isinstance(parsed, ParsedSignal) and parsed.certainty == "low"
    assert "two_pairs" in [reason.code for reason in parsed.certainty_reasons]
