"""How a call splits its entry orders: the share of each entry price ("Entry 1 - 159.80 (30%)",
"Two buys, half each", "Alokasi entry 30% / 30% / 40%"), in the ascending order of the entries.

Read apart from ``hints``, which reads how the exits are managed (the targets' shares, break-even and
trailing stops): the entries' shares come from the entry sections and the lines that state them, and
share none of the exit rules' patterns.
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import allocation_lines, counted_shares, entry_halves, entry_line_each, entry_split, level_shares, share_runs, volume_shares
from . import sections as sec
from .each_entry import share_each_entry
from .ordinal_entry_shares import ordinal_entry_shares
from .zone_shares import zone_end_shares
from .share_tokens import allocations
from .vocabulary import english_pattern


def entry_allocations(parts: list[sec.Section], entries: list[Decimal], text: str = "") -> list[Decimal] | None:
    """Allocations of labelled entries ("Entry 1 - 159.80 (30%)"), in the ascending order of ``entries``;
    else the shares an allocation line states for them (``allocation_lines``)."""
    if (even := _even_entry_shares(text, entries)) is not None:
        return even
    if (halves := entry_halves.ordinal_halves(text, entries)) is not None:  # "half at the first entry, the other half at the second"
        return halves
    if (placed := ordinal_entry_shares(parts, entries, text)) is not None:  # "50% on the first entry and 50% on the second"
        return placed
    if (each := entry_line_each.shares_on_entry_line(parts, entries)) is not None:  # "DCA zone: 24.5 / 23.6 — 50% each"
        return allocations(entries, each)
    by_price: dict[Decimal, Decimal | None] = {}
    # Not an average ("Average Entry Zone: ~0.0447") nor a sizing example's "Entry: $20 (2% of capital)".
    legs = [part for part in parts if part.kind == "entry" and set(part.prices) & set(entries) and not part.restated]
    for part in legs:
        by_price.update(zip(part.prices, part.allocations, strict=True))
    if set(by_price) != set(entries):
        # "LONG parts 89 200 / 90 500 … allocation Entry 30/30/40": side entries, their shares on a line of their own
        return (share_runs.side_entry_shares(parts, entries) or volume_shares.side_stated_shares(parts, entries, text)) if not by_price else None
    if any(share is None for share in by_price.values()):  # no share beside a price: perhaps on a line of their own
        # "50% di area atas, 50% di area bawah": a share for each end of the zone (``zone_shares``).
        return (_stated_entry_shares(legs, entries, text) or _labelled_entry_shares(legs, entries, text) or zone_end_shares(text, entries)
                or level_shares.level_shares(parts, entries))  # "3455 / 3480 / 3510（第一档40%，第二档30%，第三档30%）"
    # "Primary Entry (2% capital): 0.0442 / DCA Entry (2% capital): 0.0452": each leg's share of the account.
    of_capital = all(_OF_CAPITAL.search(part.content.split("\n")[0]) for part in legs)
    return allocations(entries, [by_price[price] for price in entries], of_capital)


def _stated_entry_shares(legs: list[sec.Section], entries: list[Decimal], text: str) -> list[Decimal] | None:
    """"Masuk: 5,95 / 6,05 / 6,15 … Alokasi entry 30% / 30% / 40%": one share per entry, in the order the
    entries were written, put back in the ascending order of ``entries``."""
    written = [price for part in legs for price in part.prices]
    shares = allocation_lines.stated_shares(text, "entry") or entry_split.ratio_shares(text, len(written))  # "Entry (50:50):"
    shares = shares or counted_shares.respective_shares(text, "entry", len(written)) or entry_split.run_under_entries(text, written)  # "(respectively 60/40%)", "(capital 30% - 30% - 40%)"
    if sorted(written) != entries or shares is None or len(set(written)) != len(written):
        return None
    fractions = allocations(written, list(shares))
    return [dict(zip(written, fractions, strict=True))[price] for price in entries] if fractions else None


def _labelled_entry_shares(legs: list[sec.Section], entries: list[Decimal], text: str) -> list[Decimal] | None:
    """"Entry 0.8420 / DCA 0.8050 … Entry half, DCA half": one priced leg per label, its share by that label."""
    if any(len(part.prices) != 1 for part in legs) or sorted(part.prices[0] for part in legs) != entries:
        return None
    fractions = allocations(entries, allocation_lines.labelled_shares(text, [part.label.split()[0] for part in legs]) or [])
    by_price = dict(zip([part.prices[0] for part in legs], fractions, strict=True)) if fractions else {}
    return [by_price[price] for price in entries] if by_price else None


# "Two buys, half each:", "3 entries, 33% each", "Entry 3.72 / 3.58 (half each)": the entries' orders split evenly.
_EVEN_ENTRIES = re.compile(r"\b(?:buys|entry|entries|orders|entry orders|legs)\b(?:(?:(?!\b(?:tp|target|sl|stop)\b)[^\n%]){0,40}?[ ,(])?[ ,:]{0,3}(?P<share>half|[0-9]{1,2}(?:\.[0-9]{1,2})?[ ]?%)[ ]{1,2}each\b", re.I)


def _even_entry_shares(text: str, entries: list[Decimal]) -> list[Decimal] | None:
    match = _EVEN_ENTRIES.search(text) or share_each_entry(text)  # "half on each entry" (``each_entry``)
    if len(entries) < 2:
        return None
    if not match:  # "每档 1/3 仓位", "1/3 on each entry": the fraction each entry takes
        fractions = entry_split.fraction_each(text, len(entries))
        return allocations(entries, fractions) if fractions else None
    each = Decimal(50) if match["share"].lower() == "half" else Decimal(match["share"].strip("% "))
    return allocations(entries, entry_split.even_shares(each, len(entries)))  # "33% each" of three: thirds


# "2% capital", "1% of the balance", "1% do capital", "1% del capital": a short word may join the share to the account.
_OF_CAPITAL = re.compile(rf"%[ ]{{0,4}}(?:[^\W\d_]{{1,3}}[ ]{{1,2}}){{0,2}}(?:{english_pattern('capital').pattern})", re.I)
