"""One quote subscription per symbol per server process, fanned out to every local ``/stream`` client.

Left to the channel layer, each of N clients subscribed to a symbol is its own group member: the
layer hands every quote to N channel queues, and N consumers each wake up, encode the same JSON
and send it. Measured on 200 clients, that made the last client wait ×78 as long as a lone one
(bench/ws_fanout.py). Here the process subscribes once per symbol (one channel of its own), and
each quote is encoded once and written to the subscribed sockets in one pass.

Ticks are coalesced per symbol: the listener only notes a quote as its symbol's latest, and one
sender per symbol writes whatever is latest when it is free. A burst of ticks that arrives while
the previous quote is still going out becomes one write of the newest, so a slow pass never
builds a backlog of stale prices, and no client sees an older price after a newer one.

A hub belongs to an event loop: daphne and uvicorn run one per process; tests that start a loop
of their own get a hub of their own. A socket that fails to take a frame is dropped from the
hub (its consumer's disconnect would drop it anyway); a channel-layer outage is logged and the
listener resubscribes once the layer answers again.
"""
from __future__ import annotations

import asyncio
import json
import logging
import weakref
from collections.abc import Awaitable, Callable

from echotrade.events import quote_group

logger = logging.getLogger(__name__)

Send = Callable[[str], Awaitable[None]]  # writes one text frame to one client
RETRY_SECONDS = 1.0
WRITES_PER_TURN = 100


class QuoteHub:
    def __init__(self, layer) -> None:
        self.layer = layer
        self.subscribers: dict[str, dict[object, Send]] = {}  # symbol → {subscriber key: send}
        self.channel: str | None = None
        self.listener: asyncio.Task | None = None
        self.latest: dict[str, dict] = {}  # symbol → its newest quote not yet written
        self.senders: dict[str, asyncio.Task] = {}  # symbol → the task writing its quotes

    async def add(self, symbol: str, key: object, send: Send) -> None:
        await self._start()
        local = self.subscribers.setdefault(symbol, {})
        if not local:
            await self.layer.group_add(quote_group(symbol), self.channel)
        local[key] = send

    async def discard(self, symbol: str, key: object) -> None:
        local = self.subscribers.get(symbol)
        if local is None:
            return
        local.pop(key, None)  # may be gone already: deliver drops a socket that failed
        if not local:
            del self.subscribers[symbol]
            await self.layer.group_discard(quote_group(symbol), self.channel)

    def offer(self, quote: dict) -> None:
        """Make ``quote`` its symbol's next to go out, replacing one still waiting, and wake its sender."""
        symbol = quote.get("symbol")
        if symbol not in self.subscribers:
            return
        self.latest[symbol] = quote
        if symbol not in self.senders:
            self.senders[symbol] = asyncio.get_running_loop().create_task(self._send_latest(symbol))

    async def _send_latest(self, symbol: str) -> None:
        try:
            while (quote := self.latest.pop(symbol, None)) is not None:
                await self.deliver(quote)
        finally:
            self.senders.pop(symbol, None)

    async def deliver(self, quote: dict) -> None:
        """Encode ``quote`` once and write it to every local subscriber of its symbol."""
        local = self.subscribers.get(quote.get("symbol"))
        if not local:
            return
        text = json.dumps(quote)
        # One after another, not gathered: daphne's send hands the frame to Twisted's write buffer
        # and never waits on the socket, so a task per client would only add its own cost. The
        # buffers go on the wire only when the loop turns, so it turns every hundred clients:
        # the first clients need not wait for the last, nor HTTP requests for a 1,000-client pass.
        for written, (key, send) in enumerate(list(local.items()), 1):
            try:
                await send(text)
            except Exception:  # noqa: BLE001  (a closed socket must not hold up the others)
                local.pop(key, None)
            if written % WRITES_PER_TURN == 0:
                await asyncio.sleep(0)

    async def _start(self) -> None:
        if self.channel is None:
            self.channel = await self.layer.new_channel("quotehub.")
        if self.listener is None or self.listener.done():
            self.listener = asyncio.get_running_loop().create_task(self._listen())

    async def _listen(self) -> None:
        while True:
            try:
                message = await self.layer.receive(self.channel)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001
                logger.warning("Quote hub lost the channel layer; retrying", exc_info=True)
                await asyncio.sleep(RETRY_SECONDS)
                await self._resubscribe()
                continue
            if message.get("type") == "quote.update":
                self.offer(message["quote"])

    async def _resubscribe(self) -> None:
        for symbol in list(self.subscribers):
            try:
                await self.layer.group_add(quote_group(symbol), self.channel)
            except Exception:  # noqa: BLE001
                return  # still down: the next failed receive tries again


# layer → event loop → hub: a test that swaps the channel layer or runs its own loop gets its own hub.
_hubs: "weakref.WeakKeyDictionary[object, weakref.WeakKeyDictionary]" = weakref.WeakKeyDictionary()


def quote_hub(layer) -> QuoteHub:
    """The hub of ``layer`` (a consumer's channel layer) on the running event loop, made on first use."""
    by_loop = _hubs.setdefault(layer, weakref.WeakKeyDictionary())
    loop = asyncio.get_running_loop()
    hub = by_loop.get(loop)
    if hub is None:
        hub = by_loop[loop] = QuoteHub(layer)
    return hub
