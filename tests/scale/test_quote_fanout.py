"""Quote fan-out at scale (issue 14): ticks for a symbol are coalesced while its clients are busy.

The hub's listener only notes each tick as its symbol's latest; one sender per symbol writes the
newest when it is free. A client held up on one write is the slow consumer: the ticks published
meanwhile must become one write of the newest, never a backlog of stale prices.
"""
from __future__ import annotations

import asyncio
import json

from channels.layers import InMemoryChannelLayer

from echotrade.events import quote_group
from execution.quote_hub import QuoteHub

TICKS = 50


def tick(symbol: str, n: int) -> dict:
    return {"type": "quote.update", "quote": {"type": "quote", "symbol": symbol, "price": str(67000 + n)}}


class HeldSocket:
    """Takes a frame at once, then holds the writer on that frame until released: a slow client."""
    def __init__(self) -> None:
        self.prices: list[int] = []
        self.released = asyncio.Event()

    async def send(self, text: str) -> None:
        self.prices.append(int(json.loads(text)["price"]))
        await self.released.wait()
        await asyncio.sleep(0)  # even released, a write gives the loop a turn, as a busy server does


async def _settle(condition, timeout: float = 5.0) -> None:
    for _ in range(int(timeout / 0.005)):
        if condition():
            return
        await asyncio.sleep(0.005)
    raise AssertionError("condition not reached")


async def _publish(layer, symbol: str, numbers) -> None:
    for n in numbers:
        await layer.group_send(quote_group(symbol), tick(symbol, n))
        await asyncio.sleep(0)  # let the listener take each tick as it comes, as with a live feed


def test_ticks_published_while_a_client_is_slow_go_out_as_one_write_of_the_latest():
    async def scenario():
        layer = InMemoryChannelLayer()
        hub = QuoteHub(layer)
        slow = HeldSocket()
        await hub.add("BTC/USDT", slow, slow.send)
        await layer.group_send(quote_group("BTC/USDT"), tick("BTC/USDT", 0))
        await _settle(lambda: slow.prices == [67000])  # the sender is now held on this write
        await _publish(layer, "BTC/USDT", range(1, TICKS))
        await _settle(lambda: hub.latest.get("BTC/USDT", {}).get("price") == str(67000 + TICKS - 1))
        slow.released.set()
        await _settle(lambda: not hub.senders)
        hub.listener.cancel()
        return slow.prices

    prices = asyncio.run(scenario())
    assert prices == [67000, 67000 + TICKS - 1]  # 50 ticks, two writes: the one under way and the newest


def test_a_client_never_sees_an_older_price_after_a_newer_one():
    async def scenario():
        layer = InMemoryChannelLayer()
        hub = QuoteHub(layer)
        client = HeldSocket()
        await hub.add("BTC/USDT", client, client.send)
        for first in range(0, TICKS, 10):  # five bursts of ten ticks, each while the client is slow
            client.released.clear()
            newest = 67000 + first + 9
            await _publish(layer, "BTC/USDT", range(first, first + 10))
            await _settle(lambda: client.prices[-1:] == [newest] or hub.latest.get("BTC/USDT", {}).get("price") == str(newest))
            client.released.set()
            await _settle(lambda: client.prices[-1] == newest and not hub.senders)
        hub.listener.cancel()
        return client.prices

    prices = asyncio.run(scenario())
    assert prices == sorted(set(prices))  # strictly rising: no stale or repeated price
    assert prices[-1] == 67000 + TICKS - 1
    assert len(prices) <= 10  # at most the write under way and the newest, per burst


def test_a_slow_symbol_does_not_hold_up_the_quotes_of_another():
    async def scenario():
        layer = InMemoryChannelLayer()
        hub = QuoteHub(layer)
        slow, eth = HeldSocket(), HeldSocket()
        eth.released.set()
        await hub.add("BTC/USDT", slow, slow.send)
        await hub.add("ETH/USDT", eth, eth.send)
        await layer.group_send(quote_group("BTC/USDT"), tick("BTC/USDT", 0))
        await _settle(lambda: slow.prices)
        await _publish(layer, "ETH/USDT", [1, 2])
        await _settle(lambda: eth.prices == [67001, 67002])
        slow.released.set()
        hub.listener.cancel()
        return slow.prices, eth.prices

    btc, eth = asyncio.run(scenario())
    assert (btc, eth) == ([67000], [67001, 67002])


def test_two_hundred_clients_share_one_group_membership_and_get_the_same_frames_in_order():
    async def scenario():
        layer = InMemoryChannelLayer()
        hub = QuoteHub(layer)
        sockets = [HeldSocket() for _ in range(200)]
        for socket in sockets:
            socket.released.set()
            await hub.add("BTC/USDT", socket, socket.send)
        members = list(layer.groups[quote_group("BTC/USDT")])
        await _publish(layer, "BTC/USDT", range(TICKS))
        await _settle(lambda: all(s.prices and s.prices[-1] == 67000 + TICKS - 1 for s in sockets) and not hub.senders)
        hub.listener.cancel()
        return members, hub.channel, sockets

    members, hub_channel, sockets = asyncio.run(scenario())
    assert members == [hub_channel]  # each tick is one delivery to the process, not one per client
    assert len({tuple(s.prices) for s in sockets}) == 1  # everyone got the same frames
    assert sockets[0].prices == sorted(set(sockets[0].prices))
