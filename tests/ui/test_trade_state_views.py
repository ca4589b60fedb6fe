"""A copied trade's management on the dashboard's position row and the Charts page, through Django's
test client: each target's price, fraction and state, the stop with its kind and its trail, and a
ladder's entry parts with their fill state.

The ladder: a long with entries 67,100 and 66,000 split evenly (the market is at 67,000, so the
67,100 part fills at once and the 66,000 part rests), a 64,000 stop and targets 68,000 / 69,000 /
70,000 shared by the trader's first_heavy strategy (50 %, 25 %, 25 %), breakeven after TP1.
"""
import json
import re
from decimal import Decimal
from html import unescape

import pytest

from execution.models import Position
from execution.services import position_update_protection
from tests.helpers import decision_of, move_market, send_signal
from tests.ui.conftest import toast
from traders.services import trader_update

pytestmark = pytest.mark.usefixtures("market")


@pytest.fixture
def ladder(yun_qiang, handjob) -> Position:
    trader_update(trader=yun_qiang, tp_strategy="first_heavy", breakeven_after=1)
    signal = send_signal(entries=["67100", "66000"], stop_loss="64000", take_profits=["68000", "69000", "70000"], leverage=4)
    return decision_of(signal, handjob).position


def _text(html: str) -> str:
    """What a person reads: tags dropped, white space folded."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _row(client, position: Position) -> str:
    page = client.get("/a/handjob/").content.decode()
    return _text(re.search(rf'<tr id="position-{position.pk}".*?</tr>', page, re.S).group(0))


def _chart(client) -> dict:
    page = client.get("/a/handjob/charts").content.decode()
    return json.loads(unescape(re.search(r'<script id="chart-data" type="application/json">(.*?)</script>', page, re.S).group(1)))


# --- The dashboard's row --------------------------------------------------------------------------
def test_the_row_shows_each_targets_price_fraction_and_state_and_the_stops_kind(member_client, ladder):
    row = _row(member_client, ladder)
    assert "SL 64,000 · fixed" in row and "breakeven after TP1" in row
    assert "TP1 68,000 · 50 % TP2 69,000 · 25 % TP3 70,000 · 25 %" in row
    # The two parts are 0.01490312 and 0.01490313 of 0.02980625: 50 % each to two places.
    assert "E1 67,100 · 50 % filled ✓ E2 66,000 · 50 % resting" in row


def test_a_filled_target_is_ticked_and_the_stop_says_it_moved_to_breakeven(member_client, ladder):
    move_market("BTC/USDT", "68100")  # the bid 68,099.5 takes TP1 at 68,000; breakeven after TP1 follows
    ladder.refresh_from_db()
    assert ladder.stop_kind == "breakeven"
    row = _row(member_client, ladder)
    assert "TP1 68,000 · 50 % ✓ TP2 69,000 · 25 % TP3 70,000 · 25 %" in row
    assert f"SL {ladder.stop_loss.normalize():,f} · breakeven" in row
    page = member_client.get("/a/handjob/").content.decode()
    assert f'data-target="1" data-status="filled"' in page and 'data-stop-kind="breakeven"' in page


def test_a_cancelled_target_is_crossed_out(member_client, ladder):
    Position.objects.filter(pk=ladder.pk).update(targets=[
        {"price": "68000", "fraction": "0.5", "status": "filled"},
        {"price": "69000", "fraction": "0.25", "status": "cancelled"},
        {"price": "70000", "fraction": "0.25", "status": "open"},
    ])
    row = _row(member_client, ladder)
    assert "TP1 68,000 · 50 % ✓ TP2 69,000 · 25 % ✗ cancelled TP3 70,000 · 25 %" in row


def test_a_trailing_stop_says_its_rule_and_the_best_price(member_client, ladder):
    Position.objects.filter(pk=ladder.pk).update(
        stop_kind="trailing", trailing={"kind": "percent_below_highest", "callback_pct": "1.5", "activate_after_target": 1},
        trail_best=Decimal("69100"),
    )
    assert "SL 64,000 · trailing trailing 1.5 % behind the best price (69,100)" in _row(member_client, ladder)


def test_a_position_without_targets_or_stop_says_so_and_a_single_entry_shows_no_parts(member_client, yun_qiang, handjob):
    position = decision_of(send_signal(), handjob).position
    row = _row(member_client, position)
    assert "No stop loss." in row and "No targets: it runs until its stop or a close." in row
    assert "E1" not in row


def test_the_table_answering_an_action_shows_the_trade_state_too(member_client, ladder):
    response = member_client.post(
        f"/a/handjob/positions/{ladder.pk}/protection", {"stop_loss": "65000"}, HTTP_HX_REQUEST="true",
        HTTP_HX_CONFIRM="yes",
    )
    assert response.status_code == 200 and toast(response)["level"] == "ok"
    assert "SL 65,000 · fixed" in _text(response.content.decode())


# --- The Charts page ------------------------------------------------------------------------------
def test_the_chart_levels_carry_each_targets_fraction_and_state_and_the_stops_kind(member_client, ladder):
    move_market("BTC/USDT", "68100")
    ladder.refresh_from_db()
    (level,) = _chart(member_client)["levels"]
    assert level["stop_kind"] == "breakeven"
    assert level["targets"] == [
        {"price": "68000", "status": "filled", "label": "TP1 68,000 · 50 % ✓"},
        {"price": "69000", "status": "open", "label": "TP2 69,000 · 25 %"},
        {"price": "70000", "status": "open", "label": "TP3 70,000 · 25 %"},
    ]


def test_the_chart_draws_the_stops_trail_from_the_audit_log(member_client, ladder):
    move_market("BTC/USDT", "68100")  # breakeven: the first move
    ladder.refresh_from_db()
    breakeven = ladder.stop_loss
    position_update_protection(position=ladder, stop_loss="67500")  # by hand: the second
    (level,) = _chart(member_client)["levels"]
    trail = [(point["price"], point["kind"]) for point in level["stop_trail"]]
    # Opened at 64,000; the rule moved it to breakeven; a person to 67,500, where it is now (the last point).
    assert trail == [("64000", "fixed"), (f"{breakeven.normalize():f}", "breakeven"), ("67500", "fixed"), ("67500", "fixed")]
    times = [point["ts"] for point in level["stop_trail"]]
    assert times == sorted(times)
    page = _text(member_client.get("/a/handjob/charts").content.decode())
    assert "SL 67500 (fixed, trail drawn)" in page and "TP1 68,000 · 50 % ✓" in page


def test_the_chart_of_a_position_without_targets_says_so(member_client, yun_qiang, handjob):
    decision_of(send_signal(stop_loss="60000"), handjob)
    (level,) = _chart(member_client)["levels"]
    assert level["targets"] == [] and level["stop_trail"] == []
    assert "SL 60000 (fixed) · no targets" in _text(member_client.get("/a/handjob/charts").content.decode())
