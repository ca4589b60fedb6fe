"""Trade management through the REST API (issue 13's "API and UI contract"): target allocations,
breakeven and trailing on a signal, the position's ladder, stop kind and entry parts, the trader's
management settings and the account's sizing (PATCH /api/accounts/{name}). Bad input is a 400
naming its field with nothing written; another's account is 403 or 404."""
from decimal import ROUND_DOWN, Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from accounts.models import Account, Membership
from echotrade.models import AuditEvent
from execution.models import Position
from signals.models import Signal, SignalDecision
from tests.conftest import make_user
from tests.helpers import decision_of, move_market, send_signal
from traders.models import Trader

pytestmark = pytest.mark.usefixtures("market", "outermost_atomic_commits")  # BTC at 67,000
STEP = Decimal("0.00000001")
SIGNAL = {
    "trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "entry": None, "stop_loss": 60000,
    "take_profits": [70000, 72000], "leverage": 4, "confidence": 0.9,
}


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def post_signal(api, **fields):
    return api.post("/api/signals", SIGNAL | fields, format="json")


def angrys_copy(body: dict) -> dict:
    return next(d for d in body["decisions"] if d["account"] == "angry")["position"]


# --- POST /api/signals: targets with fractions, breakeven, trailing, entries with fractions ------
def test_targets_given_with_fractions_are_stored_as_the_signals_allocations(api, yun_qiang):
    targets = [{"price": 70000, "fraction": 0.5}, {"price": 72000, "fraction": 0.25}, {"price": 74000, "fraction": 0.25}]
    response = post_signal(api, take_profits=targets)

    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["take_profits"], body["take_profit_allocations"]) == (["70000", "72000", "74000"], ["0.5", "0.25", "0.25"])
    copy = angrys_copy(body)
    assert copy["targets"] == [
        {"price": "70000", "fraction": "0.5", "status": "open"},
        {"price": "72000", "fraction": "0.25", "status": "open"},
        {"price": "74000", "fraction": "0.25", "status": "open"},
    ]


def test_target_fractions_are_normalised_to_sum_one(api, yun_qiang):
    # 2 : 1 : 1 is a half and two quarters; thirds round to four places with the rest on the last.
    halves = post_signal(api, take_profits=[{"price": p, "fraction": w} for p, w in ((70000, 2), (72000, 1), (74000, 1))])
    thirds = post_signal(api, external_id="thirds", take_profits=[{"price": p, "fraction": "1"} for p in (70000, 72000, 74000)])

    assert halves.json()["take_profit_allocations"] == ["0.5", "0.25", "0.25"]
    assert thirds.json()["take_profit_allocations"] == ["0.3333", "0.3333", "0.3334"]


def test_breakeven_and_trailing_are_stored_as_the_rules_read_them_and_reach_the_copy(api, yun_qiang):
    trailing = {"kind": "percent_below_highest", "callback_pct": 1.5}
    response = post_signal(api, breakeven_after=2, trailing=trailing)

    assert response.status_code == 201, response.content
    body = response.json()
    # No activation target: the trail starts from the entry (trade_management.trailing_parse's 0).
    stored = {"kind": "percent_below_highest", "callback_pct": "1.5", "activate_after_target": 0}
    assert (body["breakeven_after"], body["trailing"]) == (2, stored)
    copy = angrys_copy(body)
    assert (copy["breakeven_after"], copy["trailing"], copy["stop_loss"], copy["stop_kind"]) == (2, stored, "60000", "fixed")


def test_a_trail_the_source_leaves_unspecified_is_kept_and_the_copy_trails_by_the_traders_rule(api, yun_qiang):
    api.patch("/api/traders/yun_qiang", {"trailing": {"kind": "moving_target"}}, format="json")
    body = post_signal(api, trailing={"kind": "unspecified"}).json()

    assert body["trailing"] == {"kind": "unspecified"}
    assert angrys_copy(body)["trailing"] == {"kind": "moving_target"}


