"""Leverage and margin mode, read line by line from a message."""
from __future__ import annotations

import re
from decimal import Decimal

from . import cjk_clauses
from .percent_asides import without_percent_notes, without_share_runs
from .vocabulary import english_pattern

LEV_KEY = re.compile(r"\blev(?:erage|arage|erge|rage)?\b|\blvg\b", re.I)
# "10x", "10.0X", "x10"; an x followed by a letter or digit is something else ("0x5f", "xrp").
# "12,5x", "x12,5" have a decimal comma; "10,20x" lists two values.
_LEV_X = re.compile(
    r"(?<![0-9.])([0-9]{1,3}(?:\.[0-9]+|,[0-9](?![0-9]))?)[ ]{0,2}x(?![a-z0-9])"
    r"|(?<![a-z0-9])x[ ]{0,2}([0-9]{1,3}(?:\.[0-9]+|,[0-9](?![0-9]))?)(?![0-9]|\.[0-9])",  # "Cross x3." ends a sentence
    re.I,
)
# "5-10x", "5~10x" (Chinese channels), "5 to 10x": the range's low end.
_LEV_RANGE_LOW = re.compile(
    r"(?<![0-9.])([0-9]{1,3})[ ]{0,2}(?:-|~|to)[ ]{0,2}(?=[0-9]{1,3}(?:\.[0-9]+)?[ ]{0,2}x(?![a-z0-9]))", re.I
)
# "head height x 1.618 = 270" multiplies; "liquidation of 1.8x leveraged contracts", "100x leveraged longs"
# describe the market's positions; "Approximately 2.5x reward compared to the risk" measures a target's
# reward: none is this trade's leverage.
_NOT_OURS = re.compile(r"[ ]{0,2}=(?![>=])|[ ]{1,2}leveraged[ ]{1,2}[^\W\d_]+s\b|[ ]{1,2}(?:the[ ]{1,2})?(?:rewards?|risk)\b", re.I)
# "50x मत लगाना, 10x काफी है" (don't use 50x, 10x is enough), "50x mat lagao": a leverage refused, its "don't"
# right after it. Not "15x se zyada mat lagana" (not more than 15x), where the value is the cap.
# "triggers 2.0x leverage contract liquidation", "10x 合约爆仓" ("10x contracts liquidated"): a leverage whose clause goes on
# to a liquidation tells of positions the market wipes out.
_LIQUIDATED = re.compile(rf"[^,.;:\n]{{0,30}}?(?:{english_pattern('liquidation').pattern})", re.I)
_REFUSED = re.compile(r"[ ]{0,2}(?:मत|mat|nahi|नहीं)(?![^\W\d_])", re.I)
# "(DCA 2x, 50/50)", "DCA x3", "2x DCA": a multiple beside DCA counts the averaging orders (every table's
# averaging-down word is canonical "DCA"), never this trade's leverage. Only DCA: "Cross25X  Entries: 2.04"
# is a leverage before the next label.
_COUNT_BEFORE = re.compile(r"\bdca[ :]{0,3}$", re.I)
_COUNT_AFTER = re.compile(r"[ ]?dca\b", re.I)
_LEV_GAP = re.compile(r"[ ,/|&-]{0,6}(?:or|to)?[ ,/|&-]{0,6}", re.I)
# "Leverage 20", "Плечо 20, кросс" ("Leverage 20, Cross"): a bare number right after the leverage
# word is the leverage; a list comma or a full stop ("Плечо 7.") may follow it, a decimal part ("20,5") may not.
# The margin mode may come between ("اهرم: کراس ۱۲", "Leverage: Cross 12").
_LEV_BARE = re.compile(
    r"(?:lev(?:erage)?|lvg)\W{0,4}(?:(?:cross|isolated|iso)\W{0,4})?"
    r"([0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9%x]|[.,][0-9])",
    re.I,
)
# "MOODENG LONG (20 leverage cross)", "use 10 leverage": the number before the leverage word.
_LEV_BEFORE = re.compile(r"(?:^|[(,|/]|\buse|\bwith)[ ]{0,2}([0-9]{1,3})[ ]{1,2}(?:lev(?:erage)?|lvg)\b", re.I)
# "Bearish Volume Spike (5.2x avg)", "Hacim normal hacmin 5.2 KATI arttı" ("volume rose 5.2 times its
# normal"), "объём вырос в 3 раза": a multiple of the volume measures the market, not this trade's leverage.
_VOLUME = re.compile(r"\b(?:vol(?:ume|umen)?|avg|average|hacim|hacmi|hacmin|объ[её]м\w{0,3})\b|成交量|量能", re.I)
_LEV_ALONE = re.compile(r"\W{0,6}x?[0-9.]{1,5}x?\W{0,6}", re.I)
_SENTENCE_END = re.compile(r"[.!?](?![0-9])")
# A list comma or semicolon followed by a space ends a clause; "2,5x" keeps its decimal comma.
_CLAUSE_END = re.compile(r"[,;][ ]")
# "20x iso": traders shorten isolated margin to "iso".
_MARGIN = re.compile(r"\b(cross|isolated|iso)(?=\b|[0-9])", re.I)


