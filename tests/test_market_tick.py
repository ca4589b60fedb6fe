"""The market tick: refreshed prices reach the position monitor (the embedded mode's price loop)."""
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings

from execution.models import Quote
from execution.services import market_tick
from tests.helpers import decision_of, send_signal

pytestmark = pytest.mark.usefixtures("market")


@pytest.fixture
def falling_btc(tmp_path):
    """A replay file whose BTC falls from 67,000 through 65,000."""
    path = tmp_path / "BTC_USDT-5m.csv"
    rows = ["date,open,high,low,close,volume"]
    for minute, close in enumerate([66800, 65500, 64900]):
        rows.append(f"2024-01-01 00:{minute * 5:02d}:00+00:00,{close},{close},{close},{close},10")
    path.write_text("\n".join(rows) + "\n")
    with override_settings(MARKET_DATA=f"replay:{path}"):
        yield path


def test_a_tick_refreshes_quotes_and_triggers_a_stop(yun_qiang, handjob, falling_btc):
    position = decision_of(send_signal(stop_loss="65000"), handjob).position
    first = market_tick()
    position.refresh_from_db()
    assert first["quotes"] == 1  # only BTC is in the file; the other watched symbols are skipped
    assert Quote.objects.get(symbol="BTC/USDT").price == 66800
    assert position.status == "open"
    market_tick()
    market_tick()
    position.refresh_from_db()
    assert (position.status, position.close_reason) == ("closed", "stop_loss")


def test_market_loop_once_reports_what_it_did(yun_qiang, handjob, falling_btc):
    decision_of(send_signal(), handjob)
    out = StringIO()
    call_command("market_loop", "--once", stdout=out)
    assert "1 quotes, 3 positions checked." in out.getvalue()  # woods1, angry and handjob each copied it
    assert "replay:" in out.getvalue()