def test_a_ladder_given_with_fractions_rests_one_part_per_price_and_shows_each_fill(api, yun_qiang):
    response = post_signal(api, entries=[{"price": 66500, "fraction": 3}, {"price": 66000, "fraction": 1}])

    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["entries"], body["entry_allocations"]) == (["66000", "66500"], ["0.25", "0.75"])  # ascending
    position = Position.objects.get(account__name="angry")
    total = Decimal(decision_of(Signal.objects.get(), position.account).sizing["quantity"])
    first = (total * Decimal("0.75")).quantize(STEP, rounding=ROUND_DOWN)  # a long buys its highest entry first
    parts = api.get(f"/api/positions/{position.pk}").json()["entry_parts"]
    assert [(p["type"], p["price"], Decimal(p["quantity"]), p["filled_quantity"], p["status"]) for p in parts] == [
        ("limit", "66500", first, "0", "open"), ("limit", "66000", total - first, "0", "open"),
    ]

    move_market("BTC/USDT", 66400)  # through the first part, not the second

    parts = api.get(f"/api/positions/{position.pk}").json()["entry_parts"]
    assert [(Decimal(p["filled_quantity"]), p["status"]) for p in parts] == [(first, "filled"), (Decimal(0), "open")]


@pytest.mark.parametrize(
    "fields, field",
    [
        pytest.param({"take_profits": [{"price": 70000, "fraction": 0}]}, "take_profits", id="fraction-0"),
        pytest.param({"take_profits": [{"price": 70000, "fraction": -0.5}, {"price": 72000, "fraction": 1}]},
                     "take_profits", id="fraction-negative"),
        pytest.param({"take_profits": [{"price": 70000, "fraction": "half"}]}, "take_profits", id="fraction-text"),
        pytest.param({"take_profits": [{"price": 70000, "fraction": True}]}, "take_profits", id="fraction-bool"),
        pytest.param({"take_profits": [{"price": 70000}]}, "take_profits", id="fraction-missing"),
        pytest.param({"take_profits": [{"price": 70000, "fraction": 0.5, "stop": 1}]}, "take_profits", id="extra-key"),
        pytest.param({"take_profits": [{"price": 70000, "fraction": 0.5}, 72000]}, "take_profits", id="mixed"),
        pytest.param({"take_profits": [{"price": "x", "fraction": 0.5}]}, "take_profits", id="object-price-text"),
        pytest.param({"take_profits": {"price": 70000, "fraction": 1}}, "take_profits", id="an-object-not-a-list"),
        pytest.param({"take_profits": 70000}, "take_profits", id="a-number-not-a-list"),
        pytest.param({"take_profits": [{"price": 70000, "fraction": 0.5}], "take_profit_allocations": [1]},
                     "take_profit_allocations", id="fractions-twice"),
        pytest.param({"breakeven_after": 3}, "breakeven_after", id="breakeven-beyond-the-targets"),
        pytest.param({"breakeven_after": 1, "take_profits": []}, "breakeven_after", id="breakeven-without-targets"),
        pytest.param({"breakeven_after": 1.5}, "breakeven_after", id="breakeven-not-whole"),
        pytest.param({"breakeven_after": True}, "breakeven_after", id="breakeven-bool"),
        pytest.param({"trailing": {"kind": "percent_below_highest", "callback_pct": 0}}, "trailing", id="callback-0"),
        pytest.param({"trailing": {"kind": "percent_below_highest", "callback_pct": 100}}, "trailing", id="callback-100"),
        pytest.param({"trailing": {"kind": "percent_below_highest", "callback_pct": "x"}}, "trailing", id="callback-text"),
        pytest.param({"trailing": {"kind": "percent_below_highest", "callback_pct": 1, "activate_after_target": -1}},
                     "trailing", id="activate-negative"),
        pytest.param({"trailing": {"kind": "moving_target", "speed": 2}}, "trailing", id="trailing-extra-key"),
        pytest.param({"trailing": ["moving_target"]}, "trailing", id="trailing-a-list"),
        pytest.param({"entries": [{"price": 66500, "fraction": 0}, {"price": 66000, "fraction": 1}]}, "entries",
                     id="entry-fraction-0"),
        pytest.param({"entries": [{"price": 66500, "fraction": 1}], "entry_allocations": [1]}, "entry_allocations",
                     id="entry-fractions-twice"),
    ],
)
def test_bad_management_input_on_a_signal_is_a_400_naming_the_field_and_stores_nothing(api, yun_qiang, fields, field):
    response = post_signal(api, **fields)

    assert response.status_code == 400, response.content
    assert response.json()["errors"][field]
    assert not Signal.objects.exists() and not SignalDecision.objects.exists() and not Position.objects.exists()


