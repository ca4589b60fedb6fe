"""Bad input on every writing endpoint: a 4xx with per-field messages, never a 500, nothing written.

Each case is (body, status, field): ``field`` is the request field the answer must name, or None
when the whole body is at fault. ``Raw`` bodies go out byte for byte as application/json.
"""
import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from accounts.models import Account
from execution.models import Order, Position
from signals.models import Signal, SignalDecision
from traders.models import Trader
from traders.services import trader_set_tokens
from tests.conftest import make_user
from tests.helpers import send_signal

pytestmark = pytest.mark.usefixtures("market")


class Raw(str):
    """A body sent as-is with content-type application/json (not JSON, or JSON Python cannot write)."""


def send(client, method: str, path: str, body):
    if isinstance(body, Raw):
        return getattr(client, method)(path, data=str(body), content_type="application/json")
    return getattr(client, method)(path, body, format="json")


def assert_refused(response, status: int = 400, field: str | None = None) -> None:
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert isinstance(body, dict) and body
    if field is not None:
        # Every 4xx has one shape: {"detail", "code", "errors": {"field": [...]}}.
        assert isinstance(body.get("detail"), str) and body["detail"], body
        errors = body["errors"]
        assert field in errors, body
        assert errors[field] and all(isinstance(m, str) and m for m in errors[field])


# Bodies every endpoint that takes an object must refuse as a whole.
NOT_AN_OBJECT = [
    pytest.param(Raw("{not json"), 400, None, id="not-json"),
    pytest.param(Raw("null"), 400, None, id="json-null"),
    pytest.param(["a", "list"], 400, None, id="json-list"),
    pytest.param("a string", 400, None, id="json-string"),
    pytest.param(42, 400, None, id="json-number"),
]
HUGE = "x" * 100_000


# --- POST /api/traders -----------------------------------------------------------------------
def trader(**fields) -> dict:
    return {"id": "newbie", "name": "Newbie", **fields}


@pytest.mark.parametrize(
    "body, status, field",
    [
        ({}, 400, "id"),
        ({"name": "Newbie"}, 400, "id"),
        ({"id": "newbie"}, 400, "name"),
        (trader(id="not a slug!"), 400, "id"),
        (trader(id="x" * 65), 400, "id"),
        (trader(id=None), 400, "id"),
        (trader(name=HUGE), 400, "name"),
        (trader(name=""), 400, "name"),
        (trader(name=["a"]), 400, "name"),
        (trader(position_multiplier=0), 400, "position_multiplier"),
        (trader(position_multiplier=99), 400, "position_multiplier"),
        (trader(position_multiplier="abc"), 400, "position_multiplier"),
        (trader(position_multiplier="NaN"), 400, "position_multiplier"),
        (trader(position_multiplier="Infinity"), 400, "position_multiplier"),
        (trader(min_confidence=2), 400, "min_confidence"),
        (trader(max_leverage=0), 400, "max_leverage"),
        (trader(max_leverage=500), 400, "max_leverage"),
        (trader(max_leverage=2.5), 400, "max_leverage"),
        (trader(source="fax"), 400, "source"),
        (trader(active="maybe"), 400, "active"),
        (trader(priority=0), 400, "priority"),
        (trader(token_whitelist="BTC"), 400, "token_whitelist"),
        (trader(token_whitelist=["not a pair!"]), 400, "token_whitelist"),
        (trader(token_whitelist=[None]), 400, "token_whitelist"),
        (trader(token_blacklist=["BTC"] * 201), 400, "token_blacklist"),
        (trader(token_whitelist=["BTC"], token_blacklist=["btc"]), 400, "token_blacklist"),
        (trader(id="yun_qiang"), 409, "id"),
        *NOT_AN_OBJECT,
    ],
)
def test_creating_a_trader_with_bad_input_is_refused_and_creates_nothing(api, yun_qiang, body, status, field):
    assert_refused(send(api, "post", "/api/traders", body), status, field)
    assert list(Trader.objects.values_list("pk", flat=True)) == ["yun_qiang"]
    assert Trader.objects.get(pk="yun_qiang").name == "Yun Qiang"


