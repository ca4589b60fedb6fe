"""Cutting a message into labelled sections and reading the prices each one holds.

A section runs from one label ("Entry", "Targets", "SL", "Leverage", "Long", a mention of the pair
…) to the next. Its prices are read on the label's own line, then on the following lines for as
long as they start with a number (ladders over several lines, "1) 0.4527" lists, "🎯 2470"). A line
stops being read at the first word that is not filler ("around", "below", "zone" …), so prose
after a label ("Stop loss - Just trade with 3 to 5% …") never lends it a number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from . import label_context
from . import share_notes
from .rule_labels import moved_to
from .line_prices import read_items, read_line, starts_with_number
from .listed_targets import listed_targets
from .symbols import SymbolMention
from .vocabulary import english_pattern

# "SL", "S/L", "stop loss", "stoplosses", "stops" in running text: the stop's spellings that ``updates``,
# ``ticks`` and ``running_trades`` look for around a price.
STOP_WORD = r"(?:sl|s/l|stop[ -]?loss(?:es)?|stoploss(?:es)?|stops?)"

# "Zone: 0.46 - 0.48" opening a line is the entry; "support zone 0.44" in a sentence is the chart.
# One-letter labels ("E: 0.52-0.50 / T: 0.55, 0.58 / S: 0.48") count only in capitals and only
# right before a colon or dash and a price: a lone letter is otherwise an initial or a unit.
# So does "Ent: 1.92" ("WIFUSDT SHORT Ent: 1,92 SL: 2,04"), the entry abbreviated, or "Ent. 0,452".
# "💎 Price: 1.199 $" opening a line is a price label, the entry when no entry is labelled
# (``signal``); "Max price: 1.286 $" in a footer is not.
# "short scalp — in 0.01184, stop …", "long in 65000 SL …": "in" after a side or a dash, before a price
# that ends its clause, is the entry; "up 5% in 2 days" is not.
# "… rejected the 0.62 wall twice. in at 0.598, stop 0.631": "in at" opening a clause, before a price, is the entry.
# "adding more at 632 if it dips": an added leg of the entry, as "adding at 632" is.
# "(bisa DCA sampai 2,19)", "(can DCA up to 2.19)": the added leg's price after "up to".
# "Entrys : 0.2145 - 0.2045": the plural misspelt, as bots' templates have it.
# "buy dips to 61k", "long the dip at 0.52", "sell rips to 3.5k": a limit order against the move, its price the entry.
# "Objectives ➜ 23.00 / 24.25": the targets.
# "… kapatıyoruz. 2. hedeften sonra" ("close. 2. Target after"): a "close" ending its sentence labels no price after it.
# "ETHUSDT Long zona 3.280-3.240": Spanish, Portuguese and Italian "zona" after a side is its zone, though the
# message's other words leave its language unrecognised and "zona" (a weak word) unread.
# "Opening price: 118.45" in a copy-trading notice ("Master trader opened a position") is the entry.
# "inv 138.9": the idea's invalidation, short, before its price. "stops above 0.0191": the plural stop, its side word before the price. "stopp 26.4": the stop with a doubled letter (a slip, and the Nordic spelling), right before its price.
# "E1: 34,50 / E2: 33,20" (entry 1, entry 2), as "T1: 36" or "T1 - 9.60" is target 1. "止损638 看668和685" (look to 668
# and 685): Chinese "看" right before a listed price, as "looking at 668 and 685"; "看0.16 0.152" lists
# them with a space, to the line's end. "TARGET1:  0.00001831", "Tgt2: 3.1", "Take Profit1: 1988": a target's index glued to its label.
_LABELS = re.compile(
    r"""
    (?P<sl>\bstop[ -]{0,2}targets?\b|\bsto[pl][ _-]{0,2}loss\b|\bstoploss\b|\bstopls\b|\bstop\b|\bstopp(?=[ ]{0,2}[:=-]?[ ]{0,3}[$]?\.?[0-9])
        |\bs/l\b|\bsl(?![a-z_])|\binvalid(?:ation)?\b|\binv\.?(?=[ ]{0,2}[:=-]?[ ]{0,3}[$]?\.?[0-9])|\bstops(?=[ ]{0,2}[:@=-]?[ ]{0,3}(?:(?:at|above|below|over|under)[ ]{1,3})?[$]?\.?[0-9])
        |\b(?:out|exit|cut)[ ]if(?:[ ]{1,2}it)?(?:[ ]{1,2}(?:loses|breaks|closes|drops|dips)(?:[ ]{1,2}(?:below|above|under|over))?)?\b|(?<!['’])\b(?-i:S)(?=[ ]{0,2}[:=-][ ]{0,3}[$]?\.?[0-9]))
  | (?P<tp>\btake[ -]{0,2}profits?(?:[ -]{0,2}targets?)?(?:\b|(?=[1-9][0-9]?[ ]{0,2}[:=)-]))|\bsell[ -]{0,2}(?:targets?|zone)\b
        |\bprofit[ -]{0,2}targets?\b|\btargets?\b|\bobjectives?\b|\b(?:target|tgt)(?=[1-9][0-9]?[ ]{0,2}[:=)-])|\btp(?:['’]?s)?(?=[ 0-9#:.)=-]|$)|\btgts?\b
        |\btakes?(?=[ ]{0,3}[0-9]?[ ]{0,3}[:=-][ ]{0,3}[$]?\.?[0-9])|\bt(?=[1-9][0-9]?(?:[ ]{0,2}[:=)]|[ ]{1,3}[$]?\.?[0-9]|[ ]{0,2}-[ ]{0,3}[$]?\.?[0-9]))
        |\b(?:exit|close)(?=[ ]{0,3}[:=-]?[ ]{0,3}(?:[$0-9]|\.[0-9]))|\blooking[ ]{1,2}(?:at|for)(?=[ ]{1,3}[$]?\.?[0-9][0-9.,]*(?:[ ]{1,3}(?:then|and|,|/)|[.,]?[ ]{0,2}$))|\b(?-i:T)(?=[ ]{0,2}[:=-][ ]{0,3}[$]?\.?[0-9])
        |(?<![^\W\d_])看(?=[ ]{0,2}[0-9][0-9.,]*(?:[ ]{0,3}(?:和|及|/|,|、)|[ ]{0,2}$|(?:[ ]{1,3}[0-9][0-9.,]*){1,5}[ ]{0,2}(?m:$))))
  | (?P<entry>\bentry(?:[ -]{0,2}(?:zone|targets?|points?|prices?|range|area|levels?))?\b|\bentr(?:ies|ys)\b
        |\benter(?:ing)?\b|\b(?:buy(?:ing)?|long|short|accumulation|bid(?:ding)?)[ -]{0,2}zon[ea]\b|\bopen(?:ing)?[ ]price\b
        |\b(?:buy(?:ing)?|accumulation)[ -]{0,2}(?:area|range)\b|\bbid(?:s|ding)?(?=[ ]{0,2}[:@]?[ ]{0,3}(?:at[ ]{1,3})?[$]?\.?[0-9]|[ ]{1,2}for[ ]{1,2}[#$]?[A-Za-z0-9]{2,15}[^\n.:]{0,12}:|[ ]{1,2}at[ ]{0,2}:)
        |\bbought(?=[ ]{1,3}(?:at[ ]{1,3}|@[ ]{0,2})?[$]?\.?[0-9])|\b(?:get|jump)[ ]{1,2}in(?=[ ]{0,3}(?:[:=@-][ ]{0,3}|(?:at|around|near)[ ]{1,3})?[$]?\.?[0-9])
        |(?:(?<=[.,;][ ])|(?<![^\n]))in(?=[ ]{1,2}(?:at[ ]{1,3}|@[ ]{0,2})[$]?\.?[0-9])
        |\b(?:buy(?:ing)?|long(?:ing)?)[ ]{1,2}(?:the[ ]{1,2})?dips?[ ]{1,2}(?:to|at|around|near|into)(?=[ ]{1,3}[$]?\.?[0-9])
        |\b(?:sell(?:ing)?|short(?:ing)?)[ ]{1,2}(?:the[ ]{1,2})?(?:rips?|bounces?|pumps?)[ ]{1,2}(?:to|at|around|near|into)(?=[ ]{1,3}[$]?\.?[0-9])
        |\b(?:ladder(?:ed)?|limit|dca|staggered)[ -]{1,2}buys\b|\bbuys(?=[ ]{0,2}:)|\bbuy[ -]{1,2}ladder\b
        |\baccumulate\b|\b(?:limit|buy)[ -]{0,2}orders?\b|(?:(?<=\bsell[ -])|(?<=\bbuy[ -]))limits\b|\borders[ ]{1,2}at(?=[ ]{0,2}:)|\blimit(?=[ ]{1,3}(?:at[ ]{1,3}|@[ ]{0,2})?[$]?\.?[0-9])|\badd(?:ing)?(?:[ ]{1,3}more)?(?=[ ]{1,3}(?:at[ ]{1,3}|@[ ]{0,2})?[$]?\.?[0-9])
        |\bdca(?:[ -]{0,2}(?:zone|levels?|entry))?\)?(?=[ ]{0,3}[0-9]?[ ]{0,3}[:=-]?[ ]{0,3}(?:(?:up[ ]{1,2})?to[ ]{1,3}|at[ ]{1,3})?[$]?\.?[0-9])
        |\b(?-i:E)(?=[1-9]?[ ]{0,2}[:=-][ ]{0,3}[$]?\.?[0-9])|\bent(?:\.(?=[ ]{0,2}[:=-]?[ ]{0,3}[$]?\.?[0-9])|(?=[ ]{0,2}[:=-][ ]{0,3}[$]?\.?[0-9]))
        |(?:(?<=[-:|,(/][ ])|(?<=[-:|,(/])|(?<=\blong[ ])|(?<=\bshort[ ])|(?<=\n)|(?<![\s\S]))in
            (?=[ ]{0,2}(?:[:@][ ]{0,2})?[ ]{0,2}[$]?\.?[0-9][0-9.,]*(?![0-9.,%])(?![ ]{0,2}(?:%|(?!(?:sl|stop|tp|targets?)\b)[^\W\d_])))
        |(?:(?<=\n)|(?<![\s\S])|(?<=\n[-•*> ]))(?:zone|range|area)(?=[ ]{0,2}:[ ]{0,3}[$]?\.?[0-9]))
  | (?P<market>\bcmp\b|\bmarket(?:[ ]price)?\b|\bcurrent[ ]price\b|\bnow\b)
  | (?P<price>(?m:^)[^\w\n]{0,6}price(?=[ ]{0,2}:[ ]{0,3}[^\w\n]{0,2}\.?[0-9]))
  | (?P<lev>\blev(?:erage|arage|erge|rage)?\b|\blvg\b)
  | (?P<side>\b(?:long|short|buy|sell|buying|selling|longing|shorting)\b)
    """,
    re.I | re.X,
)
# "long"/"short" state the side; "buy"/"sell" only where neither is written. "Sell targets" and
# "buy zone" are labels, not sides.
STRONG_SIDE = re.compile(r"(?<![\w])(long|short)(?:ing|ed)?(?![\w])", re.I)
WEAK_SIDE = re.compile(r"\b(buy|buying|sell|selling)\b(?![ -]{0,2}(?:targets?|zone)\b)", re.I)


def stated_side(text: str) -> str | None:
    """The side the words of a message state, whatever its prices say. A side refused ("not looking to
    long", "long düşünmüyoruz", the tables' "decline" rows) states none."""
    text = english_pattern("decline").sub(" ", text)
    strong = STRONG_SIDE.search(text)
    if strong:
        return strong.group(1).lower()
    weak = WEAK_SIDE.search(text)
    if weak:
        return "short" if weak.group(1).lower().startswith("sell") else "long"
    return None


_LINE_NUMBERING = re.compile(r"^[^\w$.]{0,12}[0-9]{1,2}[.)][ ]{1,4}(?=[$]?\.?[0-9])")
# "TP1, move SL …": a list comma may follow an index; a decimal comma ("TP 1,5") makes it a price.
# "TP №1" ("TP No1" once NFKC-normalised), "Target Nr. 2", "TP N°3": a number sign before the index.
_INDEX = re.compile(r"[ ]{0,3}(?:#|No\.?|NO\.?|Nr\.?|N°)?[ ]{0,2}([0-9]{1,2})(?![0-9]|[.,][0-9])")
# "TP 1 → 146.2", "Objetivo 1 ➜ 0.512": an arrow after a spaced number ends the index like a dash.
# "| Objetivo 1    | 455,0 |": in a table the cell's bar, after the column's padding, ends it too.
_INDEX_END = re.compile(r"[ ]{0,3}(?:-(?![0-9])|\.(?![0-9])|=>|[→➜➔➙➛➝➞➟➠➡⇒⟶►▶»])|[ ]{0,16}\|")
# "Target first: 3120": languages that put the ordinal after the noun ("الهدف الأول", "تارگت اول").
ORDINALS = ("first", "second", "third")
_ORDINAL = re.compile(rf"[ ]{{0,3}}({'|'.join(ORDINALS)})\b", re.I)


@dataclass
class Section:
    kind: str  # sl | tp | entry | price | market | lev | side | anchor
    label: str
    start: int
    end: int
    content: str = ""
    body: str = ""  # the content after its index ("TP3 …" → "…")
    last: bool = False  # no label follows: the content runs to the end of the message
    prices: list[Decimal] = field(default_factory=list)
    allocations: list[Decimal | None] = field(default_factory=list)  # the "25%" beside each price
    index: int | None = None  # "TP3" → 3
    wordy: bool = False  # the content holds prose, not just numbers and filler
    whole: list[Decimal] = field(default_factory=list)  # "TP19.5" read as 19.5, when its "1" was taken for an index
    # "Average Entry Zone: 0.0447", "Using Entry ≈0.02515": an entry label for the entries' average or a worked-out value
    restated: bool = False


def split(text: str, anchors: list[SymbolMention]) -> list[Section]:
    """Every label and pair mention in order, each with the text up to the next one."""
    text = share_notes.padded(text)  # "3,310 — close 25%": a share, not a "close" label
    found = [Section("anchor", text[a.start:a.end], a.start, a.end) for a in anchors]
    inside_pair = {i for a in anchors for i in range(a.start, a.end)}
    for match in _LABELS.finditer(text):
        if inside_pair.intersection(range(match.start(), match.end())) or label_context.is_candle_close(text, match):
            continue
        if match.lastgroup == "side" and found and _qualifies_entry(text, found[-1], match):
            continue
        refers = label_context.refers_to_target if match.lastgroup == "tp" else label_context.allots_share if match.lastgroup == "entry" else None
        kind = "ref" if refers and refers(text, match.start(), match.end()) else match.lastgroup
        found.append(Section(kind, match.group().lower(), match.start(), match.end(), restated=label_context.restates(text, match)))
    found.sort(key=lambda s: s.start)
    _sell_zone_of_a_short(text, found)
    for here, after in zip(found, [*found[1:], None], strict=True):
        here.content = text[here.end: after.start if after else len(text)]
        here.last = after is None
    return found


def _sell_zone_of_a_short(text: str, found: list[Section]) -> None:
    """"$ONE short / sell zone 0.01920-0.01965 / targets …", "BTC шорт / Зона продаж: …": in a short that labels
    no other entry, the sell zone is where the short opens; beside a buy zone it is a long's targets."""
    zones = [s for s in found if s.kind == "tp" and re.fullmatch(r"sell[ -]{0,2}zone", s.label)]
    if zones and not any(s.kind == "entry" and not moved_to(text, s.start) for s in found) and stated_side(text) == "short":
        zones[0].kind = "entry"


# "Entry Zone (Short): 0.0243→0.0260", "Entry (Long): 95": a side in brackets right after an entry label
# qualifies it; the prices after the colon are the entry's.
_OPEN_BRACKET = re.compile(r"[ ]{0,2}\([ ]{0,2}")
_CLOSE_BRACKET = re.compile(r"[ ]{0,2}\)")


def _qualifies_entry(text: str, before: Section, match: re.Match) -> bool:
    return (
        before.kind == "entry" and _OPEN_BRACKET.fullmatch(text, before.end, match.start()) is not None
        and _CLOSE_BRACKET.match(text, match.end()) is not None
    )


def read(sections: list[Section], decimal_comma: bool, symbol_words: set[str]) -> None:
    """Fill each section's prices (and target/entry index: "TP3", "Entry 2 -")."""
    _split_off_bulleted_targets(sections, decimal_comma, symbol_words)
    if (listed := listed_targets(sections, decimal_comma, symbol_words)) is not None:
        _insert_targets(sections, *listed)
    counters: dict[str, int] = {}
    counted: dict[str, int] = {}  # the priced labels of each kind so far, numbered or not
    for before, section, after in zip([None, *sections], sections, [*sections[1:], None]):
        content = label_context.without_next_ordinal(section.content, after and after.kind, after.content if after else "")
        numbered = section.kind in ("tp", "entry") and not section.label.endswith(("s", "zone", "price", "point"))
        numbered = numbered or _numbered_side(section)
        if numbered:
            expected = counters.get(section.kind, 0) + 1
            section.index, content = _take_index(content, expected)
            if section.index is None:
                section.index, content = _counted_index(content, counted.get(section.kind, 0))
            if section.index is None:
                section.index, content = _named_again(content, counters.get(section.kind, 0))
            if section.index is None:
                section.index, content = _named_again(content, counted.get(section.kind, 0), _WORDS_AFTER)
            if section.index is not None:
                counters[section.kind] = section.index
        if section.kind in ("tp", "entry", "sl") or _is_labelled_pair(before, section):
            content = _after_qualifier(content)
        section.body = content
        section.prices, section.allocations, section.wordy = _read_content(content, section.last, decimal_comma, symbol_words)
        if numbered and section.prices:
            counted[section.kind] = counted.get(section.kind, 0) + 1
        if section.index is not None and section.content[:1].isdigit() and content[:1].isdigit():
            # the index was cut off the front of a number ("TP19.5"); ``signal`` may need it whole
            section.whole = _read_content(section.content, section.last, decimal_comma, symbol_words)[0]


# "Venta 1: 0.3000 | Venta 2: 0.3200" ("SELL 1: …"), "Buy 2) 0.52": a buy or sell numbered like a
# target or an entry leg; the number is its index, never a price. "Buy 1 → 0.612": an arrow or dash ends it as for "TP 1 →".
_SIDE_INDEX = re.compile(rf"[ ]{{0,3}}#?[0-9]{{1,2}}(?:[ ]{{0,2}}[:)=]|(?:{_INDEX_END.pattern}))")


def _numbered_side(section: Section) -> bool:
    return section.kind == "side" and section.label.lower() in ("buy", "sell") and _SIDE_INDEX.match(section.content) is not None


def _counted_index(content: str, counted: int) -> tuple[int | None, str]:
    """"TP aman 1.41 | TP 2 1.52 | TP 3 1.68": after a target written without its number, a spaced
    number followed by a price is the next target's index when it counts on from the targets so far.
    Alone ("TP 1.5 | TP 2 | TP 3") it stays a price."""
    match = _INDEX.match(content)
    if match and int(match.group(1)) == counted + 1 and re.match(r"[ ]{1,4}[$]?\.?[0-9]", content[match.end():]):
        return counted + 1, content[match.end():]
    return None, content


# "… no alvo 1, o resto no alvo 2, e mova o stop": a clause's comma before the words too.
# "bateu o alvo 1, stop na entrada": a list comma before the next label (where the section ends) too.
_WORDS_OR_END = re.compile(r",?[ ]{1,4}[^\W\d_]|[.;!,]?[ ]{0,2}(?:\n|$)")
# "Alvos: 🎯 0,5010 🎯 0,5180 … Realizar 50% no alvo 1 e subir stop": after targets listed without numbers, only
# words after the number show it names one of them; "TP 0.50 | TP 1" at the end may be a price of 1.
_WORDS_AFTER = re.compile(r"[ ]{1,4}[^\W\d_]")


def _named_again(content: str, numbered_so_far: int, after: re.Pattern = _WORDS_OR_END) -> tuple[int | None, str]:
    """"Alvo 1: 99.400 | Alvo 2: 101.000 | … parcial no alvo 1 e mover stop" ("… Target 1 move stop"): a
    spaced number the targets so far already used, followed by words, names that target again; no price.
    So does one that ends its sentence ("trail SL to breakeven at Target 1.")."""
    match = _INDEX.match(content)
    if match and 0 < int(match.group(1)) <= numbered_so_far and after.match(content[match.end():]):
        return int(match.group(1)), content[match.end():]
    return None, content


def _is_labelled_pair(before: Section | None, section: Section) -> bool:
    """"Compra spot de $ADA escalonada: 0,745 – 0,718", "Набираем #DOT в спот лесенкой: 4,35 / 4,12":
    a pair between an entry or side word and the qualifier's colon on one line carries the entries."""
    return section.kind == "anchor" and before is not None and before.kind in ("entry", "side") and "\n" not in before.content


# "🔵 0.55", "• 0.58", "- 0.60": a line that opens with a bullet (an emoji or symbol, or an ASCII
# dash, star or arrow) before its price. A bracket opens a note ("(0.47 for a wick)"), not a list.
_BULLETED = re.compile(r"[ ]{0,3}(?:[^\x00-\x7f\w\s]{1,4}|[-*>])[ ]{0,3}[$]?\.?[0-9]")


def _split_off_bulleted_targets(sections: list[Section], decimal_comma: bool, symbol_words: set[str]) -> None:
    """"Entry: 0.52 / SL: 0.48 / 🔵 0.55 / 🔵 0.58": in a message that labels no targets, a bulleted
    list of prices under a priced stop line is the targets: a stop holds one price, and channels list
    the targets after the entry and stop. Under a priced entry line that follows the stop the list
    may be an entry ladder, so it is the targets only when it lies beyond the entry, away from the stop."""
    if any(s.kind == "tp" for s in sections):
        return
    stop: Decimal | None = None
    for position, section in enumerate(sections):
        if section.kind not in ("sl", "entry") or (section.kind == "entry" and stop is None):
            continue
        first, _, rest = section.content.partition("\n")
        lines = [line for line in rest.split("\n") if line.strip()]
        priced = read_line(first, decimal_comma, symbol_words)[0]
        if section.kind == "sl" and priced and stop is None:
            stop = priced[0]
        if not lines or not priced or not _BULLETED.match(lines[0]):
            continue
        if section.kind == "entry" and not _beyond(read_line(lines[0], decimal_comma, symbol_words)[0], priced, stop):
            continue
        _insert_targets(sections, position, first, rest)
        return


def _insert_targets(sections: list[Section], position: int, first: str, rest: str) -> None:
    """The section at ``position`` keeps its ``first`` line; the lines after it become targets."""
    section = sections[position]
    cut = section.end + len(first) + 1
    listed = Section("tp", "targets", cut, cut, content=rest, last=section.last)
    section.content, section.last = first, False
    sections.insert(position + 1, listed)


def _beyond(listed: list[Decimal], entries: list[Decimal], stop: Decimal) -> bool:
    """Whether the prices lie on the far side of the entries from the stop, where targets lie."""
    if not listed:
        return False
    if stop < min(entries):
        return all(price > max(entries) for price in listed)
    return stop > max(entries) and all(price < min(entries) for price in listed)


# "Вход лесенкой: 0,38 / 0,37", "Entrada escalonada: 6,82", "Entry zone (DCA): 1.2": a word or
# two between a label and its colon qualify the label; its prices follow the colon. So does a
# nickname after a target's number ("Alvo 6 - Lua!: 198.81", "TP 4 - Moon!: 2.9"), and an essay's
# phrase ("Targets are the flag's measured move stages: 18.40 …"), up to six words.
_QUALIFIER = re.compile(
    r"[ ]{0,3}(?:-[ ]{0,3})?\(?[^\W\d_][\w'’]{0,20}\)?(?:[ ]{1,3}\(?[^\W\d_][\w'’]{0,20}\)?){0,5}[!?]{0,3}[ ]{0,2}:"
    r"(?=[*_]{0,2}[ ]{0,3}[$]?\.?[0-9])"
)


# "Entry 3 part me: 14.6 (25%) …", "Entradas 3 partes: …": how many orders the ladder has, before
# the qualifier's colon.
_COUNT_BEFORE_QUALIFIER = re.compile(rf"[ ]{{0,3}}[0-9]{{1,2}}[ ]{{1,2}}(?={english_pattern('parts').pattern})", re.I)


# "tambah (DCA) 5.10", "Recompra (preço médio) 2,31": a note in brackets between a label and its price.
_BRACKET_NOTE = re.compile(r"[ ]{0,3}\([^()\n\d]{1,24}\)[ ]{0,2}:?(?=[ ]{0,3}[$]?\.?[0-9])")


def _after_qualifier(content: str) -> str:
    start = count.end() if (count := _COUNT_BEFORE_QUALIFIER.match(content)) else 0
    match = _QUALIFIER.match(content, start) or _BRACKET_NOTE.match(content, start)
    return content[match.end():] if match else content


def _take_index(content: str, expected: int) -> tuple[int | None, str]:
    """Split a target/entry number off the front: "1: 2620", "#1: 0.3558", "1 47.4", "41.3100".

    A number glued to the label ("TP3") or followed by ":" / ")" is its index; a spaced one
    ("Target 1 47.4", "Entry 2 - 153") only when it is the next in sequence, so "Target 33500"
    and "Target 5" stay prices.
    """
    ordinal = _ORDINAL.match(content)
    if ordinal:
        return ORDINALS.index(ordinal.group(1).lower()) + 1, content[ordinal.end():]
    match = _INDEX.match(content)
    if match:
        number, rest = int(match.group(1)), content[match.end():]
        glued = content[:1].isdigit()  # "TP1 …", "TP3 is hit"; "Entry 2 (if it wicks): 5.7": a label's own number
        if (glued or re.match(r"[ ]{0,3}[:)=]", rest) or _BRACKET_NOTE.match(rest)) and 0 < number <= 20:
            return number, rest
        if number == expected and (
            _INDEX_END.match(rest) or re.match(r"[ ]{1,4}[$]?\.?[0-9]", rest) or _COMMA_THEN_PRICE.match(rest)
            or not re.search(r"\w", rest.split("\n")[0])
        ):
            return number, rest
        return None, content
    glued = re.match(r"([0-9]+)\.[0-9]", content)  # "TP41.3100" is TP4 at 1.3100
    prefix = str(expected)
    if glued and glued.group(1).startswith(prefix) and len(glued.group(1)) > len(prefix):
        return expected, content[len(prefix):]
    return None, content


# "TP 1, 1,28200": a list comma and a space after the next index, then a price with a fraction or three digits;
# "TP 1, 2, 3" (whole small numbers) stays a list of prices.
_COMMA_THEN_PRICE = re.compile(r",[ ]{1,3}[$]?(?:[0-9]*[.,][0-9]|[0-9]{3})")


# "1ª entrada: 6,82 / 2ª entrada: 6,61" ("2 Entry" once canonical), "3. TP: 1.2": a small whole
# number before a label on its line numbers the label, never a price of the section before.
_ORDINAL_BEFORE_LABEL = re.compile(r"[^\w\n]{0,12}(?:[1-9]|1[0-9]|20)[.]?[ ]{0,3}")


_LABEL_COLON = re.compile(r"[ ]{0,2}[:=]")


def market_before_entry(side: Section, market: Section, entry: Section) -> bool:
    """"SHORT market entry 3,420", "空單 現價附近進場 3,420" (enter near the current price 3,420): a market
    word said right after the side and before the entry label, whose one price then notes where the
    market stands. A line of its own ("Рыночный вход: 14.362", a market entry's label) gives the price; one
    opening with the word and no label's colon ("现价 3455 附近直接进场做多": enter right away near the current
    price 3455) notes the market's price as the side's line does."""
    beside = "\n" not in side.content or (side.content.rstrip(" ").endswith("\n") and not _LABEL_COLON.match(entry.content))
    return (
        side.kind in ("side", "anchor") and beside
        and market.kind == "market" and entry.kind == "entry" and not market.prices and len(entry.prices) == 1
        and not market.content.strip(" :")
    )

# "Reasons for Selling:\n1. Pattern Confirmation:", "2. Trend structure:": a list number and a word open a
# point of prose, never a price of the section above.
_NUMBERED_HEADING = re.compile(r"[^\w$.]{0,12}[0-9]{1,2}[.)][ ]{1,4}[^\W\d_]{2}")


def _read_content(
    content: str, last: bool, decimal_comma: bool, symbol_words: set[str]
) -> tuple[list[Decimal], list[Decimal | None], bool]:
    lines = content.split("\n")
    items, wordy = read_items(lines[0], decimal_comma, symbol_words)
    for number, line in enumerate(lines[1:], start=1):
        if not line.strip():
            continue
        if not starts_with_number(line) or _NUMBERED_HEADING.match(line):
            break
        found, line_wordy = read_items(_LINE_NUMBERING.sub("", line), decimal_comma, symbol_words)
        is_fragment = number == len(lines) - 1 and not last  # the next label's line
        if is_fragment and (line_wordy or _ORDINAL_BEFORE_LABEL.fullmatch(line)):
            break  # "0.06$ can be stop": the price belongs to the label after it; "2ª entrada" counts it
        items += found
    return [item.price for item in items], [item.allocation for item in items], wordy
