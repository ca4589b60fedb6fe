"""The process's quote hub: one channel-layer subscription per symbol, one encoding per quote."""
from __future__ import annotations

import asyncio
import json

import pytest
from channels.layers import InMemoryChannelLayer

from echotrade.events import quote_group
from execution.quote_hub import QuoteHub, quote_hub

QUOTE = {"type": "quote", "symbol": "BTC/USDT", "price": "67000", "bid": "66999", "ask": "67001"}


def run(coroutine):
    return asyncio.run(coroutine)


class Socket:
    def __init__(self, fail: bool = False):
        self.frames: list[str] = []
        self.fail = fail

    async def send(self, text: str) -> None:
        if self.fail:
            raise ConnectionResetError("gone")
        self.frames.append(text)


async def _settle(condition, timeout=2.0):
    for _ in range(int(timeout / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("timed out")


def test_every_local_subscriber_gets_the_quote_through_one_group_membership():
    async def scenario():
        layer = InMemoryChannelLayer()
        hub = QuoteHub(layer)
        sockets = [Socket() for _ in range(3)]
        for socket in sockets:
            await hub.add("BTC/USDT", socket, socket.send)
        assert list(layer.groups[quote_group("BTC/USDT")]) == [hub.channel]  # one member, not three
        await layer.group_send(quote_group("BTC/USDT"), {"type": "quote.update", "quote": QUOTE})
        await _settle(lambda: all(s.frames for s in sockets))
        hub.listener.cancel()
        return sockets

    sockets = run(scenario())
    assert [json.loads(s.frames[0]) for s in sockets] == [QUOTE] * 3
    assert len({id(s.frames[0]) for s in sockets}) == 1  # the very same encoded text for each


def test_a_socket_that_fails_is_dropped_and_the_others_still_get_the_quote():
    async def scenario():
        hub = QuoteHub(InMemoryChannelLayer())
        good, gone = Socket(), Socket(fail=True)
        await hub.add("BTC/USDT", gone, gone.send)
        await hub.add("BTC/USDT", good, good.send)
        await hub.deliver(QUOTE)
        hub.listener.cancel()
        return hub, good, gone

    hub, good, gone = run(scenario())
    assert len(good.frames) == 1
    assert list(hub.subscribers["BTC/USDT"]) == [good]


def test_the_last_local_subscriber_leaving_leaves_the_group():
    async def scenario():
        layer = InMemoryChannelLayer()
        hub = QuoteHub(layer)
        first, second = Socket(), Socket()
        await hub.add("ETH/USDT", first, first.send)
        await hub.add("ETH/USDT", second, second.send)
        await hub.discard("ETH/USDT", first)
        still = hub.channel in layer.groups.get(quote_group("ETH/USDT"), {})
        await hub.discard("ETH/USDT", second)
        gone = hub.channel not in layer.groups.get(quote_group("ETH/USDT"), {})
        await hub.discard("ETH/USDT", second)  # twice: nothing to do, no error
        hub.listener.cancel()
        return still, gone, hub.subscribers

    still, gone, subscribers = run(scenario())
    assert still and gone
    assert subscribers == {}


def test_quotes_of_other_symbols_reach_no_one():
    async def scenario():
        hub = QuoteHub(InMemoryChannelLayer())
        socket = Socket()
        await hub.add("BTC/USDT", socket, socket.send)
        await hub.deliver({**QUOTE, "symbol": "ETH/USDT"})
        hub.listener.cancel()
        return socket

    assert run(scenario()).frames == []


def test_each_event_loop_and_layer_has_its_own_hub():
    layer = InMemoryChannelLayer()

    async def get():
        return quote_hub(layer), quote_hub(layer)

    first_a, first_b = run(get())
    second, _ = run(get())
    assert first_a is first_b
    assert second is not first_a
    other_layer = run(_hub_of(InMemoryChannelLayer()))
    assert other_layer is not first_a


async def _hub_of(layer):
    return quote_hub(layer)


@pytest.mark.parametrize("message", [{"type": "quote.update", "quote": {"symbol": "XRP/USDT"}}, {"type": "other"}])
def test_the_listener_ignores_what_is_not_for_its_subscribers(message):
    async def scenario():
        layer = InMemoryChannelLayer()
        hub = QuoteHub(layer)
        socket = Socket()
        await hub.add("BTC/USDT", socket, socket.send)
        await layer.send(hub.channel, message)
        await layer.group_send(quote_group("BTC/USDT"), {"type": "quote.update", "quote": QUOTE})
        await _settle(lambda: socket.frames)
        hub.listener.cancel()
        return socket

    assert [json.loads(f) for f in run(scenario()).frames] == [QUOTE]
