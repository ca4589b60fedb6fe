"""Reading the prices on one line of a section, up to the first word that is prose.

Filler words ("around", "zone", "below" …), the pair's own name, timeframes and tags are read
past; percentages, leverage and list numbering are not prices; an unsigned percentage right after
a price is kept beside it as a possible allocation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

from .tokens import TOKEN_PATTERNS, to_decimal
from .vocabulary import attach_words, english_pattern, table_pattern

# "long on hype rn around 24.8": chat's "rn" (right now) between a pair and its price, as "here" is.
# "looking to short the 2.18-2.24 retest", "long into 0.52": an article or "into" before the price, as "a" and "at" are.
# "PEOPLE short bro 0.0412", "long bhai 142": how a chat addresses its readers (Hinglish too), between the side and its price.
# "new ETH short boys lol 3,412-3,448": the chat's laugh sits there as its greeting does.
# "Entry: retest 14.20", "khi retest 24,60" (when): the retest a conditional entry waits for, as "breakout" is.
# "SOL plan: 148.20 - 151.60 LONG", "SOL için plan: …" (every table's "plan" row): a heading word after the pair, as "setup" is.
# "Entry: in the range 24.10 to 24.85", "within 0.52 - 0.54": the zone's preposition, as "at" is.
# "Entry: any price between 2.150 and 2.230": "any" before "price", the zone itself.
FILLER = frozenset(
    """
    any at around about approx approximately near below under above over or to from between and when in within
    price prices zone area range level levels limit order orders point points use only close
    closing closes candle candles daily weekly monthly hour hours if on is are setup set up plan scalp value usdt usd here
    busd usdc perp spot futures breakout break breaks breakdown of a rn the into bro bros guys fam bhai
    boys lads fellas folks frens lol lmao haha retest retesting
    """.split()
)
_TIMEFRAME_WORD = re.compile(r"[hdwm][0-9]{1,2}", re.I)


def starts_with_number(line: str) -> bool:
    """A continuation line: its first character that is a letter or digit is a digit."""
    for position, char in enumerate(line):
        if char.isdigit() or (char == "." and line[position + 1: position + 2].isdigit()):
            return True
        if char.isalpha():
            return False
    return True


@dataclass
class PriceItem:
    price: Decimal
    end: int  # where the price ends on its line
    allocation: Decimal | None = None  # "0.45 (25%)", "2430 - 20%", Turkish "3200 (%25)"


def read_line(line: str, decimal_comma: bool, symbol_words: set[str]) -> tuple[list[Decimal], bool]:
    items, wordy = read_items(line, decimal_comma, symbol_words)
    return [item.price for item in items], wordy


# "0.7652 (平30%)", "2.10 (close 30%)", "1.2 (30% of the position)": a bracket holding words and
# one unsigned percentage notes the share to take at the price before it; its words are no prose.
_ALLOCATION_NOTE = re.compile(
    r"\([^()\d\n+-]{1,16}?([0-9]{1,3}(?:[.,][0-9]{1,2})?[ ]?%)[ ]{0,2}\)"
    r"|\(([0-9]{1,3}(?:[.,][0-9]{1,2})?[ ]?%)[^()\d\n]{1,24}\)"
)


# "Target price 3 = 3926 - 270 = 3656", "head height x 1.618 = 270": a sum worked out on a line is
# analysis; none of its numbers is a price to trade. Not "TP1 = 3656" nor an arrow ("100 - 120 => …").
# "Entry - Target = $249.67 - $230.00 = $19.67": the sum's figures may carry their currency.
_CALCULATION = re.compile(r"[\w)][ ]{0,2}[-+x×*/][ ]{0,2}[$]?[0-9][0-9.,]*[ ]{0,2}=(?![>=])")


# "TP1: 3656 (0.618 retracement)", "0.52 (0.47 for a wick)": a bracket of words after a price notes
# why or what if; the numbers in it are no prices. "0.5 (or 0.48)" offers another price. A bot's
# square brackets note the same way: "TP: 2647.79 [82.1 Pips]", "Entry: 2656.00 [Lots: 2.50]".
_PRICE_NOTE = re.compile(r"(?<=[0-9$])[ ]{0,3}(?:\(([^()\n]*[0-9][^()\n]*)\)|\[([^\[\]\n]*[0-9][^\[\]\n]*)\])")


# "TP1: 0.57 R:R", "TP2 → 1.8 RR": a reward-to-risk ratio restated per target; the number is no price.
# "To TP3: ~1:1.8": a ratio written with a colon between two numbers, never a price.
_RATIO = re.compile(
    r"(?<![\w.,])[0-9]{1,3}(?:[.,][0-9]{1,2})?[ ]{0,2}(?:R[ ]?[:/][ ]?R|RR)(?![^\W\d_])"
    r"|(?<![\w.,:])[0-9]{1,3}(?:[.,][0-9]{1,2})?:[0-9]{1,3}(?:[.,][0-9]{1,2})?(?![0-9.,:])",
    re.I,
)


def without_notes(line: str, symbol_words: set[str] = frozenset()) -> str:
    """The line with each bracketed note after a price a word ("note"), and none of a calculation."""
    if _CALCULATION.search(line):
        return ""
    line = _RATIO.sub(" ratio ", line)
    return _PRICE_NOTE.sub(lambda m: " note " if _is_prose(m.group(1) or m.group(2), symbol_words) else m.group(), line)


def _is_prose(note: str, symbol_words: set[str]) -> bool:
    words = re.findall(r"[^\W\d_]{2,}", note)
    # "3335 (in parts: 3335 / 3310 / 3290)", "（分批：…）": a bracket naming a ladder lists its legs.
    ladder = english_pattern("parts").fullmatch
    return any(w.lower() not in FILLER and w.upper() not in symbol_words and not ladder(w) for w in words)


def read_items(line: str, decimal_comma: bool, symbol_words: set[str]) -> tuple[list[PriceItem], bool]:
    """The prices on one line, up to the first word that is neither filler nor the pair.

    Dropped: percentages ("20%", and "25" in "25-30%"), leverage ("10x", and "5" in "5-10x"),
    timeframes ("4H"), list numbering ("1)"), references ("(2)") and "#1214". An unsigned
    percentage right after a price is kept beside it as a possible allocation; a signed one
    ("+4%") is a profit figure.
    """
    items: list[PriceItem] = []
    # "50% at 0.0118 and 50% at 0.0115": a line whose first figure is a share writes each share before its price.
    leading_share: Decimal | None = None
    shares_lead = aside = False  # ``aside``: a word may follow a percentage written before the first price
    if _CALCULATION.search(line):
        return items, True
    line = without_notes(_attached(_joins_between_prices(_ALLOCATION_NOTE.sub(r"(\1\2)", line))), symbol_words)
    for token in TOKEN_PATTERNS[decimal_comma].finditer(line):
        kind, raw = token.lastgroup, token.group()
        if kind == "word":
            if _is_filler(raw, line, token.start(), symbol_words):
                continue
            if not items and raw.isalpha() and (aside or _PERCENT_AHEAD.match(line, token.end())):
                aside = False  # "İlk hedef %18 yukarısı 2.26", "TP1 上涨18% 2.26": a gain's word before the price
                continue
            return items, True
        if kind == "num":
            if raw.isdigit() and int(raw) <= 20 and is_count(line, token.end()):
                continue  # "LONG 3 orders", "compra em 3 ordens": how many orders, not a price
            if is_distance(line, token.end()):
                continue  # "TP1: 197.950 — 50 pips", "SL 30 пунктов": how far, not where
            value = to_decimal(raw, decimal_comma)
            if value is not None and value > 0:
                items.append(PriceItem(value, token.end(), leading_share))
                leading_share = None
        elif kind in ("pct", "lev"):
            gap = line[items[-1].end: token.start()] if items else ""
            aside = kind == "pct" and not items
            if items and _is_range_low(kind, gap, raw, items[-1].price, decimal_comma):
                items.pop()
            elif kind == "pct" and (shares_lead or not items) and raw[:1] not in "+-":
                shares_lead, leading_share = True, _leading_value(raw, decimal_comma)
            elif kind == "pct" and items and items[-1].allocation is None and _is_allocation(gap, raw):
                items[-1].allocation = _leading_value(raw, decimal_comma)
    return items, False


# A percentage right after a word ("上涨18%", "rise +18%"): the word tells the gain, no prose ending the line.
_PERCENT_AHEAD = re.compile(r"[ ]{0,3}(?:[+\-]?[0-9]{1,3}(?:[.,][0-9]{1,2})?[ ]{0,2}%|%[ ]?[0-9]{1,3})")
_PRICE_AFTER_JOIN = re.compile(r"[ ]{1,3}[$]?\.?[0-9]")
# "看到5.10和5.50" (look to 5.10 and 5.50): Chinese writes its join between two prices without spaces.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_GLUED_JOIN = {False: (_PRICE_AFTER_JOIN, r"[0-9][ ,]{1,3}$"), True: (re.compile(r"[ ]{0,3}[$]?\.?[0-9]"), r"[0-9][ ,]{0,3}$")}


# "18.40 first, then 19.60": the first of a list said after its price, before the join to the next.
_FIRST_BEFORE_JOIN = re.compile(r"(?<=[0-9])[ ]{1,3}first(?=[ ,]{1,3}(?:then|and)[ ]{1,3}[$]?\.?[0-9])", re.I)


def _joins_between_prices(line: str) -> str:
    """"tp 0,85 y 0,9", "1,95 rồi 1,82", "15.5 و 16.8": a joining word of any table between two
    prices lists them; elsewhere ("y luego", "and then move SL") it stays prose."""
    line = _ordinals_between_prices(_FIRST_BEFORE_JOIN.sub(",", line))
    def joined(match: re.Match) -> str:
        before = line[max(0, match.start() - 4): match.start()]
        price_after, price_before = _GLUED_JOIN[_HAN.search(match.group()) is not None]
        after = price_after.match(line, match.end())
        return " " * len(match.group()) if after and re.search(price_before, before) else match.group()

    return table_pattern("JOINS").sub(joined, line)


# "3,340 and the second is 3,480", "3340, вторая — 3480", "3.340 e o segundo 3.480" (canonical by now:
# every table's ordinal reads "second"/"third"): an ordinal standing for the next item of the list,
# with an article, a copula or "at" around it, between two prices.
_ORDINAL_BEFORE_PRICE = re.compile(
    r"(?<![^\W\d_])(?:second|third|fourth|fifth|2nd|3rd|4th|5th)(?:[ ]{1,3}one)?(?![^\W\d_])"
    r"(?=(?:[ ]{1,3}(?:the|is|at|will[ ]be|be|around|near|about|of|to))*[ ]{0,3}[-:=]?[ ]{0,3}[$]?\.?[0-9])",
    re.I,
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+|&)[ ,;]*$")


def _ordinals_between_prices(line: str) -> str:
    """The ordinal of a list said between two of its prices is read past, as a join is; only fillers
    and joins ("and the", "и", "y el") may stand between it and the price before. "second entry at
    3100", "the second half", "2nd target 3480" stay what they are."""
    def listed(match: re.Match) -> str:
        before = line[max(0, match.start() - 30): match.start()]
        for _ in range(4):
            word = _WORD_BEFORE.search(before)
            if word is None or not (word.group(1).lower() in FILLER or table_pattern("JOINS").fullmatch(word.group(1))):
                break
            before = before[: word.start()]
        return " " * len(match.group()) if re.search(r"[0-9][ ,;]*$", before) else match.group()

    return _ORDINAL_BEFORE_PRICE.sub(listed, line)


