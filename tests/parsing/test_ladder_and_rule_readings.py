"""Three readings found by earlier rounds' fixers and left for later: a ladder of numbered buys
keeps every leg, a break-even rule in a one-line "|" message takes its own target, and a weekly
close is a weekly close in every family that writes one."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from signals.parsing.vocabulary import canonicalise
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("ETH/USDT\nBuy 1: 3200\nBuy 2: 3100\nBuy 3: 3000\nTP1: 3400\nSL: 2900", prices("3000", "3100", "3200")),
        ("#LINK spot\nBuy 1) 13.20\nBuy 2) 12.80\nSell: 14.10 / 15.00\nStop 12.10", prices("12.80", "13.20")),
        ("AVAX/USDT SHORT\nSell 1: 32.4\nSell 2: 33.1\nTP1: 30.5\nSL: 34.2", prices("32.4", "33.1")),
    ],
)
def test_a_ladder_of_numbered_buys_keeps_every_leg(text, entries):
    assert signal_read(text).entry == entries


def test_numbered_buys_leave_the_sells_as_targets():
    plan = plan_of(signal_read("#LINK spot\nBuy 1) 13.20\nBuy 2) 12.80\nSell: 14.10 / 15.00\nStop 12.10"))
    assert plan == ("LINK/USDT", "long", prices("12.80", "13.20"), Decimal("12.10"), prices("14.10", "15.00"), None)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("SOL/USDT Long | Entry 150 | TP1 160 | TP2 170 | TP3 180 | SL 140 | Move SL to entry after TP2", 2),
        ("BNB long 600 TP1 615 TP2 630 TP3 650 SL 585, move SL to entry after TP3", 3),
        ("ADA long | entry 0.52 | TP1 0.55 | TP2 0.58 | TP3 0.62 | SL 0.49 | after TP1 move SL to entry", 1),
    ],
)
def test_a_break_even_rule_takes_its_own_target_not_the_first_listed(text, target):
    assert signal_read(text).breakeven_after == target


@pytest.mark.parametrize(
    "text",
    [
        "Stop: fechamento semanal abaixo de 92000",
        "Stop: cierre semanal por debajo de 92000",
        "Stop: haftalık kapanış 92000 altı",
        "止损: 周线收盘跌破 92000",
    ],
)
def test_a_weekly_close_is_weekly_not_daily(text):
    canonical = canonicalise(text)
    assert "weekly" in canonical and "daily" not in canonical


def test_a_weekly_close_stop_keeps_its_price():
    parsed = parse_message("BTC/USDT compra\nEntrada: 95000\nAlvos: 97000 / 99000\nStop: fechamento semanal abaixo de 92000")
    assert parsed.stop_loss == Decimal("92000")