# --- Positions: the ladder, the stop's kind and the entry parts ------------------------------------
def test_a_position_shows_each_target_the_stop_with_its_kind_and_its_filled_market_entry(api, position):
    body = api.get(f"/api/positions/{position.pk}").json()

    assert body["targets"] == [
        {"price": "70000", "fraction": "0.5", "status": "open"}, {"price": "72000", "fraction": "0.5", "status": "open"},
    ]
    assert (body["stop_loss"], body["stop_kind"], body["take_profits"]) == ("60000", "fixed", ["70000", "72000"])
    [part] = body["entry_parts"]
    assert (part["type"], part["price"], part["status"]) == ("market", None, "filled")
    assert part["quantity"] == part["filled_quantity"] == body["quantity"]


def test_after_the_first_target_fills_it_shows_filled_and_the_stop_is_at_breakeven(api, yun_qiang, angry):
    copy = decision_of(send_signal(
        leverage=4, stop_loss="60000", take_profits=["70000", "72000"], breakeven_after=1,
    ), angry).position

    move_market("BTC/USDT", 70010)

    body = api.get(f"/api/positions/{copy.pk}").json()
    assert [t["status"] for t in body["targets"]] == ["filled", "open"]
    assert body["take_profits"] == ["72000"]
    # The entry plus the fees paid per unit still open: above the entry, far below the target.
    assert body["stop_kind"] == "breakeven"
    assert Decimal(body["entry_price"]) < Decimal(body["stop_loss"]) < Decimal("70000")