# --- PUT / PATCH /api/traders/{id} -----------------------------------------------------------
@pytest.mark.parametrize("method", ["put", "patch"])
@pytest.mark.parametrize(
    "body, status, field",
    [
        ({"position_multiplier": 0}, 400, "position_multiplier"),
        ({"position_multiplier": 99}, 400, "position_multiplier"),
        ({"position_multiplier": "abc"}, 400, "position_multiplier"),
        ({"position_multiplier": "NaN"}, 400, "position_multiplier"),
        ({"position_multiplier": "Infinity"}, 400, "position_multiplier"),
        ({"min_confidence": 2}, 400, "min_confidence"),
        ({"min_confidence": -0.1}, 400, "min_confidence"),
        ({"max_leverage": 0}, 400, "max_leverage"),
        ({"max_leverage": 500}, 400, "max_leverage"),
        ({"max_leverage": 2.5}, 400, "max_leverage"),
        ({"name": ""}, 400, "name"),
        ({"name": None}, 400, "name"),
        ({"name": HUGE}, 400, "name"),
        ({"active": "maybe"}, 400, "active"),
        ({"id": "renamed"}, 400, "id"),
        ({"token_whitelist": "BTC"}, 400, "token_whitelist"),
        ({"token_whitelist": ["not a pair!"]}, 400, "token_whitelist"),
        ({"token_whitelist": ["ETH"], "token_blacklist": ["eth"]}, 400, "token_blacklist"),
        ({"token_blacklist": ["xrp/usdt"]}, 400, "token_blacklist"),  # XRP/USDT is on the whitelist already
        # The view looks for "id" in the body before validating it: a body that is not an object must not reach that.
        pytest.param(["id"], 400, None, id="json-list-holding-id"),
        pytest.param("an id string", 400, None, id="json-string-holding-id"),
        *NOT_AN_OBJECT,
    ],
)
def test_updating_a_trader_with_bad_input_is_refused_and_changes_nothing(api, yun_qiang, method, body, status, field):
    trader_set_tokens(trader=yun_qiang, whitelist=["XRP/USDT"])
    before = Trader.objects.filter(pk="yun_qiang").values().get()
    assert_refused(send(api, method, "/api/traders/yun_qiang", body), status, field)
    assert Trader.objects.filter(pk="yun_qiang").values().get() == before


@pytest.mark.parametrize(
    "method, path, body",
    [
        ("put", "/api/traders/nobody", {"name": "Nobody"}),
        ("patch", "/api/traders/nobody", {"name": "Nobody"}),
        ("delete", "/api/traders/nobody", None),
        ("post", "/api/traders/nobody/toggle", None),
        ("put", "/api/traders/nobody/multiplier", {"multiplier": 1.5}),
        ("put", "/api/traders/nobody/tokens", {"whitelist": ["BTC"]}),
        ("get", "/api/traders/nobody/metrics", None),
    ],
)
def test_every_trader_route_answers_404_for_an_unknown_trader(api, yun_qiang, method, path, body):
    assert_refused(send(api, method, path, body), 404)
    assert Trader.objects.count() == 1


# --- PUT /api/traders/{id}/multiplier --------------------------------------------------------
@pytest.mark.parametrize(
    "body, status, field",
    [
        ({}, 400, "multiplier"),
        ({"multiplier": None}, 400, "multiplier"),
        ({"multiplier": 0}, 400, "multiplier"),
        ({"multiplier": 0.05}, 400, "multiplier"),
        ({"multiplier": 99}, 400, "multiplier"),
        ({"multiplier": -1}, 400, "multiplier"),
        ({"multiplier": "abc"}, 400, "multiplier"),
        ({"multiplier": "NaN"}, 400, "multiplier"),
        ({"multiplier": "Infinity"}, 400, "multiplier"),
        ({"multiplier": "-Infinity"}, 400, "multiplier"),
        ({"multiplier": "1e400"}, 400, "multiplier"),
        ({"multiplier": [1.5]}, 400, "multiplier"),
        ({"multiplier": True}, 400, "multiplier"),
        ({"multiplier": HUGE}, 400, "multiplier"),
        pytest.param(Raw('{"multiplier": NaN}'), 400, None, id="json-NaN-literal"),
        pytest.param(Raw('{"multiplier": Infinity}'), 400, None, id="json-Infinity-literal"),
        *NOT_AN_OBJECT,
    ],
)
def test_a_bad_multiplier_is_refused_and_changes_nothing(api, yun_qiang, body, status, field):
    assert_refused(send(api, "put", "/api/traders/yun_qiang/multiplier", body), status, field)
    assert str(Trader.objects.get(pk="yun_qiang").position_multiplier) == "1.000000"


