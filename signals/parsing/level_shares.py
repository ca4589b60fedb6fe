"""Shares named by the ladder's own levels after its prices: "分批进场：3455 / 3480 / 3510（第一档40%，第二档30%，
第三档30%）" ("in parts Entry: 3455 / 3480 / 3510 (Entry 40%, Entry 30%, Entry 30%)" once canonical, 档 being a
level of the entry ladder). The sections read one priced entry leg, then one bare entry label per level with
only its share; as many shares as prices give each price its share in the order written.
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import sections as sec
from .share_tokens import allocations

# A level's section: its share and the bracket or list marks around it, nothing else.
_ONLY_SHARE = re.compile(r"[\s(（]*([0-9]{1,3}(?:\.[0-9]{1,2})?)[ ]?%[\s,，、;；)）]*")


def level_shares(parts: list[sec.Section], entries: list[Decimal]) -> list[Decimal] | None:
    """The shares of the levels that follow the one priced leg holding every entry, else None."""
    for index, part in enumerate(parts):
        if part.kind != "entry" or len(part.prices) < 2 or sorted(part.prices) != entries:
            continue
        levels = parts[index + 1:index + 1 + len(part.prices)]
        found = [_ONLY_SHARE.fullmatch(level.content) if level.kind == "entry" and not level.prices else None for level in levels]
        if len(found) != len(part.prices) or not all(found):
            return None
        by_price = dict(zip(part.prices, (Decimal(match.group(1)) for match in found), strict=True))
        return allocations(entries, [by_price[price] for price in entries])
    return None
