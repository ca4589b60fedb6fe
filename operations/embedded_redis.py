"""A Redis-protocol server in pure Python (fakeredis), for the embedded mode of ``make run``.

It lets web, worker and beat share a broker and a channel layer on a machine with nothing
installed. It keeps everything in memory: fine for a demo or a laptop, never for production,
which points ``REDIS_URL`` at a real Redis. (Queued tasks lost with it are recovered by the
undecided-signal sweep; the database stays the source of truth.)

    python -m operations.embedded_redis --port 6390
"""
from __future__ import annotations

import argparse
import socket
import time


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_listening(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"The embedded Redis server did not start on port {port} within {timeout:.0f}s.")


def main() -> None:
    from fakeredis import TcpFakeServer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=6390)
    args = parser.parse_args()
    server = TcpFakeServer(("127.0.0.1", args.port), server_type="redis")
    print(f"Embedded Redis-protocol server (fakeredis) on 127.0.0.1:{args.port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
