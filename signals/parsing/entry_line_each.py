"""A share said after the entries on their own line weighs each of them: "DCA zone: 24.5 / 23.6 / 22.8 / 21.0 —
25% each", "Зона набора: 24.5 / 23.6 — по 50% каждая" (canonical "Entry: … 50% each"), "Alım: 24.5 / 23.6 — her
biri %50" ("each biri %50").

``hints``' even-entry rule wants an entry word before the share ("3 entries, 33% each"); a zone label
("DCA zone", "Buy zone") names no entries, so that rule misses it. The share is read only on the entry
section's own line, after its last price, and only when it adds up over the line's entries (25% × 4 = 100%):
a "33% each" on a targets line, or a "10% each" that is a risk per order, weighs no entry.
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import sections as sec

# "25% each", "%25 each", "each 25%", "each biri %25" (Turkish "her biri"): one word may sit between.
_SHARE = r"(?:(?<![0-9.,])[0-9]{1,2}(?:\.[0-9]{1,2})?[ ]?%|%[ ]?[0-9]{1,2}(?:\.[0-9]{1,2})?(?![0-9.,]))"
_EACH = re.compile(
    rf"(?P<a>{_SHARE})[ ]{{1,3}}(?:[^\W\d_]{{1,8}}[ ]{{1,2}})?(?:each|apiece)\b"
    rf"|\beach[ ]{{1,3}}(?:[^\W\d_]{{1,8}}[ ]{{1,2}})?(?P<b>{_SHARE})",
    re.I,
)


def shares_on_entry_line(parts: list[sec.Section], entries: list[Decimal]) -> list[Decimal] | None:
    """The percentages of ``entries`` when the one entry section's line ends "N% each" and N × entries = 100
    (``allocations`` turns them into fractions)."""
    legs = [part for part in parts if part.kind == "entry"]
    if len(legs) != 1 or len(entries) < 2 or sorted(legs[0].prices) != entries:
        return None
    line = legs[0].content.split("\n", 1)[0]
    match = _EACH.search(line)
    if match is None or re.search(r"[0-9]", line[match.end():]):
        return None
    share = Decimal((match["a"] or match["b"]).strip("% "))
    return [share] * len(entries) if share * len(entries) == 100 else None
