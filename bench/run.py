"""``make bench``: run every benchmark, collect their JSON into bench/results.json, print a table.

Each benchmark measures itself beside a reference taken in the same run (machines are shared
and noisy), so read the ratios first and the absolute numbers second.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Every script here but the harness and this runner; each prints one JSON object as its last line.
BENCHMARKS = sorted(p.name for p in HERE.glob("*.py") if not p.name.startswith("_") and p.name != "run.py")


def main() -> int:
    results, failed = {}, []
    for script in sys.argv[1:] or BENCHMARKS:
        started = time.monotonic()
        done = subprocess.run([sys.executable, script], cwd=HERE, capture_output=True, text=True, timeout=1800)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            failed.append(script)
            print(f"{script} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
            continue
        result = json.loads(lines[-1])
        result["wall_seconds"] = round(time.monotonic() - started, 1)
        results[result["benchmark"]] = result
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)
    return 1 if failed else 0


def print_table(results: dict) -> None:
    rows = []
    if "copy_throughput" in results:
        r = results["copy_throughput"]
        rows.append(("copy, 1 worker (reference)", f"{r['one_worker']['signals_per_s']} signals/s", "3 accounts", ""))
        rows.append(("copy, 2 workers", f"{r['two_workers']['signals_per_s']} signals/s", "3 accounts", f"×{r['speedup_two_vs_one']}"))
    # Later benchmarks describe their own rows: "table": [[label, figure, figure, ratio], ...].
    for name, result in results.items():
        if name != "copy_throughput":
            rows.extend(tuple(str(cell) for cell in row) for row in result.get("table", []))
    width = max((len(row[0]) for row in rows), default=10)
    for name, a, b, ratio in rows:
        print(f"{name:<{width}}  {a:>20}  {b:>14}  {ratio}")


if __name__ == "__main__":
    sys.exit(main())
