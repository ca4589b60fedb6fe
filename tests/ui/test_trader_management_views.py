"""The trader card's trade management through Django's test client: the form shows what is saved,
the preview says what the settings mean by the real rules (numbers worked by hand below), a save
goes through the API's checks, and bad input answers 400 with a readable message and nothing saved."""
import re
from decimal import Decimal
from html import unescape

import pytest

from echotrade.models import AuditEvent
from tests.ui.conftest import toast
from traders.models import Trader
from traders.services import trader_update

# What the card's form sends when nothing is changed from a new trader's defaults.
DEFAULTS = {
    "tp_strategy": "even", "tp_fractions": "", "entry_strategy": "even", "entry_fractions": "",
    "breakeven_after": "", "trailing_kind": "", "trailing_callback_pct": "", "trailing_activate_after_target": "",
    "max_open_trades": "", "sizing_mode": "", "fixed_amount": "", "risk_pct": "", "cancel_unfilled_after_hours": "",
}
URL = "/a/handjob/traders/yun_qiang/management"


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


def _post(client, **fields):
    return client.post(URL, {**DEFAULTS, **fields}, HTTP_HX_REQUEST="true")


def _preview(client, **fields) -> str:
    response = client.get(f"{URL}/preview", {**DEFAULTS, **fields}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    return response.content.decode()


def _text(html: str) -> str:
    """The page's text as a person reads it: tags dropped, white space folded."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


# --- The preview ----------------------------------------------------------------------------------
def test_the_preview_shows_the_target_shares_of_each_strategy_for_three_targets(staff_client, yun_qiang):
    # Fractions are kept to four places, the last taking the rest (trade_management.fractions_check).
    assert "TP1 33.33 % · TP2 33.33 % · TP3 33.34 %" in _preview(staff_client, tp_strategy="even")
    # Half on the first, the other half shared: 50, 25, 25.
    assert "TP1 50 % · TP2 25 % · TP3 25 %" in _preview(staff_client, tp_strategy="first_heavy")
    # 1, ½, ¼ normalised: 4/7, 2/7, 1/7.
    assert "TP1 57.14 % · TP2 28.57 % · TP3 14.29 %" in _preview(staff_client, tp_strategy="decreasing")
    # A custom list is its own length, scaled to 100 %: 60, 30, 10 → 60 %, 30 %, 10 %.
    custom = _preview(staff_client, tp_strategy="custom", tp_fractions="60, 30, 10")
    assert "TP1 60 % · TP2 30 % · TP3 10 %" in custom and "with 3 targets" in custom


def test_the_preview_shows_the_entry_ladder_nearest_the_market_first(staff_client, yun_qiang):
    # increasing: the mirror of decreasing (¼, ½, 1 normalised): 1/7, 2/7, 4/7.
    html = _preview(staff_client, entry_strategy="increasing")
    assert "E1 14.29 % · E2 28.57 % · E3 57.14 %" in html and "nearest the market first" in html


def test_the_preview_says_what_the_stop_rules_do(staff_client, yun_qiang):
    text = _text(_preview(staff_client, breakeven_after="1", trailing_kind="percent_below_highest",
                          trailing_callback_pct="1.5", trailing_activate_after_target="2"))
    assert "after TP1 fills, to the entry plus the fees paid (breakeven)" in text
    assert "once TP2 fills, trailing 1.5 % behind the best price" in text
    assert "The tightest rule wins; the stop only ever tightens." in text
    moving = _text(_preview(staff_client, trailing_kind="moving_target"))
    assert "after TP1 to the entry, after TP2 to TP1, and so on (moving target)" in moving


def test_the_preview_shows_the_risk_a_copy_takes_in_dollars(staff_client, handjob, yun_qiang):
    handjob.default_stop_pct = Decimal("0.03")
    handjob.save(update_fields=["default_stop_pct"])
    text = _text(_preview(staff_client, sizing_mode="risk_percent", risk_pct="1"))
    # 1 % of the 100,000 equity is what the stop may lose.
    assert "risks $1,000 (1 % of $100,000 equity) at the stop" in text
    # At the account's 3 % stop: quantity = 1,000 ÷ (1,000 − 970 + (1,000 + 970) × 0.0005) = 1,000 ÷ 30.985
    # = 32.27368081 at 1,000 → 32,273.68 notional; the max position (10 % of 100,000) caps it at 10,000.
    assert "With a stop 3 % from the entry (the account's default stop): $32,273.68 notional." in text
    assert "capped at $10,000 (max position 10 % of equity)" in text


def test_the_preview_shows_a_fixed_amount_and_the_multipliers(staff_client, handjob, yun_qiang):
    trader_update(trader=yun_qiang, position_multiplier=Decimal("1.5"))
    text = _text(_preview(staff_client, sizing_mode="fixed_amount", fixed_amount="500"))
    # 500 × 1.5 trader × 1 account risk × 1 global = 750.
    assert "fixed $500 notional" in text
    assert "Each copy: $750 after the multipliers (×1.5 trader · ×1 account risk · ×1 global)." in text


def test_the_preview_of_the_accounts_own_sizing_says_it_is_the_accounts(staff_client, yun_qiang):
    text = _text(_preview(staff_client))
    # The account's percent_equity: 2 % of 100,000 = 2,000.
    assert "The account's sizing: 2 % of $100,000 equity = $2,000 notional" in text


def test_the_preview_warns_that_risk_sizing_without_any_stop_filters_a_signal_without_one(staff_client, yun_qiang):
    text = _text(_preview(staff_client, sizing_mode="risk_percent", risk_pct="1"))
    assert "With a stop 2 % from the entry (for example; the signal's own stop decides)" in text
    assert "A signal without a stop loss is filtered (no_stop_loss)" in text


def test_the_preview_shows_the_rules_message_for_a_bad_setting_and_the_others_still(staff_client, yun_qiang):
    html = _preview(staff_client, tp_strategy="custom", tp_fractions="0.5, -1", max_open_trades="3")
    assert "Every fraction must be above 0." in html
    assert "At most 3 open copies of this trader per account" in html
    risk = _preview(staff_client, sizing_mode="risk_percent")
    assert "Risk-percent sizing needs the share of equity a copy may lose at its stop." in risk


def test_any_member_may_see_the_preview_but_not_of_another_account(member_client, yun_qiang):
    assert "TP1 33.33 %" in _preview(member_client)
    assert member_client.get("/a/angry/traders/yun_qiang/management/preview").status_code == 404
    assert member_client.get("/a/handjob/traders/nobody/management/preview").status_code == 404


# --- The card -------------------------------------------------------------------------------------
def test_the_card_shows_the_saved_settings_and_their_consequence(staff_client, yun_qiang):
    trader_update(trader=yun_qiang, tp_strategy="first_heavy", breakeven_after=1)
    page = staff_client.get("/a/handjob/traders").content.decode()
    assert 'name="tp_strategy"' in page and '<option value="first_heavy" selected>' in page
    assert 'id="breakeven-after-yun_qiang"' in page and 'value="1"' in page
    assert "targets half on the first target · breakeven after TP1 · the account&#x27;s sizing" in page
    assert "TP1 50 % · TP2 25 % · TP3 25 %" in page


def test_a_member_who_is_not_staff_sees_the_settings_but_no_form(member_client, yun_qiang):
    page = member_client.get("/a/handjob/traders").content.decode()
    assert "Trade management" in page and "TP1 33.33 %" in page
    assert 'name="tp_strategy"' not in page


# --- Saving ---------------------------------------------------------------------------------------
def test_saving_writes_every_setting_through_the_api_checks_and_audits_it(staff_client, yun_qiang):
    response = _post(
        staff_client, tp_strategy="custom", tp_fractions="50, 30, 20", entry_strategy="decreasing",
        breakeven_after="1", trailing_kind="percent_below_highest", trailing_callback_pct="1.5",
        trailing_activate_after_target="1", max_open_trades="2", sizing_mode="risk_percent", risk_pct="1.5",
        fixed_amount="", cancel_unfilled_after_hours="24", cancel_if_target_before_entry="on",
    )
    assert response.status_code == 200
    assert toast(response) == {"level": "ok", "message": "Yun Qiang's trade management saved."}
    trader = Trader.objects.get(pk="yun_qiang")
    assert trader.tp_strategy == "custom" and trader.tp_fractions == ["0.5", "0.3", "0.2"]
    assert trader.entry_strategy == "decreasing" and trader.breakeven_after == 1
    assert trader.trailing == {"kind": "percent_below_highest", "callback_pct": "1.5", "activate_after_target": 1}
    assert (trader.max_open_trades, trader.sizing_mode, trader.risk_pct) == (2, "risk_percent", Decimal("0.015"))
    assert trader.cancel_unfilled_after_hours == 24 and trader.cancel_if_target_before_entry is True
    event = AuditEvent.objects.get(action="trader.updated", object_id="yun_qiang")
    assert event.after["tp_strategy"] == "custom" and event.after["max_open_trades"] == 2
    # The card comes back open, with what was saved.
    page = response.content.decode()
    assert '<details class="trade-management" id="management-yun_qiang" open>' in page
    assert 'value="50"' not in page and 'value="0.5, 0.3, 0.2"' in page


def test_emptying_a_setting_turns_it_off(staff_client, yun_qiang):
    trader_update(trader=yun_qiang, breakeven_after=2, max_open_trades=3, trailing={"kind": "moving_target"})
    assert _post(staff_client).status_code == 200
    trader = Trader.objects.get(pk="yun_qiang")
    assert (trader.breakeven_after, trader.max_open_trades, trader.trailing) == (None, None, None)


@pytest.mark.parametrize(("fields", "field_id", "message"), [
    ({"tp_strategy": "custom"}, "tp-fractions", "The custom strategy needs its fractions"),
    ({"tp_strategy": "custom", "tp_fractions": "0.5, abc"}, "tp-fractions", "Fractions are numbers such as 0.5 or 0.25."),
    ({"breakeven_after": "0"}, "breakeven-after", "Must be a whole number from 1 to 20."),
    ({"max_open_trades": "1.5"}, "max-open-trades", "Must be a whole number from 1 to 1000."),
    ({"sizing_mode": "fixed_amount"}, "fixed-amount", "Fixed-amount sizing needs the amount per copy."),
    ({"risk_pct": "80"}, "risk-pct", "Must be more than 0 % and at most 50 %, or empty for none."),
    ({"risk_pct": "1.23456"}, "risk-pct", "At most 4 decimal places."),
    ({"fixed_amount": "lots"}, "fixed-amount", "&#x27;lots&#x27; is not a number."),
])
def test_bad_input_answers_400_with_the_message_next_to_its_field_and_saves_nothing(
    staff_client, yun_qiang, fields, field_id, message,
):
    response = _post(staff_client, **{"cancel_unfilled_after_hours": "12", **fields})
    assert response.status_code == 400
    page = response.content.decode()
    assert f'id="{field_id}-yun_qiang-error">' in page and message in page
    assert toast(response)["level"] == "error" and toast(response)["message"].startswith("Not saved.")
    assert '<details class="trade-management" id="management-yun_qiang" open>' in page
    assert 'name="cancel_unfilled_after_hours" value="12"' in page  # what was typed stays
    # Nothing saved, not even the good field.
    assert Trader.objects.get(pk="yun_qiang").cancel_unfilled_after_hours is None


def test_a_bad_trailing_stop_is_told_under_the_stop_settings(staff_client, yun_qiang):
    response = _post(staff_client, trailing_kind="percent_below_highest", trailing_callback_pct="150")
    assert response.status_code == 400
    assert 'data-set-error="stop">callback_pct is a percentage above 0 and below 100, such as 1.5.' in response.content.decode()
    assert Trader.objects.get(pk="yun_qiang").trailing is None


def test_only_staff_change_trade_management(member_client, yun_qiang):
    response = _post(member_client, tp_strategy="first_heavy")
    assert response.status_code == 403
    assert Trader.objects.get(pk="yun_qiang").tp_strategy == "even"


def test_a_viewer_cannot_save_and_another_accounts_url_is_not_found(viewer_client, yun_qiang, angry):
    assert _post(viewer_client, tp_strategy="first_heavy").status_code == 403
    response = viewer_client.post("/a/angry/traders/yun_qiang/management", {**DEFAULTS, "tp_strategy": "first_heavy"})
    assert response.status_code == 404
    assert Trader.objects.get(pk="yun_qiang").tp_strategy == "even"
