"""Which ASGI server the production layout runs, by measurement: daphne (one process, what
`make run` starts), uvicorn with --workers, gunicorn with uvicorn workers, and granian, each
serving echotrade.asgi:application with BENCH_WEB_WORKERS processes (two per core by default).

For each, in three rounds that interleave the servers (the median round is reported): the bare
Django view's rate (bench/_api_urls.py: the middleware and nothing else) and
``POST /api/signals`` accepted per second, both from the same 16 keep-alive clients, with the
server's, PostgreSQL's and Redis's CPU per request; and whether its websockets work (an account
stream says hello and answers a ping, the quote stream sends BTC's quote). No Celery worker runs:
the copies wait in the queue (bench/ingest_http.py measures the whole path). Prints one JSON object.
"""
from __future__ import annotations

import json
import os
import time

from _api_http import WEB_WORKERS, fire, headers_for, ok, prepare, server_command, signal_posts, web_env
from _cpu import CpuMeter
from _harness import env_for, processes, redis_url, scratch_database_url, setup_django

SERVERS = ["daphne", "uvicorn", "gunicorn+uvicorn-worker", "granian"]
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "1000"))  # per round, bare and POST each
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
DATABASE = "echotrade_bench_asgi_servers"
# The production layout keeps each web process's database connection (README, Production).
CONN_MAX_AGE = "60"


def websocket_check(web: str, token: str) -> str:
    """"ok", or what went wrong, through the account stream and the quote stream."""
    from websockets.sync.client import connect

    try:
        with connect(f"ws://{web}/ws/accounts/angry?token={token}", open_timeout=10) as account:
            hello = json.loads(account.recv(timeout=10))
            account.send(json.dumps({"action": "ping"}))
            pong = json.loads(account.recv(timeout=10))
        with connect(f"ws://{web}/stream", open_timeout=10) as stream:
            stream.send(json.dumps({"action": "subscribe", "symbols": ["BTC/USDT"]}))
            quote = json.loads(stream.recv(timeout=10))
    except Exception as error:  # noqa: BLE001  (any failure is the finding)
        return f"failed: {type(error).__name__}: {error}"
    got = (hello.get("type"), pong.get("type"), quote.get("type"), quote.get("symbol"))
    return "ok" if got == ("hello", "pong", "quote", "BTC/USDT") else f"unexpected frames: {got}"


def measure(server: str, env: dict, token: str, round_: int) -> dict:
    from operations.embedded_redis import free_port, wait_until_listening

    port = free_port()
    headers = headers_for(token)
    with processes([server_command(server, port)], web_env(env)) as (process,):
        wait_until_listening(port, timeout=90)
        web = f"127.0.0.1:{port}"
        time.sleep(2)  # every worker process up
        fire(web, [("GET", "/bare/warm", None)] * 64, headers)
        fire(web, signal_posts([f"{server}-warm-{round_}-{i}" for i in range(64)]), headers)
        meter = CpuMeter(groups={"server": [process.pid]}, database=DATABASE)
        bare_s, bare_answers = fire(web, [("GET", "/bare/ping", None)] * REQUESTS, headers)
        bare_cpu = meter.per_request(REQUESTS)
        meter = CpuMeter(groups={"server": [process.pid]}, database=DATABASE)
        post_s, post_answers = fire(web, signal_posts([f"{server}-{round_}-{i}" for i in range(REQUESTS)]), headers)
        post_cpu = meter.per_request(REQUESTS)
        websocket = websocket_check(web, token)
    bare_rps, accepted_rps = ok(bare_answers, 200) / bare_s, ok(post_answers, 201) / post_s
    return {
        "processes": 1 if server == "daphne" else WEB_WORKERS,
        "bare_view_requests_per_s": round(bare_rps, 1), "bare_ok": ok(bare_answers, 200),
        "accepted_per_s": round(accepted_rps, 1), "accepted": ok(post_answers, 201),
        "post_vs_bare": round(accepted_rps / bare_rps, 3),
        "cpu_ms_per_bare_request": bare_cpu, "cpu_ms_per_post": post_cpu, "websocket": websocket,
    }


def median_round(rounds: list[dict]) -> dict:
    """The round with the median POST rate, with every round's rates beside it."""
    ordered = sorted(rounds, key=lambda r: r["accepted_per_s"])
    middle = dict(ordered[len(ordered) // 2])
    middle["rounds"] = [{k: r[k] for k in ("bare_view_requests_per_s", "accepted_per_s")} for r in rounds]
    return middle


def main() -> dict:
    database = scratch_database_url(DATABASE, postgres=True)
    with redis_url(13, real=True) as (redis, _):
        env = env_for(database, redis, QUOTE_MAX_AGE_SECONDS="100000", SIGNAL_POST_RATE="1000000/min",
                      DB_CONN_MAX_AGE=CONN_MAX_AGE)
        setup_django(env)
        token = prepare()
        # Rounds interleave the servers, so a neighbour's burst of load hits them alike.
        rounds = {server: [] for server in SERVERS}
        for round_ in range(ROUNDS):
            for server in SERVERS:
                rounds[server].append(measure(server, env, token, round_))
        import redis as redis_client

        redis_client.Redis.from_url(redis).flushdb()  # the copies nobody took
    results = {server: median_round(measured) for server, measured in rounds.items()}
    table = []
    for server, r in results.items():
        table.append([f"{server} ({r['processes']} proc): bare view", f"{r['bare_view_requests_per_s']} req/s",
                      f"{r['cpu_ms_per_bare_request']['server']} ms CPU", ""])
        table.append([f"{server} ({r['processes']} proc): POST /api/signals", f"{r['accepted_per_s']} signals/s",
                      f"{r['cpu_ms_per_post']['server']} ms CPU", f"×{r['post_vs_bare']}"])
    return {"benchmark": "asgi_servers", "requests": REQUESTS, "rounds": ROUNDS, "clients": 16, "web_workers": WEB_WORKERS,
            "db_conn_max_age": CONN_MAX_AGE, "servers": results, "table": table}


if __name__ == "__main__":
    print(json.dumps(main()))
