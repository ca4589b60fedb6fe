"""The system as it runs: daphne serves, a real worker copies, Redis carries tasks and pushes."""
from __future__ import annotations

import asyncio
import json
from decimal import Decimal

import pytest
import websockets
import websockets.exceptions  # not loaded by "import websockets" alone in every version
from asgiref.sync import async_to_sync

from accounts.models import Membership
from execution.models import Position
from signals.models import Signal, SignalDecision
from tests.conftest import make_account, make_user
from tests.live.conftest import http_json, session_cookie, wait_for
from traders.services import trader_create

pytestmark = pytest.mark.django_db(transaction=True)


async def _frames(url: str, *, headers: dict | None = None, send: dict | None = None, until, timeout: float = 30):
    """Connect, optionally send one frame, and collect frames until ``until(frame)`` is true."""
    frames = []
    async with websockets.connect(url, additional_headers=headers or {}, open_timeout=15) as ws:
        if send is not None:
            await ws.send(json.dumps(send))
        async with asyncio.timeout(timeout):
            while True:
                frame = json.loads(await ws.recv())
                frames.append(frame)
                if until(frame):
                    return frames


def _origin(web: str) -> dict:
    # The Origin a page of the app sends (a script may send none: echotrade/origins.py).
    return {"Origin": f"http://{web}"}


def test_a_market_tick_on_the_worker_reaches_a_websocket_subscriber(web, worker, broker):
    async def scenario():
        async with websockets.connect(f"ws://{web}/stream", additional_headers=_origin(web), open_timeout=15) as ws:
            await ws.send(json.dumps({"action": "subscribe", "symbols": ["BTC/USDT"]}))
            assert json.loads(await ws.recv()) == {"type": "subscribed", "symbols": ["BTC/USDT"]}  # no quote yet
            broker.send_task("execution.tasks.market_tick")
            async with asyncio.timeout(30):
                quote = json.loads(await ws.recv())
            return quote

    quote = async_to_sync(scenario)()
    assert (quote["type"], quote["symbol"]) == ("quote", "BTC/USDT")
    assert Decimal(quote["bid"]) <= Decimal(quote["price"]) <= Decimal(quote["ask"])
    assert set(quote) >= {"price", "bid", "ask", "volume", "change_24h", "ts"}


def test_a_signal_posted_over_http_is_copied_by_the_worker_and_pushed_to_the_account(web, worker):
    angry = make_account("angry", min_confidence=Decimal("0.65"), risk_multiplier=Decimal("1.5"))
    trader_create(id="yun_qiang", name="Yun Qiang", max_leverage=10)
    member = make_user("member", accounts=[angry], role=Membership.Role.OWNER, staff=True)
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=member).key
    headers = {**_origin(web), "Cookie": session_cookie(member)}

    async def scenario():
        async with websockets.connect(f"ws://{web}/ws/accounts/angry", additional_headers=headers, open_timeout=15) as ws:
            assert json.loads(await ws.recv()) == {"type": "hello", "account": "angry"}
            body = {"trader": "yun_qiang", "symbol": "BTC/USDT", "side": "long", "leverage": 2, "confidence": 0.9, "external_id": "live-1"}
            status, answer = await asyncio.to_thread(http_json, "POST", f"http://{web}/api/signals", body, token)
            actions = []
            async with asyncio.timeout(30):
                while "decision.executed" not in actions:
                    actions.append(json.loads(await ws.recv())["action"])
            return status, answer, actions

    status, answer, actions = async_to_sync(scenario)()
    assert status == 201 and answer["external_id"] == "live-1"
    assert {"order.filled", "position.opened", "decision.executed"} <= set(actions)
    assert Position.objects.filter(account=angry, status="open").count() == 1


def test_a_non_member_cannot_open_another_accounts_stream(web):
    angry, woods1 = make_account("angry"), make_account("woods1")
    outsider = make_user("outsider", accounts=[woods1])
    headers = {**_origin(web), "Cookie": session_cookie(outsider)}

    async def scenario():
        with pytest.raises(websockets.exceptions.InvalidStatus) as refused:
            async with websockets.connect(f"ws://{web}/ws/accounts/angry", additional_headers=headers, open_timeout=15):
                pass
        return refused.value.response.status_code

    assert async_to_sync(scenario)() == 403
    assert angry.pk  # the account exists: the refusal is about membership, not a missing name


def test_a_worker_killed_mid_copy_loses_nothing_and_copies_each_account_once(start_worker, broker, live_env):
    """kill -9 in the middle of a 60-account copy; a new worker and the sweep finish the job exactly once."""
    # A chunk writes its accounts' rows together, so 60 accounts in chunks of 25 can be done before
    # the kill lands; chunks of 5 keep the copy in flight long enough to cut it off part way.
    live_env["COPY_CHUNK_SIZE"] = "5"
    accounts = [make_account(f"acct{i:02d}", min_confidence=Decimal("0.5")) for i in range(60)]
    trader_create(id="yun_qiang", name="Yun Qiang", max_leverage=10)
    from execution.market.services import quote_set
    from signals.services import SignalInput, signal_ingest

    quote_set(symbol="BTC/USDT", price=Decimal("67000"), bid=Decimal("66999"), ask=Decimal("67001"))
    signal, _ = signal_ingest(data=SignalInput(trader="yun_qiang", symbol="BTC/USDT", side="long", confidence="0.9"))

    first = start_worker()
    broker.send_task("signals.tasks.copy_signal", args=[signal.pk])
    decided = SignalDecision.objects.filter(signal=signal)
    wait_for(lambda: decided.count() >= 3, every=0.01, what="the first decisions")
    first.kill()
    interrupted_at = decided.count()
    assert 0 < interrupted_at < len(accounts), "the worker finished before it could be killed; add accounts"
    signal.refresh_from_db()
    assert signal.decided_at is None  # the copy was cut off

    start_worker()
    broker.send_task("signals.tasks.sweep_undecided_signals", kwargs={"older_than_seconds": 0})
    wait_for(lambda: decided.count() == len(accounts), timeout=60, what="every account's decision")
    wait_for(lambda: Signal.objects.get(pk=signal.pk).decided_at is not None, what="the signal to be marked decided")
    assert sorted(decided.values_list("account__name", flat=True)) == sorted(a.name for a in accounts)
    executed = decided.filter(outcome="executed")
    assert executed.count() == len(accounts)
    assert Position.objects.filter(signal=signal).count() == executed.count()
    assert Position.objects.filter(signal=signal).values("account").distinct().count() == len(accounts)
