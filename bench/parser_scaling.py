"""Parser scaling: what one message costs as it grows from 1 to 300 lines.

A Telegram worker parses every post of every followed channel, and channels post long ones:
analyses, weekly recaps, a whole board of calls. A rule that rescans the message once per line
makes such a post cost seconds (session 12 found two: a canonicalisation per line that walked
every vocabulary row, and a price pattern retried inside every run of digits). So this measures
the curve, not one point: each layout at 1, 10, 100 and 300 lines, as CPU milliseconds per line.
The reference is the same layout's one-line cost in the same run; a flat curve (ratio near 1)
means the cost grows with the text, a rising one that some rule is quadratic.

The corpus figure is the everyday cost: every fixture message once, p50 and p99. The parser keeps
each text's cleaned reading (a message's lines are read again alone); each timed repeat of one
message starts without that memo, the corpus keeps it as a worker does. Prints one JSON object as
its last line.
"""
from __future__ import annotations

import json
import os
import statistics
import time

from _harness import ROOT, summary_ms

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "echotrade.settings")

import django  # noqa: E402

django.setup()

from signals.parsing import parse_unguarded  # noqa: E402
from signals.parsing.text import forget_readings  # noqa: E402

SIZES = (1, 10, 100, 300)
REPEATS = {1: 200, 10: 40, 100: 6, 300: 3}
LAYOUTS = {
    "call lines": "BTC LONG 67500 SL 66000 TP 68000\n",
    "analysis prose": "The 4H trend is up, price holds 66,900 and volume rises into the weekly open.\n",
    "ticked results": "✅ #SOL TP2 hit +38% 🔥\n",
    "one run of digits": "1,21,21,21,21,21,21,21,21,2,",  # no line break: the run grows with the size
    "russian plan": "Вход 3.45–3.50, стоп 3.20, цели 3.80 / 4.10\n",
}


def cpu_ms_per_parse(text: str, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        forget_readings()  # the parser keeps each text's reading; a repeat would time that memo
        started = time.process_time()
        parse_unguarded(text)
        samples.append(time.process_time() - started)
    return statistics.median(samples) * 1000


def corpus_costs() -> dict:
    from tests.parsing.language_fixtures import load

    texts = [message["text"] for message in load()]
    costs = []
    for text in texts:
        started = time.process_time()
        parse_unguarded(text)
        costs.append(time.process_time() - started)
    return summary_ms(costs)


def main() -> dict:
    parse_unguarded("warm-up: the vocabulary tables compile once per process")
    curves, table = {}, []
    for name, line in LAYOUTS.items():
        per_line = {size: cpu_ms_per_parse(line * size, REPEATS[size]) / size for size in SIZES}
        growth = round(per_line[SIZES[-1]] / per_line[SIZES[0]], 2)
        curves[name] = {"ms_per_line": {str(size): round(cost, 3) for size, cost in per_line.items()},
                        "per_line_300_vs_1": growth}
        table.append([f"parse, {name}", f"{per_line[1]:.2f} ms/line at 1", f"{per_line[300]:.2f} at 300", f"×{growth}"])
    corpus = corpus_costs()
    table.append(["parse, fixture corpus", f"p50 {corpus['p50_ms']} ms", f"p99 {corpus['p99_ms']} ms", f"n={corpus['n']}"])
    return {"benchmark": "parser_scaling", "root": str(ROOT), "curves": curves, "corpus": corpus, "table": table}


if __name__ == "__main__":
    print(json.dumps(main()))
