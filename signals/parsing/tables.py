"""A plan written as a table: a header row of labels over one row of values.

"Pair | Side | Entry | SL | TP" over "AVAX/USDT | LONG | 34.6-35.2 | 33.1 | 36.5-38-40.2" (or the
same as a markdown table, with its "|---|" rule) becomes one "label: value" line per cell, which the
section grammar reads as any labelled plan. It runs on canonical text (``vocabulary.canonicalise``),
so a header in any language ("Монета | Вход | Стоп | Цели", "交易对 | 方向 | 入场 | 止损 | 目标")
is the English one by then. A cell under a header that is no plan label ("Side", "Yön", "方向")
keeps its value alone ("LONG").

Two or more value rows under one header list several coins: no one call, so the table is left as
written and reads as nothing.
"""
from __future__ import annotations

import re

# The canonical plan labels a header cell may be; the exits and entries are the ones that make a plan.
# A target column may carry its number ("TP1 | TP2 | TP3", "Target 1"): one column per target.
_TARGETS = r"(?:targets?|tps?|take profits?)(?:[ ]?[0-9]{1,2})?"
_LABEL = re.compile(
    rf"(?:coin|pair|symbol|entry|entries|entry zone|sl|stop|stop loss|stoploss|{_TARGETS}|leverage|lev)",
    re.I,
)
_PLAN_LABEL = re.compile(rf"(?:entry|entries|entry zone|sl|stop|stop loss|stoploss|{_TARGETS})", re.I)
_TARGET_LABEL = re.compile(_TARGETS, re.I)
# "|---|:---:|": a markdown table's rule under its header.
_RULE = re.compile(r"[ ]{0,3}\|?(?:[ ]{0,3}:?-{2,}:?[ ]{0,3}\|){1,20}(?:[ ]{0,3}:?-{2,}:?[ ]{0,3})?")
# "36.5-38-40.2", "35,50 - 37,00" under a target label: a list of targets, not a range.
_TARGET_DASH = re.compile(r"(?<=[0-9])[ ]{0,2}-[ ]{0,2}(?=[$]?\.?[0-9])")


def _cells(line: str) -> list[str] | None:
    """A line's cells between "|", outer pipes of a markdown row dropped; None for no row of two or more."""
    if "|" not in line:
        return None
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    cells = [cell.strip() for cell in stripped.split("|")]
    return cells if len(cells) >= 2 else None


def _is_header(cells: list[str]) -> bool:
    """Mostly plan labels, two of them an entry's, stop's or target's ("Pair | Side | Entry | SL | TP")."""
    labels = [cell for cell in cells if _LABEL.fullmatch(cell)]
    plan = {cell[0].lower() for cell in cells if _PLAN_LABEL.fullmatch(cell)}  # "e"ntry, "s"top, "t"arget
    return 2 * len(labels) >= len(cells) and len(plan) >= 2


def _line(label: str, value: str) -> str:
    if not _LABEL.fullmatch(label):
        return value
    if _TARGET_LABEL.fullmatch(label):
        value = _TARGET_DASH.sub(" / ", value)
    return f"{label}: {value}"


def unfold_tables(text: str) -> str:
    """Each header row over exactly one value row of as many cells, rewritten as "label: value" lines."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    out, index = [], 0
    while index < len(lines):
        header = _cells(lines[index])
        if header is None or not _is_header(header):
            out.append(lines[index])
            index += 1
            continue
        after = index + 1
        if after < len(lines) and _RULE.fullmatch(lines[after]):
            after += 1
        rows = []
        while after + len(rows) < len(lines):
            cells = _cells(lines[after + len(rows)])
            if cells is None or len(cells) != len(header):
                break
            rows.append(cells)
        if len(rows) != 1:
            out.extend(lines[index: after + len(rows)])  # no value row, or several coins: no one call
        else:
            out.extend(_line(label, value) for label, value in zip(header, rows[0]) if value)
        index = after + len(rows)
    return "\n".join(out)