def queries_for(api, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert api.get(path).status_code == 200
    return len(queries)


def test_the_position_and_signal_lists_read_every_entry_part_in_a_fixed_number_of_queries(api, yun_qiang, angry):
    send_signal(leverage=4, stop_loss="60000", take_profits=["70000"], external_id="one")
    one = {path: queries_for(api, path) for path in ("/api/accounts/angry/positions", "/api/signals", "/api/accounts/angry")}
    for n in range(2):
        send_signal(leverage=4, stop_loss="60000", take_profits=["70000"], external_id=f"more-{n}")
    three = {path: queries_for(api, path) for path in one}

    assert Position.objects.filter(account=angry).count() == 3
    assert three == one


def test_patching_targets_with_fractions_breakeven_and_trailing_changes_the_ladder_and_the_rules(api, position):
    response = api.patch(f"/api/positions/{position.pk}", {
        "take_profits": [{"price": 69000, "fraction": 1}, {"price": 71000, "fraction": 3}],
        "breakeven_after": 1, "trailing": {"kind": "moving_target"},
    }, format="json")

    assert response.status_code == 200, response.content
    body = response.json()
    assert body["targets"] == [
        {"price": "69000", "fraction": "0.25", "status": "open"}, {"price": "71000", "fraction": "0.75", "status": "open"},
    ]
    assert (body["breakeven_after"], body["trailing"]) == (1, {"kind": "moving_target"})
    position.refresh_from_db()
    assert (position.take_profits, position.breakeven_after) == (["69000", "71000"], 1)


@pytest.mark.parametrize(
    "body, field",
    [
        pytest.param({"take_profits": [{"price": 69000, "fraction": 0}]}, "take_profits", id="fraction-0"),
        pytest.param({"take_profits": [{"price": 69000, "fraction": 1}, 71000]}, "take_profits", id="mixed"),
        pytest.param({"take_profits": 69000}, "take_profits", id="not-a-list"),
        pytest.param({"trailing": {"kind": "percent_below_highest", "callback_pct": 0}}, "trailing", id="callback-0"),
        pytest.param({"trailing": {"kind": "sideways"}}, "trailing", id="trailing-kind"),
        pytest.param({"breakeven_after": "first"}, "breakeven_after", id="breakeven-text"),
        pytest.param({"breakeven_after": 0}, "breakeven_after", id="breakeven-0"),
    ],
)
def test_bad_protection_input_is_a_400_naming_the_field_and_changes_nothing(api, position, body, field):
    before = Position.objects.filter(pk=position.pk).values("targets", "breakeven_after", "trailing", "stop_loss").get()
    response = api.patch(f"/api/positions/{position.pk}", body, format="json")

    assert response.status_code == 400, response.content
    assert response.json()["errors"][field]
    assert Position.objects.filter(pk=position.pk).values("targets", "breakeven_after", "trailing", "stop_loss").get() == before


def test_a_viewer_cannot_change_a_positions_protection(position, angry):
    viewer = client_for(make_user("viewer", accounts=[angry], role=Membership.Role.VIEWER))
    response = viewer.patch(f"/api/positions/{position.pk}", {"breakeven_after": 1}, format="json")
    assert response.status_code == 403
    assert Position.objects.get(pk=position.pk).breakeven_after is None


# --- Traders: the management settings -------------------------------------------------------------
MANAGEMENT = {
    "tp_strategy": "custom", "tp_fractions": [2, 1, 1], "entry_strategy": "decreasing", "entry_fractions": [],
    "breakeven_after": 1, "trailing": {"kind": "percent_below_highest", "callback_pct": 2, "activate_after_target": 1},
    "max_open_trades": 3, "sizing_mode": "fixed_amount", "fixed_amount": "500", "risk_pct": None,
    "cancel_unfilled_after_hours": 24, "cancel_if_target_before_entry": True,
}
SHOWN = MANAGEMENT | {
    "tp_fractions": ["0.5", "0.25", "0.25"],
    "trailing": {"kind": "percent_below_highest", "callback_pct": "2", "activate_after_target": 1},
}


def test_a_trader_shows_its_management_settings_and_their_defaults(api, yun_qiang):
    body = api.get("/api/traders/yun_qiang").json()
    assert {name: body[name] for name in MANAGEMENT} == {
        "tp_strategy": "even", "tp_fractions": [], "entry_strategy": "even", "entry_fractions": [],
        "breakeven_after": None, "trailing": None, "max_open_trades": None, "sizing_mode": "", "fixed_amount": None,
        "risk_pct": None, "cancel_unfilled_after_hours": None, "cancel_if_target_before_entry": False,
    }


def test_patching_a_traders_management_settings_saves_them_normalised_and_audits_the_change(api, yun_qiang):
    response = api.patch("/api/traders/yun_qiang", MANAGEMENT, format="json")

    assert response.status_code == 200, response.content
    assert {name: response.json()[name] for name in MANAGEMENT} == SHOWN
    assert api.get("/api/traders/yun_qiang").json()["tp_fractions"] == ["0.5", "0.25", "0.25"]
    event = AuditEvent.objects.filter(action="trader.updated", object_id="yun_qiang").latest("id")
    assert (event.before["tp_strategy"], event.after["tp_strategy"]) == ("even", "custom")
    assert (event.before["fixed_amount"], Decimal(event.after["fixed_amount"])) == (None, Decimal("500"))


def test_a_trader_is_created_with_its_management_settings(api, accounts):
    response = api.post("/api/traders", {"id": "newbie", "name": "Newbie", **MANAGEMENT}, format="json")

    assert response.status_code == 201, response.content
    assert {name: response.json()[name] for name in MANAGEMENT} == SHOWN


@pytest.mark.parametrize(
    "body, field",
    [
        pytest.param({"tp_strategy": "pyramid"}, "tp_strategy", id="unknown-tp-strategy"),
        pytest.param({"entry_strategy": "first_heavy"}, "entry_strategy", id="targets-only-strategy-for-entries"),
        pytest.param({"tp_strategy": "custom"}, "tp_fractions", id="custom-without-fractions"),
        pytest.param({"entry_strategy": "custom", "entry_fractions": []}, "entry_fractions", id="custom-entries-empty"),
        pytest.param({"tp_fractions": [0.5, 0]}, "tp_fractions", id="fraction-0"),
        pytest.param({"tp_fractions": [-1, 2]}, "tp_fractions", id="fraction-negative"),
        pytest.param({"tp_fractions": ["half"]}, "tp_fractions", id="fraction-text"),
        pytest.param({"tp_fractions": [1] * 21}, "tp_fractions", id="too-many-fractions"),
        pytest.param({"tp_fractions": "0.5,0.5"}, "tp_fractions", id="fractions-not-a-list"),
        pytest.param({"breakeven_after": 0}, "breakeven_after", id="breakeven-0"),
        pytest.param({"breakeven_after": 21}, "breakeven_after", id="breakeven-beyond-any-ladder"),
        pytest.param({"breakeven_after": "first"}, "breakeven_after", id="breakeven-text"),
        pytest.param({"trailing": {"kind": "percent_below_highest", "callback_pct": 0}}, "trailing", id="callback-0"),
        pytest.param({"trailing": {"kind": "percent_below_highest", "callback_pct": 100}}, "trailing", id="callback-100"),
        pytest.param({"trailing": {"kind": "unspecified"}}, "trailing", id="trailing-unspecified"),
        pytest.param({"trailing": "moving_target"}, "trailing", id="trailing-text"),
        pytest.param({"max_open_trades": 0}, "max_open_trades", id="max-open-trades-0"),
        pytest.param({"max_open_trades": 2.5}, "max_open_trades", id="max-open-trades-not-whole"),
        pytest.param({"sizing_mode": "martingale"}, "sizing_mode", id="unknown-sizing-mode"),
        pytest.param({"sizing_mode": "fixed_amount"}, "fixed_amount", id="fixed-amount-mode-without-amount"),
        pytest.param({"sizing_mode": "risk_percent"}, "risk_pct", id="risk-mode-without-risk"),
        pytest.param({"fixed_amount": 0}, "fixed_amount", id="fixed-amount-0"),
        pytest.param({"fixed_amount": "abc"}, "fixed_amount", id="fixed-amount-text"),
        pytest.param({"risk_pct": "0.6"}, "risk_pct", id="risk-above-half"),
        pytest.param({"risk_pct": 0}, "risk_pct", id="risk-0"),
        pytest.param({"cancel_unfilled_after_hours": 0}, "cancel_unfilled_after_hours", id="cancel-after-0"),
        pytest.param({"cancel_if_target_before_entry": "maybe"}, "cancel_if_target_before_entry", id="flag-text"),
    ],
)
def test_bad_management_settings_are_a_400_naming_the_field_and_change_nothing(api, yun_qiang, body, field):
    before = Trader.objects.filter(pk="yun_qiang").values().get()
    response = api.patch("/api/traders/yun_qiang", body, format="json")

    assert response.status_code == 400, response.content
    assert response.json()["errors"][field]
    assert Trader.objects.filter(pk="yun_qiang").values().get() == before


def test_a_trader_sized_by_a_fixed_amount_cannot_drop_its_amount(api, yun_qiang):
    api.patch("/api/traders/yun_qiang", {"sizing_mode": "fixed_amount", "fixed_amount": 250}, format="json")

    response = api.patch("/api/traders/yun_qiang", {"fixed_amount": None}, format="json")

    assert response.status_code == 400
    assert response.json()["errors"]["fixed_amount"] == ["Fixed-amount sizing needs the amount per copy."]
    assert Trader.objects.get(pk="yun_qiang").fixed_amount == Decimal("250")


def test_only_staff_change_a_traders_management(yun_qiang, angry):
    owner = client_for(make_user("owner", accounts=[angry], role=Membership.Role.OWNER))
    assert owner.patch("/api/traders/yun_qiang", {"breakeven_after": 1}, format="json").status_code == 403
    assert Trader.objects.get(pk="yun_qiang").breakeven_after is None


# --- PATCH /api/accounts/{name}: the risk profile and sizing ---------------------------------------
SIZING = {
    "sizing_mode": "risk_percent", "risk_pct": "0.01", "default_stop_pct": "0.03", "require_stop_loss": True,
    "copy_priority": 1, "fixed_amount": "750",
}


@pytest.mark.parametrize("role", [Membership.Role.TRADER, Membership.Role.OWNER])
def test_a_member_who_may_act_changes_the_sizing_and_the_change_is_audited(angry, role):
    member = make_user("member", accounts=[angry], role=role)
    response = client_for(member).patch("/api/accounts/angry", SIZING | {"max_leverage": 8}, format="json")

    assert response.status_code == 200, response.content
    body = response.json()
    assert {name: body[name] for name in SIZING} == SIZING
    assert body["max_leverage"] == 8 and body["name"] == "angry" and "open_positions" in body
    angry.refresh_from_db()
    assert (angry.sizing_mode, angry.risk_pct, angry.default_stop_pct) == ("risk_percent", Decimal("0.01"), Decimal("0.03"))
    event = AuditEvent.objects.get(action="account.risk_updated", account=angry)
    assert (event.actor_label, event.before["sizing_mode"], event.after["sizing_mode"]) == (
        "member", "percent_equity", "risk_percent",
    )
    assert (event.before["risk_pct"], event.after["risk_pct"]) == (None, "0.010000")
    assert (event.before["copy_priority"], event.after["copy_priority"]) == (100, 1)


def test_the_account_shows_its_sizing_fields(api):
    body = api.get("/api/accounts/angry").json()
    assert {name: body[name] for name in SIZING} == {
        "sizing_mode": "percent_equity", "risk_pct": None, "default_stop_pct": None, "require_stop_loss": False,
        "copy_priority": 100, "fixed_amount": None,
    }


@pytest.mark.parametrize(
    "body, field, message",
    [
        # The Settings page's own ranges and words (accounts.services.account_risk_errors).
        pytest.param({"global_position_multiplier": 3}, "global_position_multiplier", "Must be 0.5× to 2×.", id="multiplier"),
        pytest.param({"max_positions_override": 0}, "max_positions_override",
                     "A whole number from 1 to 1000, or empty for none.", id="positions-override-0"),
        pytest.param({"daily_loss_limit_pct": 0}, "daily_loss_limit_pct", "Must be more than 0 % and at most 100 %.",
                     id="loss-limit-0"),
        pytest.param({"sizing_mode": "fixed_amount"}, "fixed_amount", "Fixed-amount sizing needs the amount per copy.",
                     id="fixed-mode-without-amount"),
        pytest.param({"sizing_mode": "risk_percent"}, "risk_pct",
                     "Risk-percent sizing needs the share of equity a copy may lose at its stop.", id="risk-mode-without-risk"),
        pytest.param({"risk_pct": 0.6}, "risk_pct", "Must be more than 0 % and at most 50 %, or empty for none.",
                     id="risk-above-half"),
        pytest.param({"default_stop_pct": 1}, "default_stop_pct",
                     "Must be more than 0 % and less than 100 %, or empty for none.", id="default-stop-100pc"),
        pytest.param({"fixed_amount": 0}, "fixed_amount", None, id="fixed-amount-0"),
        pytest.param({"copy_priority": 0}, "copy_priority", None, id="copy-priority-0"),
        pytest.param({"max_leverage": 500}, "max_leverage", None, id="leverage-500"),
        pytest.param({"sizing_mode": "martingale"}, "sizing_mode", None, id="unknown-mode"),
        pytest.param({"require_stop_loss": "maybe"}, "require_stop_loss", None, id="flag-text"),
        pytest.param({"risk_pct": "abc"}, "risk_pct", None, id="risk-text"),
        pytest.param({"copy_priority": 1.5}, "copy_priority", None, id="priority-not-whole"),
        pytest.param({"cash": 1000000}, "cash", None, id="not-a-setting"),
        pytest.param({}, "non_field_errors", None, id="nothing-to-change"),
    ],
)
def test_bad_account_settings_are_a_400_naming_the_field_and_change_nothing(api, angry, body, field, message):
    before = Account.objects.filter(pk=angry.pk).values().get()
    response = api.patch("/api/accounts/angry", body, format="json")

    assert response.status_code == 400, response.content
    errors = response.json()["errors"][field]
    assert errors and (message is None or errors == [message])
    assert Account.objects.filter(pk=angry.pk).values().get() == before
    assert not AuditEvent.objects.filter(action="account.risk_updated").exists()


@pytest.mark.parametrize("override", [
    {"global_position_multiplier": "0.5"}, {"max_positions_override": 4}, {"confidence_threshold_override": "0.9"},
    {"daily_loss_limit_pct": "0.01"},
])
def test_only_an_owner_changes_the_risk_overrides_as_on_the_settings_page(angry, override):
    before = Account.objects.filter(pk=angry.pk).values().get()
    trader = client_for(make_user("trader", accounts=[angry], role=Membership.Role.TRADER))
    refused = trader.patch("/api/accounts/angry", override | {"require_stop_loss": True}, format="json")

    assert refused.status_code == 403, refused.content
    assert Account.objects.filter(pk=angry.pk).values().get() == before  # not even the allowed field
    owner = client_for(make_user("owner", accounts=[angry], role=Membership.Role.OWNER))
    assert owner.patch("/api/accounts/angry", override, format="json").status_code == 200


def test_a_viewer_may_not_change_the_account(angry):
    viewer = client_for(make_user("viewer", accounts=[angry], role=Membership.Role.VIEWER))
    response = viewer.patch("/api/accounts/angry", {"require_stop_loss": True}, format="json")
    assert response.status_code == 403
    assert Account.objects.get(pk=angry.pk).require_stop_loss is False


@pytest.mark.parametrize("name", ["handjob", "nosuch"])
def test_another_or_an_unknown_account_is_404(angry, handjob, name):
    member = client_for(make_user("member", accounts=[angry], role=Membership.Role.OWNER))
    response = member.patch(f"/api/accounts/{name}", {"require_stop_loss": True}, format="json")
    assert response.status_code == 404
    assert not Account.objects.filter(require_stop_loss=True).exists()


# --- The schema ---------------------------------------------------------------------------------
ACCOUNT_FIELDS = ("sizing_mode", "fixed_amount", "risk_pct", "default_stop_pct", "require_stop_loss", "copy_priority")
DOCUMENTED = {
    "SignalInputRequest": ("take_profits", "entries", "breakeven_after", "trailing"),
    "Position": ("targets", "stop_loss", "stop_kind", "breakeven_after", "trailing", "entry_parts"),
    "PatchedPositionProtectionInputRequest": ("take_profits", "breakeven_after", "trailing"),
    "TraderOutput": tuple(MANAGEMENT),
    "TraderInputRequest": tuple(MANAGEMENT),
    "AccountOutput": ACCOUNT_FIELDS,
    "PatchedAccountSettingsInputRequest": ACCOUNT_FIELDS,
}


def test_the_schema_describes_every_trade_management_field(api):
    components = api.get("/api/schema?format=json").json()["components"]["schemas"]

    undocumented = [
        f"{component}.{field}" for component, fields in DOCUMENTED.items() for field in fields
        if not components[component]["properties"][field].get("description")
    ]
    assert undocumented == []
    target = components["TargetOutput"]["properties"]
    assert set(target) == {"price", "fraction", "status"}
    assert {"price", "quantity", "filled_quantity", "status"} <= set(components["EntryPartOutput"]["properties"])
