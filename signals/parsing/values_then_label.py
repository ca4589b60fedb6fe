"""Prices written before their role's word: "14.20 – 14.55 → buy zone", "0,9390 zarar kes", "92,40 giriş | 96,10 stop".

Many channels, in every language, put a plan's values first and name their role after them, as a
line ("1,0640 - 1,1200 - 1,1850 hedefler") or as one " | "-separated segment of a one-line call
("AAVE SHORT | 92,40 giriş | 96,10 stop | 88,50 / 85,00 tp"). Read on the canonical text, after
``canonicalise`` turned each language's word into its English role, such a line or segment says what
"role: prices" says, so it is rewritten that way and the section grammar reads it as it reads any
label. ``text._label_first`` already reads "146 / 150 - targets"; this adds an arrow or no mark at all
between the prices and the word, and the segments of a " | " line.

Only prices may stand before the word (a lone count as in "12 targets" is no price), and the
word must end its line or segment, so "stop at 1.2 after 2 targets" and running prose stay as they are.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import en

_ROLES = ("entry", "stop", "target")


@lru_cache(maxsize=1)
def _shape() -> re.Pattern[str]:
    words = sorted({w for role in _ROLES for w in en.WORDS[role]} | {"entry zone"}, key=len, reverse=True)
    label = "|".join(re.escape(w) for w in words)
    # Possessive runs: each part takes what it can and never gives back, so a long line costs its length.
    # A target's index stays with its label: "102.500 alvo 1" is "Target 1: 102500".
    return re.compile(
        r"(?P<lead>[^\w$.]{0,8}+)(?P<prices>[$0-9][0-9.,]*+(?:[ ]{0,3}+[/~-]?[ ]{0,3}+[$0-9][0-9.,]*+)*+)"
        r"[ ]{0,3}(?:[-:=>→—▸»]{1,2}[ ]{0,3})?"
        r"(?P<label>(?:BUY |SELL )?(?:%s)s?(?:[ ]{0,2}#?[1-9][0-9]?)?)[ ]{0,3}[.!:]?[ ]{0,3}" % label,
        re.I,
    )


# Prices, as opposed to a count ("12 targets"): a decimal, three digits or more, or a list of numbers.
_PRICE = re.compile(r"[0-9][.,][0-9]|[0-9]{3}|[0-9][ ]{0,3}[/~-][ ]{0,3}[$]?[0-9]")


def _relabelled(part: str) -> str | None:
    match = _shape().fullmatch(part)
    if not match or not _PRICE.search(match.group("prices")):
        return None
    return f"{match.group('lead')}{match.group('label')}: {match.group('prices').strip()}"


def values_then_label(text: str) -> str:
    """Each line, or each " | " segment of a line, of prices then a role's word, rewritten "role: prices"."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        whole = _relabelled(line)
        if whole is not None:
            lines[number] = whole
            continue
        if " | " not in line:
            continue
        parts = line.split(" | ")
        read = [_relabelled(part.strip()) for part in parts]
        if any(read):
            # One segment per line, so each label's prices end where its segment does.
            lines[number] = "\n".join(new if new is not None else part.strip() for new, part in zip(read, parts))
    return "\n".join(lines)


# English label words some templates use for the usual roles ("Trigger ▸ 24.85", "Exits ▸ 23.40 | 22.10",
# "Gearing ▸ 5x", "Wallet ▸ Cross"), renamed to the words the section grammar reads. Only opening a line
# and right before a mark and a value of the role's kind: "the trigger was news" or "exits early" in a
# sentence stay prose.
_MARK = r"[ ]{0,3}[:▸►»=→>-]{1,2}[ ]{0,3}"
_LINE_LABELS = (
    (re.compile(r"(?m)^([^\w\n]{0,8}+)(?:trigger(?:[ ](?:price|zone|level))?|activation(?:[ ]price)?)(?=%s[$]?[0-9])" % _MARK, re.I), "Entry"),
    (re.compile(r"(?m)^([^\w\n]{0,8}+)(?:exits|exit[ ]targets|objectives?)(?=%s[$]?[0-9])" % _MARK, re.I), "Targets"),
    (re.compile(r"(?m)^([^\w\n]{0,8}+)gearing(?=%s[x×]?[0-9])" % _MARK, re.I), "Leverage"),
    (re.compile(r"(?m)^([^\w\n]{0,8}+)(?:wallet|wallet[ ]mode|margin[ ]type)(?=%s(?:cross|isolated)\b)" % _MARK, re.I), "Margin"),
)
# "Bias ▸ Bearish": a template's side field, the whole line; "BTC bias is bearish today" in prose is commentary.
_BIAS_LINE = re.compile(r"(?m)^([^\w\n]{0,8}+)(?:trade[ ])?bias%s(?:(bearish)|bullish)[ ]{0,3}[^\w\n]{0,4}$" % _MARK, re.I)


def renamed_labels(text: str) -> str:
    """The unusual English names of entry, targets, leverage, margin and side written the usual way."""
    for pattern, word in _LINE_LABELS:
        text = pattern.sub(lambda m, word=word: f"{m.group(1)}{word}", text)
    return _BIAS_LINE.sub(lambda m: f"{m.group(1)}{'SHORT' if m.group(2) else 'LONG'}", text)
