"""Quote fan-out latency: one published quote to 200 websocket clients (goal: p99 ≤ 50 ms) and to
1,000 (measured and reported), through daphne and Redis, beside a single client as the reference.

Three processes, so that nothing measures itself: daphne serves ``/stream`` as in production, a
client process holds the sockets, and this process publishes. Each quote is stamped with the wall
clock just before its group send (the moment the market tick publishes it). The client notes a
frame's arrival when its bytes come off the socket, before any parsing or task switch of its own:
otherwise the figure for 1,000 clients is mostly one Python process queueing 1,000 frames behind
each other. The first quotes warm the path up and are not counted; a final one (not counted)
tells the client that publishing is over. A quote the server coalesced away (a newer one for the
symbol arrived before it was sent) is counted as coalesced, not as a latency.
Prints one JSON object as its last line.
"""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

from _harness import daphne_command, env_for, processes, redis_url, scratch_database_url, setup_django, summary_ms

CLIENTS = 200
MORE_CLIENTS = 1000  # measured and reported (issue 14), no goal
GOAL_P99_MS = 50
WARMUP = 3
QUOTES = 200
INTERVAL_S = 0.1
END = "bench_end"  # the key of the final quote; searched in raw bytes so that spotting it costs nothing
SYMBOL, GROUP = "BTC/USDT", "quotes.BTC_USDT"


def load_average() -> str:
    return Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "n/a"


# --- the client process -------------------------------------------------------------------------

def stamped_connection_class():
    from websockets.asyncio.client import ClientConnection
    from websockets.frames import Opcode

    class StampedConnection(ClientConnection):
        """Keeps each text frame with the time its bytes were read, instead of queueing it for recv()."""
        stamping = False

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.arrivals: list[tuple[float, bytes]] = []
            self.ended = False
            self.read_at = self.own_seconds = 0.0

        def data_received(self, data: bytes) -> None:
            self.read_at = time.time()
            super().data_received(data)
            if self.stamping:  # what this process adds: each socket's frames wait behind the others'
                self.own_seconds += time.time() - self.read_at

        def process_event(self, event) -> None:
            if self.stamping and getattr(event, "opcode", None) is Opcode.TEXT:
                self.arrivals.append((self.read_at, event.data))
                self.ended = self.ended or END.encode() in event.data
            else:
                super().process_event(event)

    return StampedConnection


async def hold_clients(web: str, count: int) -> dict:
    import websockets

    connection_class = stamped_connection_class()
    sockets = []
    for _ in range(count):
        ws = await websockets.connect(f"ws://{web}/stream", additional_headers={"Origin": f"http://{web}"}, open_timeout=60,
                                      max_queue=None, ping_interval=None, create_connection=connection_class)
        await ws.send(json.dumps({"action": "subscribe", "symbols": [SYMBOL]}))
        while json.loads(await ws.recv())["type"] != "subscribed":
            pass
        ws.stamping = True
        sockets.append(ws)
    print("ready", flush=True)
    deadline = time.monotonic() + 120
    while not all(ws.ended for ws in sockets) and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    latencies, seen = [], 0
    for ws in sockets:
        for arrived, data in ws.arrivals:
            frame = json.loads(data)
            if frame.get("seq", -1) >= 0:
                latencies.append(arrived - frame["sent_at"])
                seen += 1
    unfinished = sum(not ws.ended for ws in sockets)
    own_us = sum(ws.own_seconds for ws in sockets) / max(1, sum(len(ws.arrivals) for ws in sockets)) * 1e6
    for ws in sockets:
        await ws.close()
    return {"latencies": latencies, "coalesced": count * QUOTES - seen, "unfinished": unfinished,
            "client_us_per_frame": round(own_us, 1)}


# --- the publisher (this process) -----------------------------------------------------------------

def quote(seq: int, **extra) -> dict:
    # The shape execution.market.feed.quote_message gives a real tick.
    return {"type": "quote", "symbol": SYMBOL, "price": str(67000 + seq), "bid": "66999", "ask": "67001", "volume": "1523.4",
            "change_24h": "1.25", "ts": "2025-01-01T00:00:00+00:00", "source": "sim", "seq": seq, **extra}