def _is_allocation(gap: str, raw: str) -> bool:
    """"0.45 (25%)", "2430 - 20%", "0.45 | 25%": only brackets, dashes and bars between."""
    return raw[:1] not in "+-" and re.fullmatch(r"[ ]{0,3}[-(|:/][ ]{0,3}\(?[ ]{0,2}|[ ]{1,3}", gap) is not None


def _is_range_low(kind: str, gap: str, raw: str, low: Decimal, decimal_comma: bool) -> bool:
    """Whether the price just read is the low end of "5-10x" / "3- 8X" or of "25-30%".

    An allocation after a target ("0.0013 - 12.5%", "2409- 20%") is not a range: only a tight
    dash makes a percentage range, and its low end sits below its high end (or at it: "25-25%").
    """
    gap += raw[:1] if raw.startswith("-") else ""
    if kind == "lev":
        # "tp 185.9 / 184 - 50x iso": a last target before the leverage is no range's low end.
        # "stop 0.0366 — 12.5x": a low end under 1 is no leverage, so the figure before the dash stays a price.
        return re.fullmatch(r"[ ]{0,2}-[ ]{0,2}", gap) is not None and 1 <= low < _leading_value(raw, decimal_comma)
    # "TP2 aur TP3 pe 25-25%" (25% each, Hindi repeats a share said of each): a tight dash between equal
    # figures closed by "%" is a share, its first figure no price.
    return gap == "-" and low <= _leading_value(raw, decimal_comma)


