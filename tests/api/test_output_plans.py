"""The API's fast output (echotrade.api.OutputPlan, OrjsonRenderer) writes exactly what the DRF
serializers and renderer it replaced write: the same keys in the same order, the same values,
the same bytes. The serializer classes stay the schema's description of each shape; these tests
hold the plans to them, over rows in many states (ladders, fractions, trailing, fills, closes,
duplicates, filtered copies, management settings)."""
import datetime
import json
from decimal import Decimal

import pytest
from django.utils.translation import gettext_lazy
from rest_framework.renderers import JSONRenderer

from accounts.apis import ACCOUNT_DETAIL, ACCOUNTS, AUDIT_EVENTS, AccountDetailOutput, AccountOutput, AuditEventOutput
from accounts.models import Account
from echotrade.api import OrjsonRenderer
from echotrade.models import AuditEvent
from execution.models import Position
from execution.selectors import account_summary
from execution.serializers import PositionSerializer, positions_output
from signals.apis import SIGNALS, SignalOutput
from signals.models import Signal
from signals.selectors import signal_list
from tests.helpers import move_market
from traders.apis import ALERT_RULES, ALERTS, TRADERS, AlertOutput, AlertRuleOutput, TraderOutput
from traders.models import Trader, TraderAlert, TraderAlertRule

pytestmark = pytest.mark.usefixtures("market", "outermost_atomic_commits")  # BTC at 67,000

SIGNALS_SENT = [
    {"side": "long", "stop_loss": 60000, "take_profits": [70000, 72000], "leverage": 4},
    {"side": "long", "entries": [{"price": 66000, "fraction": 0.6}, {"price": 65000, "fraction": 0.4}],
     "stop_loss": 60000, "take_profits": [{"price": 70000, "fraction": 0.5}, {"price": 72000, "fraction": 0.5}],
     "breakeven_after": 1, "trailing": {"kind": "percent_below_highest", "callback_pct": 1.5}, "leverage": 12.5},
    {"side": "short", "entry": [67500, 68000], "stop_loss": 70000, "take_profits": [64000], "leverage": 3},
    {"side": "long", "leverage": 50},  # above the traders' limit: filtered everywhere
    {"side": "short", "confidence": 0.7, "leverage": 2, "trailing": {"kind": "moving_target"}, "take_profits": [60000]},
]


def same(plan_rows, drf_rows) -> None:
    """Equal values, keys in the same order, and the same bytes once rendered."""
    drf_rows = json.loads(json.dumps(drf_rows, default=str))  # ReturnDict/OrderedDict to plain, order kept
    assert json.dumps(plan_rows, default=str) == json.dumps(drf_rows, default=str)


@pytest.fixture
def history(api, yun_qiang, crypto_loby):
    """Signals in every state the API shows: executed, resting ladders, filtered, a duplicate,
    fills, a partial and a full close, a moved market."""
    for n, fields in enumerate(SIGNALS_SENT):
        response = api.post("/api/signals", {"trader": "yun_qiang", "symbol": "BTC/USDT", "confidence": 0.9,
                                             "external_id": f"plan-{n}", **fields}, format="json")
        assert response.status_code == 201, response.content
    assert api.post("/api/signals", {"trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long",
                                     "external_id": "plan-0"}, format="json").status_code == 200
    move_market("BTC/USDT", 65900)  # fills the ladder's first part
    first = Position.objects.filter(account__name="angry").order_by("id").first()
    api.post(f"/api/positions/{first.pk}/close", {"fraction": 0.5}, format="json")
    last = Position.objects.filter(account__name="handjob", status="open").order_by("-id").first()
    api.post(f"/api/positions/{last.pk}/close", {}, format="json")
    Trader.objects.filter(pk="crypto_loby").update(
        tp_strategy="custom", tp_fractions=["0.5", "0.5"], trailing={"kind": "moving_target"}, sizing_mode="fixed_amount",
        fixed_amount=Decimal("250.5"), source_status="error", source_message="down",
        source_status_at=datetime.datetime(2026, 1, 2, 3, 4, 5, 600, tzinfo=datetime.UTC),
    )


