"""Entry shares stated on their own line for entries written right after the side, all from the canonical text.

    Биток: набираю лонг лесенкой 89 200 / 90 500 / 91 800, … Объём на входы 30/30/40.
    ("… LONG parts 89 200 / 90 500 / 91 800, … allocation Entry 30/30/40." once canonical)

The volume words of every language ("Volume on entries", "Volumen por entrada", "Hacim", "仓位比例") read as
``vocabulary`` role "allocation", so their run of shares is never taken for entry prices
(``label_context.allots_share``). The entries here carry no label and no share of their own, so the side
entries' rule (``share_runs.side_entry_shares``) finds nothing; the shares the allocation line states go to
them, one per entry in the order written, when their count matches and they make up the position.
"""
from __future__ import annotations

from decimal import Decimal

from . import allocation_lines
from .share_tokens import allocations

def side_stated_shares(parts: list, entries: list[Decimal], text: str) -> list[Decimal] | None:
    """The stated entry shares of the side's entries, put in the ascending order of ``entries``."""
    for part in parts:
        written = list(part.prices)
        if part.kind != "side" or sorted(written) != entries or len(set(written)) != len(written) < 2:
            continue
        shares = allocation_lines.stated_shares(text, "entry")
        fractions = allocations(written, list(shares)) if shares and len(shares) == len(written) else None
        return [dict(zip(written, fractions, strict=True))[price] for price in entries] if fractions else None
    return None
