"""The parser's score on the shared dev corpus: 123 messages as posted in public channels.

The corpus lives beside the project (``/work/shared/data/signals/dev-corpus.json``) and is never
copied into it; the test skips when it is absent. Run with ``-s`` to see the per-message misses.
"""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.shared_data import shared_data

CORPUS = shared_data("signals/dev-corpus.json")
FIELDS = ("symbol", "side", "entry", "stop_loss", "take_profits", "leverage", "margin_mode")
# Floors a little under today's score (100 % exact, every field 100 %), so a regression fails.
EXACT_FLOOR = Decimal("0.97")
FIELD_FLOOR = Decimal("0.97")


def load_corpus() -> list[dict]:
    if not CORPUS.exists():
        pytest.skip(f"dev corpus not found at {CORPUS}")
    # Decimal for floats, so 3.342 compares as the price written and not as a binary fraction.
    return json.loads(CORPUS.read_text(encoding="utf-8"), parse_float=Decimal)


def as_fields(parsed: ParsedSignal) -> dict:
    return {field: getattr(parsed, field) for field in FIELDS}


def expected_fields(expected: dict) -> dict:
    fields = dict(expected)
    for name in ("entry", "take_profits"):
        fields[name] = [Decimal(p) for p in expected[name]]
    if expected["stop_loss"] is not None:
        fields["stop_loss"] = Decimal(expected["stop_loss"])
    return fields


def score(corpus: list[dict]) -> dict:
    """Exact matches over every message (null vs null counts), per-field hits over the signals."""
    exact, field_hits, misses, false_signals = 0, dict.fromkeys(FIELDS, 0), [], []
    for message in corpus:
        parsed, expected = parse_message(message["text"]), message["expected"]
        if expected is None:
            if isinstance(parsed, ParsedSignal):
                false_signals.append(message["id"])
                misses.append((message["id"], "a non-signal became a signal", parsed))
            else:
                exact += 1
            continue
        if not isinstance(parsed, ParsedSignal):
            misses.append((message["id"], "no signal", parsed))
            continue
        got, want = as_fields(parsed), expected_fields(expected)
        wrong = [field for field in FIELDS if got[field] != want[field]]
        for field in FIELDS:
            field_hits[field] += field not in wrong
        exact += not wrong
        if wrong:
            misses.append((message["id"], "fields differ", {f: (got[f], want[f]) for f in wrong}))
    signals = sum(1 for m in corpus if m["expected"] is not None)
    return {
        "exact": Decimal(exact) / len(corpus),
        "fields": {field: Decimal(hits) / signals for field, hits in field_hits.items()},
        "misses": misses,
        "false_signals": false_signals,
        "messages": len(corpus),
    }


@pytest.fixture(scope="module")
def result() -> dict:
    return score(load_corpus())


def test_it_scores_the_dev_corpus_above_the_floor(result, capsys):
    with capsys.disabled():
        fields = ", ".join(f"{name} {value:.1%}" for name, value in result["fields"].items())
        print(f"\ndev corpus: {result['exact']:.1%} exact over {result['messages']} messages; {fields}")
        for message_id, reason, detail in result["misses"]:
            print(f"  miss {message_id}: {reason}: {detail}")
    assert result["exact"] >= EXACT_FLOOR
    assert all(value >= FIELD_FLOOR for value in result["fields"].values()), result["fields"]


def test_no_non_signal_in_the_dev_corpus_becomes_a_trade(result):
    # False positives are the dangerous error for a copy-trader: each one opens a real position.
    assert result["false_signals"] == []
