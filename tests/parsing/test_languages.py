"""The parser on channel messages in every language family it reads, and the vocabulary tables."""
from __future__ import annotations

import pytest

from signals.parsing import vocabulary
from tests.parsing import language_fixtures as fixtures

MESSAGES = fixtures.load()


@pytest.mark.parametrize("message", MESSAGES, ids=[m["id"] for m in MESSAGES])
def test_it_parses_each_language_fixture_exactly(message):
    assert fixtures.verdict(message) is None


def test_the_language_fixtures_cover_every_family_with_signals_and_non_signals():
    counts = {family: [m for m in MESSAGES if m["lang"] == family] for family in fixtures.FAMILIES}
    for family, messages in counts.items():
        assert any(m["expected"] for m in messages), family
        assert any(m["expected"] is None for m in messages), family
    assert len({m["id"] for m in MESSAGES}) == len(MESSAGES)


def test_every_family_has_a_table_with_every_role():
    roles = {"entry", "zone", "stop", "target", "leverage", "long", "short", "market", "cancel", "close", "hit", "breakeven"}
    for code, module in vocabulary.LANGUAGES.items():
        assert roles <= set(module.WORDS), (code, roles - set(module.WORDS))


def test_every_role_has_a_canonical_word():
    assert {row.role for row in vocabulary.rows()} <= set(vocabulary.CANONICAL)


def test_a_language_applies_only_where_its_words_are_used():
    # Spanish drops "a" as filler; an English message keeps it.
    assert vocabulary.canonicalise("BTC LONG 67500 a great entry") == "BTC LONG 67500 a great entry"
    assert vocabulary.detect("Entrada: 1.5\nObjetivos: 1.7") == ["es", "pt"]


def test_the_fixtures_hold_300_messages_25_per_family_and_a_third_non_signals():
    english = fixtures.load_english_corpus()
    every = MESSAGES + english
    per_family = {family: sum(m["lang"] == family for m in MESSAGES) for family in fixtures.FAMILIES}
    per_family["en"] += len(english)
    assert len(every) >= 300
    assert min(per_family.values()) >= 25, per_family
    assert 3 * sum(m["expected"] is None for m in every) >= len(every)
