"""Fixtures the API tests share."""
import pytest

from execution.models import Position
from tests.helpers import decision_of, send_signal


@pytest.fixture
def position(yun_qiang, angry, market) -> Position:
    """angry's long BTC position at about 67,000, 4x, stop at 60,000, targets at 70,000 and 72,000."""
    return decision_of(send_signal(leverage=4, stop_loss="60000", take_profits=["70000", "72000"]), angry).position
