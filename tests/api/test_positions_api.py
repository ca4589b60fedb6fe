"""The position API: read one, close all or part of it, move its stop loss and take profits."""
from decimal import ROUND_DOWN, Decimal

import pytest


pytestmark = pytest.mark.usefixtures("market")
STEP = Decimal("0.00000001")


@pytest.mark.parametrize("slash", ["", "/"], ids=["no-slash", "slash"])
def test_a_position_is_shown_with_or_without_a_trailing_slash(api, position, slash):
    response = api.get(f"/api/positions/{position.pk}{slash}")
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["account"], body["symbol"], body["side"], body["status"]) == (
        position.pk, "angry", "BTC/USDT", "long", "open",
    )
    assert Decimal(body["quantity"]) == position.quantity


def test_an_unknown_position_is_404(api, position):
    assert api.get("/api/positions/999999").status_code == 404


def test_closing_half_halves_the_quantity_and_keeps_it_open(api, position):
    initial = position.quantity
    response = api.post(f"/api/positions/{position.pk}/close", {"fraction": 0.5}, format="json")
    assert response.status_code == 200
    expected = initial - (initial * Decimal("0.5")).quantize(STEP, rounding=ROUND_DOWN)
    assert (Decimal(response.json()["quantity"]), response.json()["status"]) == (expected, "open")
    position.refresh_from_db()
    assert position.quantity == expected


def test_closing_with_an_empty_body_closes_the_rest(api, position):
    api.post(f"/api/positions/{position.pk}/close", {"fraction": 0.5}, format="json")
    response = api.post(f"/api/positions/{position.pk}/close/", {}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["quantity"]) == ("closed", "0")
    assert body["closed_at"] is not None
    position.refresh_from_db()
    assert (position.status, position.quantity) == ("closed", Decimal("0"))


def test_closing_a_closed_position_is_a_409_conflict(api, position):
    api.post(f"/api/positions/{position.pk}/close", {}, format="json")
    response = api.post(f"/api/positions/{position.pk}/close", {}, format="json")
    assert response.status_code == 409
    assert response.json()["detail"] == f"Position #{position.pk} is already closed."


def test_patch_moves_the_stop_loss_and_replaces_the_take_profits(api, position):
    response = api.patch(f"/api/positions/{position.pk}", {"stop_loss": 64000, "take_profits": [69000, 75000]}, format="json")
    assert response.status_code == 200
    assert (response.json()["stop_loss"], response.json()["take_profits"]) == ("64000", ["69000", "75000"])
    position.refresh_from_db()
    assert (position.stop_loss, position.take_profits) == (Decimal("64000"), ["69000", "75000"])


def test_patch_with_only_a_stop_loss_keeps_the_take_profits(api, position):
    response = api.patch(f"/api/positions/{position.pk}/", {"stop_loss": 63000}, format="json")
    assert response.status_code == 200
    assert (response.json()["stop_loss"], response.json()["take_profits"]) == ("63000", ["70000", "72000"])


def test_patch_with_a_null_stop_loss_removes_the_stop(api, position):
    response = api.patch(f"/api/positions/{position.pk}", {"stop_loss": None}, format="json")
    assert response.status_code == 200
    assert response.json()["stop_loss"] is None
    position.refresh_from_db()
    assert position.stop_loss is None


def test_a_stop_loss_above_a_longs_price_is_400_naming_stop_loss_and_changes_nothing(api, position):
    response = api.patch(f"/api/positions/{position.pk}", {"stop_loss": 68000}, format="json")
    assert response.status_code == 400
    assert "stop_loss" in response.json()["errors"]
    position.refresh_from_db()
    assert position.stop_loss == Decimal("60000")


def test_patching_a_closed_position_is_a_409_conflict(api, position):
    api.post(f"/api/positions/{position.pk}/close", {}, format="json")
    response = api.patch(f"/api/positions/{position.pk}", {"stop_loss": 64000}, format="json")
    assert response.status_code == 409
