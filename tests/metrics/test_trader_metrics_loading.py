"""trader_metrics reads its inputs as plain columns: a fixed number of queries, and the figures the
copies give when read one model instance at a time."""
from __future__ import annotations

from collections import defaultdict

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Account
from analytics.inputs import closed_copies, copies
from analytics.metrics import leverage_stats, signal_stats, token_stats
from analytics.trader_metrics import trader_metrics
from execution.models import Fill, Order, Position
from tests.analytics.conftest import round_trip

pytestmark = pytest.mark.usefixtures("market")


def _queries(trader) -> int:
    with CaptureQueriesContext(connection) as captured:
        trader_metrics(trader=trader, accounts=Account.objects.all())
    return len(captured.captured_queries)


def test_it_reads_every_group_in_the_same_number_of_queries_whatever_the_copies(yun_qiang):
    round_trip("yun_qiang", "BTC/USDT", 67000, 70350, confidence="0.8", leverage=2)
    with_two_copies = _queries(yun_qiang)
    round_trip("yun_qiang", "ETH/USDT", 3200, 3040, confidence="0.9", leverage=3)
    round_trip("yun_qiang", "BTC/USDT", 67000, 66000, confidence="0.8", leverage=2)

    assert Position.objects.filter(trader=yun_qiang, status="closed").count() > 2 * 2
    assert _queries(yun_qiang) == with_two_copies


def _rows_from_models(trader, accounts) -> tuple[list, list, list]:
    """The groups' rows read from model instances, field by field as ``Position`` names them."""
    closed = closed_copies(trader=trader, accounts=accounts)
    leverage = [{"leverage": p.leverage, "pnl": p.net_pnl, "status": p.status} for p in closed]
    filled = copies(trader=trader, accounts=accounts).filter(status__in=("open", *Position.CLOSED_STATUSES))
    tokens = [
        {"symbol": p.symbol, "notional": p.entry_price * p.initial_quantity, "closed_at": p.closed_at,
         "pnl": p.net_pnl if p.status in Position.CLOSED_STATUSES else None}
        for p in filled.exclude(entry_price=None)
    ]
    pnl = defaultdict(int)
    for p in closed:
        pnl[p.signal_id] += p.net_pnl
    first_fill = {}
    for fill in Fill.objects.filter(position__in=filled, order__purpose=Order.Purpose.ENTRY).order_by("created_at", "id"):
        first_fill.setdefault(fill.position.signal_id, fill)
    signals = [
        {"confidence": s.confidence, "received_at": s.received_at, "source_time": s.source_time, "side": s.side,
         "pnl": pnl.get(s.pk), "filled_at": getattr(first_fill.get(s.pk), "created_at", None),
         "expected_price": getattr(first_fill.get(s.pk), "reference_price", None),
         "fill_price": getattr(first_fill.get(s.pk), "price", None)}
        for s in trader.signals.filter(duplicate_of__isnull=True)
    ]
    return leverage, tokens, signals


def test_its_groups_equal_the_groups_of_the_copies_read_as_models(yun_qiang, accounts):
    round_trip("yun_qiang", "BTC/USDT", 67000, 70350, confidence="0.8", leverage=2)
    round_trip("yun_qiang", "ETH/USDT", 3200, 3040, confidence="0.9", leverage=3)
    round_trip("yun_qiang", "ETH/USDT", 3200, 3300, confidence="0.7", leverage=5)
    scope = Account.objects.filter(name__in=["angry", "handjob"])

    metrics = trader_metrics(trader=yun_qiang, accounts=scope)
    leverage, tokens, signals = _rows_from_models(yun_qiang, scope)

    assert metrics["leverage"] == leverage_stats(leverage)
    assert metrics["token"] == token_stats(tokens)
    assert metrics["signal_quality"] == signal_stats(signals)
    # Both accounts copy the 2x and 3x signals; only angry (65 %) copies the one at 70 %, at 5x.
    assert metrics["leverage"]["avg_leverage"] == pytest.approx((2 + 2 + 3 + 3 + 5) / 5)
    # BTC won, the first ETH lost, the second won.
    assert metrics["signal_quality"]["signal_accuracy"] == pytest.approx(2 / 3)
