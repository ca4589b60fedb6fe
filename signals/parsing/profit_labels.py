"""A "profit" word that labels a plan's targets.

"Lucro 1: 150,20 / Lucro 2: 153,90", "Profits: 1.20 / 1.35", "Ganancias: 0,52 - 0,56": some channels head
their targets with the word for profit (every table's "profit" role, canonical "Profit") where others write
"Target". Only a label at a line's start counts, numbered or over two or more prices, with no percentage,
sign or currency on its line: "Lucro de 30% no alvo 1", "Profit: +12%", "Profit: 1,250 USDT" (a result) and
"Take Profit 1: …" (already a target's label) stay as they are.
"""
from __future__ import annotations

import re

_LABEL = re.compile(
    r"^(?P<lead>[^\w\n]{0,6})Profits?(?P<index>[ ]?[1-9](?![0-9.,]))?(?P<colon>[ ]{0,2}[:=\-]?[ ]{0,3})(?=[0-9])(?P<rest>[^\n]*)$",
    re.M | re.I,
)
# A result's figures, not a price: a share, a signed gain, a currency amount.
_RESULT = re.compile(r"[%+$]|\b(?:usdt|usd|usdc|busd|R)\b", re.I)
# "1.20 / 1.35", "0.52 - 0.56", "3.10, 3.45": two prices or more.
_TWO_PRICES = re.compile(r"[0-9][0-9.,]{0,20}[ ]{0,2}[/,\-|][ ]{0,2}[0-9]")


def profit_as_target(text: str) -> str:
    """"Profit 1: 150.20" → "Target 1: 150.20" where the word labels a plan's prices."""
    return _LABEL.sub(_relabel, text)


def _relabel(match: re.Match[str]) -> str:
    rest = match.group("rest")
    if _RESULT.search(rest) or not (match.group("index") or _TWO_PRICES.search(rest)):
        return match.group()
    return f"{match.group('lead')}Target{match.group('index') or ''}{match.group('colon')}{rest}"