# --- PUT /api/traders/{id}/tokens ------------------------------------------------------------
@pytest.mark.parametrize(
    "body, status, field",
    [
        ({}, 400, "whitelist"),
        ({"whitelist": None, "blacklist": None}, 400, "whitelist"),
        ({"whitelist": "BTC"}, 400, "whitelist"),
        ({"blacklist": "BTC"}, 400, "blacklist"),
        ({"whitelist": {"BTC": True}}, 400, "whitelist"),
        ({"whitelist": [None]}, 400, "whitelist"),
        ({"whitelist": [["BTC"]]}, 400, "whitelist"),
        ({"whitelist": ["x" * 31]}, 400, "whitelist"),
        ({"whitelist": ["BTC"] * 201}, 400, "whitelist"),
        pytest.param({"whitelist": ["not a pair!"]}, 400, "whitelist", id="invalid-symbol"),
        pytest.param({"blacklist": ["BTC/BTC"]}, 400, "blacklist", id="invalid-pair"),
        pytest.param({"whitelist": ["BTC"], "blacklist": ["btc"]}, 400, "blacklist", id="overlap"),
        # XRP is blacklisted already: the list this request sends is the one at fault.
        pytest.param({"whitelist": ["xrp"]}, 400, "whitelist", id="overlap-with-stored"),
        *NOT_AN_OBJECT,
    ],
)
def test_bad_token_lists_are_refused_and_change_nothing(api, yun_qiang, body, status, field):
    trader_set_tokens(trader=yun_qiang, blacklist=["XRP"])
    before = Trader.objects.filter(pk="yun_qiang").values("token_whitelist", "token_blacklist").get()
    assert_refused(send(api, "put", "/api/traders/yun_qiang/tokens", body), status, field)
    assert Trader.objects.filter(pk="yun_qiang").values("token_whitelist", "token_blacklist").get() == before


def test_overlapping_token_lists_are_refused_with_a_message_naming_the_token(api, yun_qiang):
    response = api.put("/api/traders/yun_qiang/tokens", {"whitelist": ["BTC"], "blacklist": ["btc"]}, format="json")
    assert response.status_code == 400
    assert "BTC" in response.json()["detail"]


# --- POST /api/signals -----------------------------------------------------------------------
DROP = object()


