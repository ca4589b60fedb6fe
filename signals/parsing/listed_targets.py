"""Targets a message lists under its entry without a label.

"Giriş Aralığı: 7,55 - 7,38 / 1️⃣ 7,21 / 2️⃣ 7,02 / 3️⃣ 6,78 / ⛔ Stop-Loss: 7,84", "Entrada: 11,42 /
1️⃣ 11,85 / 2️⃣ 12,3 / ❌ SL 10,88", "شراء NEAR عند اختراق 5.64 / ① 5.92 / ② 6.25 / وقف: 5.31": the lines
under the entry count on from it away from the stop, which is where targets lie. A ladder of entries
runs from the first entry toward the stop, so the prices decide which list it is.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .line_prices import read_line, starts_with_number

# "TP1 gelince stopu girişe çekin" ("when TP1 comes, move the stop to entry"): a target label with
# only its number names a target of the list, and gives none of its own.
_INDEX = re.compile(r"[ ]{0,3}#?[ ]{0,2}[0-9]{1,2}(?![0-9]|[.,][0-9])")


def listed_targets(sections, decimal_comma: bool, symbol_words: set[str]) -> tuple[int, str, str] | None:
    """Where the entry's own line ends and its listed targets begin: (the section's position, its
    first line, the lines after it), or None. Only in a message whose target labels give no price,
    for at least two listed prices that all lie beyond the entry's prices on the far side from the stop."""
    if any(_priced_target(section, decimal_comma, symbol_words) for section in sections):
        return None
    stop = _stop(sections, decimal_comma, symbol_words)
    if stop is None:
        return None
    for position, section in enumerate(sections):
        if section.kind not in ("entry", "side", "anchor"):
            continue
        first, _, rest = section.content.partition("\n")
        entries = read_line(first, decimal_comma, symbol_words)[0]
        if not entries:
            continue
        listed = _listed(rest, decimal_comma, symbol_words)
        beyond = (
            all(price > max(entries) for price in listed) if stop < min(entries)
            else stop > max(entries) and all(price < min(entries) for price in listed)
        )
        return (position, first, rest) if len(listed) >= 2 and beyond else None
    return None


def _priced_target(section, decimal_comma: bool, symbol_words: set[str]) -> bool:
    if section.kind != "tp":
        return False
    first = section.content.split("\n")[0]
    index = _INDEX.match(first)
    return bool(read_line(first[index.end():] if index else first, decimal_comma, symbol_words)[0])


def _stop(sections, decimal_comma: bool, symbol_words: set[str]) -> Decimal | None:
    for section in sections:
        if section.kind == "sl":
            prices = read_line(section.content.split("\n")[0], decimal_comma, symbol_words)[0]
            return prices[0] if prices else None
    return None


def _listed(rest: str, decimal_comma: bool, symbol_words: set[str]) -> list[Decimal]:
    """The prices of the lines that open with a number, up to the first line that does not."""
    prices: list[Decimal] = []
    for line in rest.split("\n"):
        if not line.strip():
            continue
        if not starts_with_number(line):
            break
        prices += read_line(line, decimal_comma, symbol_words)[0]
    return prices