def _leading_value(raw: str, decimal_comma: bool) -> Decimal:
    match = re.search(r"[0-9.,]+", raw)
    value = to_decimal(match.group().strip(".,"), decimal_comma) if match else None
    return value if value is not None else Decimal(0)


def is_count(line: str, end: int) -> bool:
    """Whether a count word ("parts", "orders", "ordens", "phần") follows the number ending at ``end``."""
    gap = len(line) - len(line[end:].lstrip(" ")) - end
    return 0 < gap <= 2 and english_pattern("parts").match(line, end + gap) is not None


def is_distance(line: str, end: int) -> bool:
    """Whether a distance word ("pips", "points", "пунктов", "个点", "نقطة") follows the number ending at
    ``end``: "197.950 — 50 pips" and "SL 30 pts" give how far from a price, never a price. A bracket
    around it ("(50 pips)") is a note already (``_PRICE_NOTE``); this reads it said after a dash or bare."""
    gap = len(line) - len(line[end:].lstrip(" ")) - end
    return gap <= 2 and english_pattern("distance").match(line, end + gap) is not None


_PRICE_NEXT = re.compile(r"[ ]{1,3}[$]?\.?[0-9]")


def _attached(line: str) -> str:
    """"sl di atas 286" (the stop above 286), "di harga 2,48": a phrase of a table's words for "at" right
    before a price ties it to its label, though the rest of its language went unrecognised."""
    return _attach_phrases().sub(lambda m: " " * len(m.group()), line)