def signal(**fields) -> dict:
    body = {"trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "confidence": 0.9, "external_id": "bad-1"}
    body.update(fields)
    return {k: v for k, v in body.items() if v is not DROP}


@pytest.mark.parametrize(
    "body, status, field",
    [
        (signal(trader=DROP), 400, "trader"),
        (signal(symbol=DROP), 400, "symbol"),
        (signal(side=DROP), 400, "side"),
        (signal(trader="nobody"), 400, "trader"),
        (signal(trader=None), 400, "trader"),
        (signal(symbol="not a pair!"), 400, "symbol"),
        (signal(symbol="BTC/BTC"), 400, "symbol"),
        (signal(symbol=HUGE), 400, "symbol"),
        (signal(symbol=["BTC"]), 400, "symbol"),
        (signal(side="sideways"), 400, "side"),
        (signal(confidence=2), 400, "confidence"),
        (signal(confidence=-0.1), 400, "confidence"),
        (signal(confidence="abc"), 400, "confidence"),
        (signal(confidence="NaN"), 400, "confidence"),
        (signal(confidence="Infinity"), 400, "confidence"),
        (signal(leverage=0), 400, "leverage"),
        (signal(leverage=500), 400, "leverage"),
        (signal(leverage=0.5), 400, "leverage"),  # below 1x (12.5x is a leverage since decimal leverage is kept)
        (signal(leverage=2.555), 400, "leverage"),
        (signal(leverage="five"), 400, "leverage"),
        (signal(entry="abc"), 400, "entry"),
        (signal(entry=-5), 400, "entry"),
        (signal(entry=0), 400, "entry"),
        (signal(entry="NaN"), 400, "entry"),
        (signal(entry="Infinity"), 400, "entry"),
        (signal(entry=True), 400, "entry"),
        (signal(entry={"low": 66000}), 400, "entry"),
        (signal(entry=[]), 400, "entry"),
        (signal(entry=[66000, 67000, 68000]), 400, "entry"),
        (signal(entry=[66000, "x"]), 400, "entry"),
        (signal(entry=[66000, None]), 400, "entry"),
        pytest.param(signal(entry=10**20), 400, "entry", id="entry-1e20"),
        pytest.param(signal(entry="1e30"), 400, "entry", id="entry-1e30-text"),
        pytest.param(signal(entry="0.000000001"), 400, "entry", id="entry-below-1e-8"),
        pytest.param(signal(entry=[0.000000001, 67000]), 400, "entry", id="zone-below-1e-8"),
        (signal(entry=67000, stop_loss=70000), 400, "stop_loss"),
        (signal(side="short", entry=67000, stop_loss=60000), 400, "stop_loss"),
        (signal(stop_loss="abc"), 400, "stop_loss"),
        (signal(stop_loss=-1), 400, "stop_loss"),
        (signal(stop_loss="1e400"), 400, "stop_loss"),
        (signal(take_profits="69000"), 400, "take_profits"),
        (signal(take_profits=["x"]), 400, "take_profits"),
        (signal(take_profits=[None]), 400, "take_profits"),
        (signal(entry=67000, take_profits=[60000]), 400, "take_profits"),
        (signal(take_profits=[69000 + i for i in range(11)]), 400, "take_profits"),
        (signal(external_id=HUGE), 400, "external_id"),
        (signal(source_time="yesterday"), 400, "source_time"),
        pytest.param(Raw('{"trader": "yun_qiang", "symbol": "BTC", "side": "long", "entry": NaN}'), 400, None, id="json-NaN-literal"),
        *NOT_AN_OBJECT,
    ],
)
def test_a_bad_signal_is_refused_and_records_and_opens_nothing(api, yun_qiang, body, status, field):
    assert_refused(send(api, "post", "/api/signals", body), status, field)
    assert not Signal.objects.exists()
    assert not SignalDecision.objects.exists()
    assert not Position.objects.exists()


def test_every_broken_rule_of_a_signal_is_reported_at_once(api, yun_qiang):
    response = api.post("/api/signals", signal(trader="nobody", symbol="??", side="up"), format="json")
    assert response.status_code == 400
    assert {"trader", "symbol", "side"} <= set(response.json()["errors"])


# --- POST /api/positions/{id}/close and PATCH /api/positions/{id} ----------------------------
def position_state(position: Position) -> dict:
    return Position.objects.filter(pk=position.pk).values(
        "status", "quantity", "stop_loss", "take_profits", "margin", "realised_pnl"
    ).get()


@pytest.mark.parametrize(
    "body, status, field",
    [
        ({"fraction": 0}, 400, "fraction"),
        ({"fraction": 2}, 400, "fraction"),
        ({"fraction": -0.5}, 400, "fraction"),
        ({"fraction": "x"}, 400, "fraction"),
        ({"fraction": "NaN"}, 400, "fraction"),
        ({"fraction": "Infinity"}, 400, "fraction"),
        ({"fraction": None}, 400, "fraction"),
        ({"fraction": [0.5]}, 400, "fraction"),
        ({"fraction": 0.12345678}, 400, "fraction"),
        ({"fraction": HUGE}, 400, "fraction"),
        *NOT_AN_OBJECT,
    ],
)
def test_a_bad_close_is_refused_and_the_position_is_untouched(api, position, body, status, field):
    before = position_state(position)
    assert_refused(send(api, "post", f"/api/positions/{position.pk}/close", body), status, field)
    assert position_state(position) == before
    assert not Order.objects.filter(position=position, purpose="close").exists()


@pytest.mark.parametrize(
    "body, status, field",
    [
        ({}, 400, "stop_loss"),
        ({"stop_loss": "abc"}, 400, "stop_loss"),
        ({"stop_loss": -1}, 400, "stop_loss"),
        ({"stop_loss": 0}, 400, "stop_loss"),
        ({"stop_loss": 68000}, 400, "stop_loss"),
        ({"stop_loss": "NaN"}, 400, "stop_loss"),
        ({"stop_loss": "Infinity"}, 400, "stop_loss"),
        ({"stop_loss": "1e400"}, 400, "stop_loss"),
        ({"stop_loss": [64000]}, 400, "stop_loss"),
        ({"take_profits": "70000"}, 400, "take_profits"),
        ({"take_profits": ["x"]}, 400, "take_profits"),
        ({"take_profits": [None]}, 400, "take_profits"),
        ({"take_profits": [60000]}, 400, "take_profits"),
        ({"take_profits": [70000 + i for i in range(11)]}, 400, "take_profits"),
        ({"stop_loss": 64000, "take_profits": [66000]}, 400, "take_profits"),
        *NOT_AN_OBJECT,
    ],
)
def test_a_bad_stop_or_target_is_refused_and_the_position_is_untouched(api, position, body, status, field):
    before = position_state(position)
    assert_refused(send(api, "patch", f"/api/positions/{position.pk}", body), status, field)
    assert position_state(position) == before


@pytest.mark.parametrize(
    "method, path, body",
    [
        ("get", "/api/positions/999999", None),
        ("patch", "/api/positions/999999", {"stop_loss": 64000}),
        ("post", "/api/positions/999999/close", {"fraction": 0.5}),
    ],
)
def test_an_unknown_position_is_404(api, position, method, path, body):
    assert_refused(send(api, method, path, body), 404)
    assert position_state(position)["status"] == "open"


def test_closing_a_closed_position_is_a_409_and_writes_no_second_close(api, position):
    api.post(f"/api/positions/{position.pk}/close", {}, format="json")
    assert_refused(api.post(f"/api/positions/{position.pk}/close", {"fraction": 0.5}, format="json"), 409)
    assert Order.objects.filter(position=position, purpose="close").count() == 1


# --- POST /api/accounts/{name}/pause ---------------------------------------------------------
@pytest.mark.parametrize(
    "body, status, field",
    [
        ({"reason": HUGE}, 400, "reason"),
        ({"reason": ["a"]}, 400, "reason"),
        ({"reason": {"why": "x"}}, 400, "reason"),
        ({"reason": None}, 400, "reason"),
        *NOT_AN_OBJECT,
    ],
)
def test_a_bad_pause_is_refused_and_the_account_keeps_running(api, angry, body, status, field):
    assert_refused(send(api, "post", "/api/accounts/angry/pause", body), status, field)
    assert Account.objects.get(pk=angry.pk).paused is False


@pytest.mark.parametrize("action", ["pause", "resume"])
def test_pausing_or_resuming_an_unknown_account_is_404(api, angry, action):
    assert_refused(api.post(f"/api/accounts/nosuch/{action}", {}, format="json"), 404)


# --- POST /api/auth/token --------------------------------------------------------------------
@pytest.mark.parametrize(
    "body, status, field",
    [
        ({}, 400, "username"),
        ({}, 400, "password"),
        ({"username": "alice"}, 400, "password"),
        ({"password": "pw-alice"}, 400, "username"),
        ({"username": None, "password": "pw-alice"}, 400, "username"),
        ({"username": ["alice"], "password": "pw-alice"}, 400, "username"),
        ({"username": "alice", "password": {"p": 1}}, 400, "password"),
        ({"username": HUGE, "password": HUGE}, 400, None),
        ({"username": "alice", "password": "wrong"}, 400, None),
        *NOT_AN_OBJECT,
    ],
)
def test_a_bad_token_request_is_refused_and_issues_no_token(angry, body, status, field):
    make_user("alice", accounts=[angry])
    assert_refused(send(APIClient(), "post", "/api/auth/token", body), status, field)
    assert not Token.objects.exists()


# --- POST /api/decisions/{id}/approve and /reject --------------------------------------------
@pytest.mark.parametrize("action", ["approve", "reject"])
@pytest.mark.parametrize("account, outcome", [("angry", "executed"), ("woods1", "filtered")])
def test_deciding_a_decision_that_is_not_pending_is_a_409_and_changes_nothing(api, yun_qiang, action, account, outcome):
    decision = SignalDecision.objects.get(signal=send_signal(confidence="0.8"), account__name=account)
    assert decision.outcome == outcome
    positions = Position.objects.count()
    assert_refused(api.post(f"/api/decisions/{decision.pk}/{action}", format="json"), 409)
    assert SignalDecision.objects.get(pk=decision.pk).outcome == outcome
    assert Position.objects.count() == positions


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_deciding_an_unknown_decision_is_404(api, yun_qiang, action):
    assert_refused(api.post(f"/api/decisions/999999/{action}", format="json"), 404)


# --- Any writing endpoint --------------------------------------------------------------------
@pytest.mark.parametrize(
    "method, path",
    [
        ("post", "/api/traders"),
        ("put", "/api/traders/yun_qiang"),
        ("put", "/api/traders/yun_qiang/multiplier"),
        ("put", "/api/traders/yun_qiang/tokens"),
        ("post", "/api/signals"),
        ("post", "/api/positions/{id}/close"),
        ("patch", "/api/positions/{id}"),
        ("post", "/api/accounts/angry/pause"),
        ("post", "/api/auth/token"),
    ],
)
def test_a_body_in_an_unsupported_media_type_is_415(api, position, method, path):
    response = getattr(api, method)(path.format(id=position.pk), data="multiplier=2", content_type="text/plain")
    assert_refused(response, 415)
    assert position_state(position)["status"] == "open"
