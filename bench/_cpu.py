"""CPU time spent per request by each party (the web server's processes, the Celery workers,
the benchmark's PostgreSQL backends, Redis, the clients), from /proc: the machine is shared, so a rate alone
cannot tell our cost from a neighbour's load.

A leading underscore keeps bench/run.py from taking this module for a benchmark.
"""
from __future__ import annotations

import os
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: str) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime
    except (OSError, IndexError, ValueError):
        return 0.0  # gone meanwhile


def _command(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def cpu_by_party(*, groups: dict[str, list[int]], database: str) -> dict[str, float]:
    """CPU seconds so far of each named group of process groups (the server's, the workers'), of
    the benchmark database's backends, of Redis and of this process (the clients)."""
    totals = dict.fromkeys([*groups, "postgres", "redis"], 0.0)
    party_of = {pgid: party for party, pgids in groups.items() for pgid in pgids}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        command = _command(pid)
        try:
            group = os.getpgid(int(pid))
        except OSError:
            continue
        if group in party_of:
            totals[party_of[group]] += _cpu_seconds(pid)
        elif command.startswith("postgres:") and f" {database} " in command:
            totals["postgres"] += _cpu_seconds(pid)
        elif command.startswith("redis-server"):
            totals["redis"] += _cpu_seconds(pid)
    totals["clients"] = sum(os.times()[:2])
    return totals


class CpuMeter:
    """Started when made; ``per_request(n)``: milliseconds of CPU per request by party since then.
    A PostgreSQL backend that ended meanwhile (a connection per request) is not counted."""

    def __init__(self, *, groups: dict[str, list[int]], database: str):
        self.groups, self.database = groups, database
        self.start = cpu_by_party(groups=groups, database=database)

    def per_request(self, requests: int) -> dict[str, float]:
        end = cpu_by_party(groups=self.groups, database=self.database)
        return {party: round((end[party] - self.start[party]) / requests * 1000, 2) for party in end}