@lru_cache(maxsize=1)
def _attach_phrases() -> re.Pattern:
    phrases = sorted((w for w in attach_words() if " " in w), key=len, reverse=True)
    spelled = "|".join("[ ]{1,3}".join(map(re.escape, p.split())) for p in phrases) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{spelled})(?={_PRICE_NEXT.pattern})", re.I)


# "Open SHORT for the price between $22022- $22147": the words leading to "price" before it, as "at" is.
_TO_PRICE_WORD = re.compile(r"(?:[ ]{1,3}the)?[ ]{1,3}prices?\b", re.I)


def _is_filler(word: str, line: str, start: int, symbol_words: set[str]) -> bool:
    lowered = word.lower()
    if lowered in ("for", "the") and _TO_PRICE_WORD.match(line, start + len(word)):
        return True
    if lowered in FILLER or english_pattern("parts").fullmatch(word) or english_pattern("distance").fullmatch(word) or _TIMEFRAME_WORD.fullmatch(word) or word.upper() in symbol_words:
        return True
    if lowered in attach_words() and _PRICE_NEXT.match(line, start + len(word)):
        return True  # "ETH short di 3420" in a message whose Indonesian went unrecognised
    if len(word) <= 3 and start >= 2 and line[start - 1] in "'’" and line[start - 2].isdigit():
        return True  # "2,31'den, 2,24'ten" (from 2.31, from 2.24): a Turkish case ending glued to the price
    return start > 0 and line[start - 1] in "#$"  # "#LINK", "$ETH": tags are not prose
