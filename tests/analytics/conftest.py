"""Real trades for the analytics tests: a signal through the real pipeline, closed at a chosen price."""
from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from execution.models import Position
from execution.services import position_close
from tests.conftest import make_user
from tests.helpers import move_market, send_signal


def round_trip(trader: str, symbol: str, entry, exit, **signal_fields) -> list[Position]:
    """Open the trader's signal at ``entry`` in every account that copies it, close every copy at ``exit``."""
    move_market(symbol, entry)
    signal = send_signal(trader=trader, symbol=symbol, **signal_fields)
    move_market(symbol, exit)
    for position in Position.objects.filter(signal=signal, status="open"):
        position_close(position=position)
    return list(Position.objects.filter(signal=signal).order_by("account__name"))


def closed_days_ago(positions, days: int) -> None:
    """Move real closes back in time, for series that need several days.

    The P&L is what the pipeline computed; only the date moves, because the tests cannot wait days
    between trades (and a position opened and closed on another day needs no other field changed).
    """
    moment = timezone.now() - timedelta(days=days)
    Position.objects.filter(pk__in=[p.pk for p in positions]).update(opened_at=moment, closed_at=moment)


@pytest.fixture
def member(angry) -> APIClient:
    """A logged-in member of angry only, not staff."""
    client = APIClient()
    client.force_authenticate(make_user("member", accounts=[angry]))
    return client
