"""The Settings page's sizing block through Django's test client: the consequence in money (worked by
hand below), saving through the service behind PATCH /api/accounts/{name}, bad input answering 400
with a readable message next to its field and nothing saved, and who may change it."""
import re
from decimal import Decimal
from html import unescape

import pytest

from accounts.models import Account, Membership
from echotrade.models import AuditEvent
from tests.conftest import make_user
from tests.ui.conftest import toast

FORM = {"sizing_mode": "percent_equity", "fixed_amount": "", "risk_pct": "", "default_stop_pct": ""}
URL = "/a/handjob/settings/sizing"


@pytest.fixture
def trader_client(client, handjob):
    client.force_login(make_user("hj", accounts=[handjob], role=Membership.Role.TRADER))
    return client


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _preview(client, **fields) -> str:
    response = client.get(f"{URL}/preview", {**FORM, **fields}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    return _text(response.content.decode())


def _handjob() -> Account:
    return Account.objects.get(name="handjob")


def test_the_page_shows_the_saved_sizing_and_what_it_means(trader_client, handjob):
    page = trader_client.get("/a/handjob/settings").content.decode()
    assert 'id="settings-sizing"' in page and '<option value="percent_equity" selected>' in page
    text = _text(page)
    # The profile's 2 % of the 100,000 equity.
    assert "2 % of $100,000 equity = $2,000 notional" in text
    assert "Each copy: $2,000 after the multipliers (×1 trader · ×1 account risk · ×1 global), before each trader's own multiplier." in text
    assert "A signal without a stop loss is copied without one." in text


def test_the_preview_shows_a_fixed_amount(trader_client, handjob):
    assert "fixed $500 notional" in _preview(trader_client, sizing_mode="fixed_amount", fixed_amount="500")


def test_the_preview_shows_the_risk_and_the_default_stop_in_money(trader_client, handjob):
    text = _preview(trader_client, sizing_mode="risk_percent", risk_pct="1", default_stop_pct="3")
    assert "risks $1,000 (1 % of $100,000 equity) at the stop" in text
    # 1,000 ÷ (30 + 1,970 × 0.0005) = 32.27368081 units at 1,000 = 32,273.68, capped at 10 % of 100,000.
    assert "With a stop 3 % from the entry (the account's default stop): $32,273.68 notional." in text
    assert "capped at $10,000 (max position 10 % of equity)" in text
    # 3 % from 1,000: 970 below a long, 1,030 above a short.
    assert "A signal without a stop gets one 3 % from the entry: a long at $1,000 stops at $970, a short at $1,030." in text


def test_the_preview_says_a_signal_without_a_stop_is_filtered_when_one_is_required(trader_client, handjob):
    text = _preview(trader_client, require_stop_loss="on")
    assert "A signal without a stop loss is filtered (no_stop_loss)." in text
    text = _preview(trader_client, sizing_mode="risk_percent", risk_pct="1")
    assert "A signal without a stop loss is filtered (no_stop_loss): Sizing by risk needs a stop" in text


def test_the_preview_shows_the_services_message_for_a_bad_value(trader_client, handjob):
    text = _preview(trader_client, sizing_mode="fixed_amount")
    assert "Fixed-amount sizing needs the amount per copy." in text
    assert "A signal without a stop loss is copied without one." in text  # the other group still shows


def test_saving_writes_the_sizing_through_the_service_and_audits_it(trader_client, handjob):
    response = trader_client.post(URL, {**FORM, "sizing_mode": "risk_percent", "risk_pct": "1.5", "default_stop_pct": "3",
                                        "require_stop_loss": "on"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert toast(response) == {"level": "ok", "message": "handjob's sizing saved."}
    account = _handjob()
    assert (account.sizing_mode, account.risk_pct, account.default_stop_pct, account.require_stop_loss) == (
        "risk_percent", Decimal("0.015"), Decimal("0.03"), True,
    )
    event = AuditEvent.objects.get(action="account.risk_updated", account=account)
    assert event.after["sizing_mode"] == "risk_percent" and event.actor_label == "hj"
    assert "risks $1,500 (1.5 % of $100,000 equity) at the stop" in _text(response.content.decode())


@pytest.mark.parametrize(("fields", "field_id", "message"), [
    ({"fixed_amount": "lots"}, "sizing-fixed-amount", "Must be a number, such as 500."),
    ({"sizing_mode": "fixed_amount"}, "sizing-fixed-amount", "Fixed-amount sizing needs the amount per copy."),
    ({"risk_pct": "60"}, "sizing-risk-pct", "Must be more than 0 % and at most 50 %, or empty for none."),
    ({"risk_pct": "-1"}, "sizing-risk-pct", "Must be more than 0 % and at most 50 %, or empty for none."),
    ({"default_stop_pct": "100"}, "sizing-default-stop", "Must be more than 0 % and less than 100 %, or empty for none."),
    ({"default_stop_pct": "two"}, "sizing-default-stop", "Must be a percentage, such as 1.5."),
    ({"sizing_mode": "martingale"}, "sizing-mode", "One of percent_equity, fixed_amount, risk_percent."),
])
def test_bad_input_answers_400_next_to_its_field_and_saves_nothing(trader_client, handjob, fields, field_id, message):
    response = trader_client.post(URL, {**FORM, "require_stop_loss": "on", **fields}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    page = response.content.decode()
    assert f'<p class="field-error" id="{field_id}-error">{message}' in unescape(page)
    assert toast(response)["level"] == "error" and toast(response)["message"].startswith("Not saved.")
    assert 'name="require_stop_loss" checked' in page  # what was typed stays
    assert _handjob().require_stop_loss is False  # nothing saved


def test_a_viewer_sees_the_sizing_but_cannot_change_it(viewer_client, handjob):
    page = viewer_client.get("/a/handjob/settings").content.decode()
    assert 'id="settings-sizing"' in page and 'name="sizing_mode"' not in page
    assert "2 % of $100,000 equity = $2,000 notional" in _text(page)
    response = viewer_client.post(URL, {**FORM, "sizing_mode": "fixed_amount", "fixed_amount": "500"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 403
    assert _handjob().sizing_mode == "percent_equity"


def test_another_accounts_sizing_is_not_found(trader_client, angry):
    assert trader_client.post("/a/angry/settings/sizing", FORM, HTTP_HX_REQUEST="true").status_code == 404
    assert trader_client.get("/a/angry/settings/sizing/preview").status_code == 404
