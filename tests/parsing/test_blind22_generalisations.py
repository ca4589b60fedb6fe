"""The rules the twenty-second blind set (``*-blind22.json``) showed missing, each tried on wordings that
set does not contain: a message whose prices sit in a question ("should I short SOL at 182 …?", "请问 BTC
65000 做空可以吗？", "стоит ли …?") and an order reported filled with its pair between ("order ARB 1,12
sudah terisi") never open a trade; a risk-to-reward note ("R:R to TP1 1:2") names no target.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from tests.helpers import plan_of, prices


@pytest.mark.parametrize(
    "text",
    [
        "should I short SOL at 182 with a stop at 188, or wait for a retest?",
        "guys, is a long on BTC at 65000 with sl 64000 still fine?",
        "请问 BTC 65000 做空可以吗？止损 66000",
        "стоит ли шортить SOL от 182 со стопом 188?",
        "có nên long ETH 3300 sl 3250 không nhỉ?",
        "apakah entry BNB 580 sl 565 masih aman?",
        "sizce AVAX 24.6 long mantıklı mı? stop 23.9",
        "هل الشراء في ETH عند 3300 مع وقف 3250 جيد؟",
        "Update: order ARB 1,12 sudah terisi ✅ tunggu TP1 1,2.",
        "BTC long 64200 filled ✅ waiting for TP1 66000",
    ],
)
def test_it_keeps_questions_and_fill_notices_out(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A call that only invites or asks around its prices is still a call.
        (
            "BTC LONG 65000, SL 64000, TP 67000 / 68000. Who's with me?",
            ("BTC/USDT", "long", prices("65000"), Decimal("64000"), prices("67000", "68000"), None),
        ),
        (
            "Ready? ETH SHORT 3300 SL 3360 TP 3200",
            ("ETH/USDT", "short", prices("3300"), Decimal("3360"), prices("3200"), None),
        ),
        # A risk-to-reward note names no target.
        (
            "SUI/USDT\nEntry: 1.42\nSL: 1.35\nTP1: 1.5\nTP2: 1.6\nR:R to TP1 ~1:1",
            ("SUI/USDT", "long", prices("1.42"), Decimal("1.35"), prices("1.5", "1.6"), None),
        ),
        (
            "ARB/USDT\nEntry: 1.12\nSL: 1.05\nTP1: 1.2\nTP2: 1.3\nRisk/Reward to TP1: 1:2.5",
            ("ARB/USDT", "long", prices("1.12"), Decimal("1.05"), prices("1.2", "1.3"), None),
        ),
        (
            "OP/USDT\nВход: 2.1\nСтоп: 1.98\nЦели: 2.3 / 2.5\nСоотношение риск/прибыль 1 к 3",
            ("OP/USDT", "long", prices("2.1"), Decimal("1.98"), prices("2.3", "2.5"), None),
        ),
    ],
)
def test_it_reads_the_plan(text, expected):
    assert plan_of(parse_message(text)) == expected