async def publish(layer) -> None:
    for seq in [*range(-WARMUP, 0), *range(QUOTES)]:
        message = quote(seq, sent_at=time.time())
        await layer.group_send(GROUP, {"type": "quote.update", "quote": message})
        await asyncio.sleep(INTERVAL_S)
    await layer.group_send(GROUP, {"type": "quote.update", "quote": quote(-1, **{END: True})})


def measure(web: str, layer_class, redis: str, clients: int) -> dict:
    client = subprocess.Popen([sys.executable, __file__, "clients", web, str(clients)], stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parent)
    try:
        if client.stdout.readline().strip() != "ready":
            raise RuntimeError(f"the client process for {clients} clients did not get ready")
        load = load_average()
        asyncio.run(publish(layer_class(hosts=[redis])))
        result = json.loads(client.communicate(timeout=180)[0].splitlines()[-1])
        load = f"{load}–{load_average()}"  # at the first quote and after the last
    finally:
        if client.poll() is None:
            client.kill()
    return {**summary_ms(result["latencies"]), "coalesced": result["coalesced"], "unfinished": result["unfinished"],
            "client_us_per_frame": result["client_us_per_frame"], "load_avg_1m": load}


def ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b else None


def table(one: dict, fan: dict, wide: dict, meets: bool) -> list[list[str]]:
    def row(label, summary, note):
        return [f"{label} (load {summary['load_avg_1m']})", f"p50 {summary['p50_ms']} ms", f"p99 {summary['p99_ms']} ms", note]

    return [
        row("quote fan-out, 1 client (reference)", one, ""),
        row(f"quote fan-out, {CLIENTS} clients, goal p99 ≤ {GOAL_P99_MS} ms", fan,
            f"×{ratio(fan['p50_ms'], one['p50_ms'])} / ×{ratio(fan['p99_ms'], one['p99_ms'])}, goal {'met' if meets else 'missed'}"),
        row(f"quote fan-out, {MORE_CLIENTS:,} clients (reported)", wide,
            f"×{ratio(wide['p50_ms'], one['p50_ms'])} / ×{ratio(wide['p99_ms'], one['p99_ms'])}"),
    ]


def main() -> dict:
    from operations.embedded_redis import free_port, wait_until_listening

    database = scratch_database_url("echotrade_bench_ws_fanout")
    with redis_url() as (redis, redis_kind):
        env = env_for(database, redis)
        setup_django(env)
        from django.conf import settings
        from django.utils.module_loading import import_string

        layer_class = import_string(settings.CHANNEL_LAYERS["default"]["BACKEND"])  # the one the system uses
        port = free_port()
        with processes([daphne_command(port)], env):
            wait_until_listening(port, timeout=30)
            web = f"127.0.0.1:{port}"
            one, fan, wide = (measure(web, layer_class, redis, n) for n in (1, CLIENTS, MORE_CLIENTS))
    meets = fan["p99_ms"] <= GOAL_P99_MS
    return {
        "benchmark": "ws_fanout", "redis": redis_kind, "layer": layer_class.__name__, "clients": CLIENTS, "quotes": QUOTES,
        "interval_s": INTERVAL_S, "reference_1_client": one, "fanout_200_clients": fan, "fanout_1000_clients": wide,
        "goal_p99_ms_200_clients": GOAL_P99_MS, "meets_goal": meets,
        "p50_ratio_vs_1_client": ratio(fan["p50_ms"], one["p50_ms"]), "p99_ratio_vs_1_client": ratio(fan["p99_ms"], one["p99_ms"]),
        "table": table(one, fan, wide, meets),
    }


if __name__ == "__main__":
    if sys.argv[1:2] == ["clients"]:
        print(json.dumps(asyncio.run(hold_clients(sys.argv[2], int(sys.argv[3])))))
    else:
        print(json.dumps(main()))