def test_traders_read_as_their_serializer_writes_them(history):
    traders = list(Trader.objects.order_by("id"))
    same(TRADERS.many(traders), TraderOutput(traders, many=True).data)


def test_positions_read_as_their_serializer_writes_them(history):
    positions = list(Position.objects.select_related("account").order_by("id"))
    assert {p.status for p in positions} >= {"open", "pending", "closed"}
    same(positions_output(positions), PositionSerializer(positions, many=True).data)


def test_signals_with_their_decisions_read_as_their_serializer_writes_them(history, accounts):
    signals = list(signal_list())
    visible = {accounts["angry"].pk, accounts["handjob"].pk}  # a member of two of the three accounts
    assert any(s.duplicate_of_id for s in signals)
    same(SIGNALS.many(signals, visible), SignalOutput(signals, many=True, context={"account_ids": visible}).data)


def test_accounts_read_as_their_serializers_write_them(history):
    accounts = list(Account.objects.order_by("name"))
    for account in accounts:
        account.summary = account_summary(account=account)
    same(ACCOUNTS.many(accounts), AccountOutput(accounts, many=True).data)
    same(ACCOUNT_DETAIL.many(accounts), AccountDetailOutput(accounts, many=True).data)


def test_audit_events_and_alerts_read_as_their_serializers_write_them(history, yun_qiang):
    events = list(AuditEvent.objects.select_related("account").order_by("id"))
    same(AUDIT_EVENTS.many(events), AuditEventOutput(events, many=True).data)
    rule = TraderAlertRule.objects.create(trader=yun_qiang, kind="drawdown", threshold=Decimal("0.02"), auto_pause=True)
    TraderAlert.objects.create(trader=yun_qiang, rule=rule, kind="drawdown", message="down 3 %", value=Decimal("0.03"))
    TraderAlert.objects.create(trader=yun_qiang, kind="drawdown", message="no rule, no value")
    same(ALERT_RULES.many(yun_qiang.alert_rules.all()), AlertRuleOutput(yun_qiang.alert_rules.all(), many=True).data)
    same(ALERTS.many(yun_qiang.alerts.all()), AlertOutput(yun_qiang.alerts.all(), many=True).data)


def test_the_orjson_renderer_writes_the_bytes_drf_writes(history):
    signals = list(signal_list())
    payloads = [
        SIGNALS.many(signals, {a.pk for a in Account.objects.all()}),
        TRADERS.many(Trader.objects.all()),
        {"text": "line\u2028break\u2029end", "é": "ü", "amount": Decimal("12.5"), 3: [1.5, None, True],
         "at": datetime.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=datetime.UTC), "day": datetime.date(2026, 1, 2),
         "lazy": gettext_lazy("Not found."), "tuple": ("a", 1)},
    ]
    for data in payloads:
        assert OrjsonRenderer().render(data) == JSONRenderer().render(data)


def test_the_orjson_renderer_pretty_prints_as_drf_does_when_asked():
    data = {"a": [1, {"b": Decimal("2.5")}]}
    media = "application/json; indent=2"
    assert OrjsonRenderer().render(data, media, {}) == JSONRenderer().render(data, media, {})


def test_the_orjson_renderer_leaves_what_orjson_cannot_write_to_drf():
    data = {"big": 2**70}
    assert OrjsonRenderer().render(data) == JSONRenderer().render(data) == b'{"big":1180591620717411303424}'


def test_a_posted_signal_answers_what_reading_it_back_answers(api, yun_qiang):
    """The POST answers from the row it recorded (not read back); a GET reads it back."""
    posted = api.post("/api/signals", SIGNALS_SENT[1] | {"trader": "yun_qiang", "symbol": "BTC/USDT", "confidence": 0.9},
                      format="json")
    assert posted.status_code == 201, posted.content
    read = api.get(f"/api/signals/{posted.json()['id']}")
    assert posted.json() == read.json()
    assert Signal.objects.count() == 1