def leverage(text: str) -> int | Decimal | None:
    """"Leverage: 10x", "Lev 5-10x" (→ 5), "Cross 20x", "x10", "12.5x" (→ 12.5); the lowest of a
    range or list. Whole values are ints, as they always were; a decimal one stays Decimal.

    A line naming leverage wins; else an "10x" / "x10" anywhere except on profit lines
    ("27.7% Profit (10x)") and sizing advice with "%".
    """
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if LEV_KEY.search(line):
            # "Spot only, no leverage. A 2x from here is very possible": a multiple in a sentence after a
            # refusal of leverage is the gain hoped for; "sem alavancagem alta, só 5x" (no high leverage,
            # only 5x) and "Leverage 5x, no leverage for beginners" keep theirs.
            refusal = english_pattern("no_leverage").search(line)
            sentence_end = _SENTENCE_END.search(line, refusal.end()) if refusal else None
            line = line[: sentence_end.start()] if sentence_end else line
            if refusal:
                line = _sentences_naming_leverage(line)
            found = _lev_numbers(line) or [Decimal(m) for m in _LEV_BARE.findall(line) or _LEV_BEFORE.findall(line)]
            if not found and number + 1 < len(lines) and _LEV_ALONE.fullmatch(lines[number + 1].strip()):
                found = _lev_numbers(lines[number + 1])  # "Leverage:" with "10x" on the next line
            if found:
                return _sane_leverage(min(found))
            if refusal:
                return None  # "Không dùng đòn bẩy" (no leverage): an "x1.5" elsewhere is a gain, not a leverage
    for line in lines:
        if re.search(r"profit", line, re.I):
            continue
        # Only the clause naming the volume measures the market: "Cross x3. Volume on entries 30/30/40" keeps its x3,
        # and so does "x25 nhé ae, vol nhỏ thôi" (x25, guys, keep the size small), its volume a clause of its own.
        line = ". ".join(
            ", ".join(clause for clause in _CLAUSE_END.split(sentence) if not _VOLUME.search(clause))
            for sentence in _SENTENCE_END.split(line)
        )
        found = _lev_numbers(_without_percent_clauses(line))
        if found:
            return _sane_leverage(min(found))
    return None


def _sentences_naming_leverage(line: str) -> str:
    """The sentences of a line that name leverage. Beside a refusal ("this chart did 3x last cycle lol.
    no lev, spot only") a multiple in a sentence of its own is a gain the chart made; "Lev 10x. No lev
    for newbies" keeps its 10x, named in its sentence."""
    return ". ".join(sentence for sentence in _SENTENCE_END.split(line) if LEV_KEY.search(sentence))


def _without_percent_clauses(line: str) -> str:
    """"risk 1%, 15x", "tp1 1.92 (50%), sl 1.76, 8x", "stop 5% below entry. 3x.": the clauses and
    sentences of a line that hold no percentage.
    A leverage in the same clause as one ("+45% (10x)", "3% of balance at 10x") scales a gain or a size."""
    line = cjk_clauses.comma_separated(line)  # "20倍全仓 仓位别超过本金5%": the space ends the leverage's clause
    line = without_share_runs(without_percent_notes(line))  # "0.7315 (+2.4% today) … 10x": a move noted, not a gain at 10x
    return ",".join(clause for clause in re.split(r"[,;|]|[.](?=[ ]|$)", line) if "%" not in clause)


def _lev_numbers(line: str) -> list[Decimal]:
    """The first run of leverage values on a line: "5-10x", "10x 20x", "3x/5x/10x".

    Advice after it ("5-10x (beginners 3x)") is another run and does not count.
    """
    found = [
        (m.start(), m.end(), Decimal((m.group(1) or m.group(2)).replace(",", ".")))
        for m in _LEV_X.finditer(line)
        if not (_NOT_OURS.match(line, m.end()) or _REFUSED.match(line, m.end()) or _LIQUIDATED.match(line, m.end()))
        and not (_COUNT_BEFORE.search(line[max(0, m.start() - 12): m.start()]) or _COUNT_AFTER.match(line, m.end()))
    ]
    found += [(m.start(), m.end(), Decimal(m.group(1))) for m in _LEV_RANGE_LOW.finditer(line)]
    found.sort()
    run = found[:1]
    for item in found[1:]:
        if not _LEV_GAP.fullmatch(line[run[-1][1]: item[0]]):
            break
        run.append(item)
    return [value for _, _, value in run if value >= 1]


def _sane_leverage(value: Decimal) -> int | Decimal | None:
    if not 1 <= value <= 500:
        return None
    return int(value) if value == value.to_integral_value() else value.normalize()


def margin_mode(text: str) -> str | None:
    """"cross"/"isolated" only where leverage or margin is being set, or alone on a line."""
    for line in text.split("\n"):
        match = _MARGIN.search(line)
        if not match:
            continue
        # "Mode: Isolated" (a table's "Modo:" reads "margin" by then): a mode label right before the word sets the
        # margin too; "Mode: cross your fingers" is a joke, not a margin.
        about_margin = (
            LEV_KEY.search(line) or _LEV_X.search(line) or re.search(r"margin", line, re.I)
            or re.search(r"\bmode[ ]{0,2}:?[ ]{0,2}(?:cross|isolated|iso)[ ]*$", line.strip(), re.I)
        )
        if about_margin or not re.sub(r"[\W_]|cross|isolated|iso", "", line, flags=re.I):
            return "isolated" if match.group(1).lower() == "iso" else match.group(1).lower()
    return None
