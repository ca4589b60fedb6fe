"""Ways of writing numbers and price lists that are not the plain "65000" / "Targets: 1 / 2":
Chinese myriads ("9.72万"), Indian lakh grouping ("1,00,000"), a count of entries noted in
brackets ("(2 entries)"), an arrow from the entry to its targets ("24.60 → 26.20 / 27.80") and a colon
typed for a price's point after its label ("Take Profit 136:600").

Every pattern is linear, as in ``text``.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

# "9.72万" is 97,200 and "3.5千" 3,500: Chinese counts in ten-thousands and thousands. Only right
# after a number: "千万不要追高" ("by no means chase") has none.
_CJK_MAGNITUDE = re.compile(r"(?<![0-9.,])([0-9]{1,4}(?:\.[0-9]{1,4})?)[ ]?([万萬千])")
_MAGNITUDES = {"万": 10_000, "萬": 10_000, "千": 1_000}
# "1,00,000", "1,02,500", "12,50,000": India groups a lakh (100,000) and above in twos before the last
# three digits. No other style writes a two-digit group, so the commas are only grouping.
_LAKH = re.compile(r"(?<![0-9.,])[1-9][0-9]?(?:,[0-9]{2})+,[0-9]{3}(?![0-9]|[.,][0-9])")
# "₹89.2 lakh", "2.95 लाख", "1.2 crore": India counts in lakhs (100,000) and crores (ten million), in
# English or Devanagari. Only right after a number; not inside a longer word (a vowel sign after it).
_INDIAN_MAGNITUDE = re.compile(
    r"(?<![0-9.,])([0-9]{1,4}(?:\.[0-9]{1,4})?)[ ]?(lakhs?|lacs?|crores?|लाख|करोड़)(?![^\W\d_]|[\u0900-\u097f])", re.I
)
_INDIAN_MAGNITUDES = {
    unicodedata.normalize("NFKC", word): value
    for word, value in {"lakh": 100_000, "lac": 100_000, "crore": 10_000_000, "लाख": 100_000, "करोड़": 10_000_000}.items()
}


# "Rp2.450", "Rp 12.500": a Rupiah price groups thousands with dots, whatever the message's language.
_RUPIAH = re.compile(r"\bRp\.?[ ]?([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?![0-9]|[.,][0-9])")
# "₹78,50,000", "₹ 2,450": the rupee sign before a price, which reads as the number alone.
_RUPEE = re.compile(r"₹[ ]?(?=[0-9])")


# "ENTRY: 0. 0745 - 0.0750": a space typed after a price's "0." splits it; no sentence ends in a bare
# "0." before more digits, so the two halves are one price.
_SPACED_POINT = re.compile(r"(?<![0-9.,])0\.[ ](?=[0-9]{2})")


# "1)0,519(1/3) | 2)0,508(2/3)", "TP2 1.42 (1/2)": a fraction in brackets is the share of the position
# the price takes, never a price.
_BRACKETED_SHARE = re.compile(r"\([ ]?([1-9])[ ]?/[ ]?([1-9])[ ]?\)")


# "shorting eth here 3345ish", "entry 0.52-ish": a price given as about that much is that price.
_ABOUT_SUFFIX = re.compile(r"(?<=[0-9])[-]?ish\b", re.I)
# "目标 63000 / 62000,20倍", "TP 0.1460,15x": a comma typed with no space between a price and the
# leverage after it lists two items; read as a decimal comma it would make "62000.20" and lose the
# target. A leverage's own decimal comma ("12,5x") follows one or two digits, not a price's three.
_LEVERAGE_AFTER_PRICE = re.compile("(?:(?<=[0-9]{3})|(?<=[.][0-9])|(?<=[.][0-9]{2})),(?=[0-9]{1,3}[ ]?(?:倍|[xX\u0445](?![^\\W\\d_])))")


def plain_numbers(text: str) -> str:
    """Myriads, lakh grouping, Rupiah and rupee prices written out as whole numbers, a price split
    after its "0." joined, an "ish" and a bracketed share dropped; runs before the locale's separators."""
    text = _LEVERAGE_AFTER_PRICE.sub(", ", _ABOUT_SUFFIX.sub("", text))
    text = _BRACKETED_SHARE.sub(lambda m: " " if int(m[1]) < int(m[2]) else m.group(), _SPACED_POINT.sub("0.", text))
    text = _RUPIAH.sub(lambda m: " " + m.group(1).replace(".", ""), _RUPEE.sub(" ", text))
    text = _CJK_MAGNITUDE.sub(_times_magnitude, text)
    text = _INDIAN_MAGNITUDE.sub(_times_indian_magnitude, text)
    return _LAKH.sub(lambda m: m.group().replace(",", ""), text)


def _times_magnitude(match: re.Match) -> str:
    return _written_out(Decimal(match.group(1)) * _MAGNITUDES[match.group(2)])


def _times_indian_magnitude(match: re.Match) -> str:
    word = unicodedata.normalize("NFKC", match.group(2).lower()).rstrip("s")
    return _written_out(Decimal(match.group(1)) * _INDIAN_MAGNITUDES[word])


def _written_out(value: Decimal) -> str:
    return f" {int(value) if value == value.to_integral_value() else format(value.normalize(), 'f')} "


# "96,400 / 97,100 (2 entries)", "(3 targets)": how many prices the list holds, never one of them.
# Runs after ``canonicalise``, so "(2 entradas)" reads "(2 Entry)" by then.
_COUNT_NOTE = re.compile(
    r"\([ ]{0,2}[0-9]{1,2}[ ]{1,2}(?:entries|entry|targets?|tps?|orders?|legs|parts)[ ]{0,2}\)", re.I
)
# "$INJ 24.60 → 26.20 / 27.80 / 30": an arrow from a price to a list of prices leads from the
# entry to its targets. A label's number before the arrow ("TP 1 → 146.2", "TP1 → 1.92") is its
# index, and a single price after it ("SL 23.4 → 24") a change, so both are left alone.
_ARROW_TO_LIST = re.compile(
    r"(?<![0-9.,])([0-9]{1,9}(?:[.,][0-9]{1,9}){0,3})[ ]{0,3}(?:→|->|=>|➜|➔|➡|⇒|⟶)[ ]{0,3}"
    r"(?=[$]?[0-9]{1,9}(?:[.,][0-9]{1,9}){0,3}(?![0-9])[ ]{0,3}(?:[/|-]|,(?=[ ]))[ ]{0,3}[$]?[0-9])"
)
# "14,5 (треть), 15,8 (треть), 17,3 (остаток)", "3200 (half), 3300 (rest)": a share of the position
# named in words after a price is a note on that leg; the list goes on after it.
_SHARE_WORDS = (
    "a third", "one third", "third", "half", "the rest", "rest", "remainder", "remaining",
    "треть", "половина", "половину", "остаток", "mitad", "la mitad", "resto", "el resto", "metade", "o resto",
    "yarısı", "yarisi", "kalanı", "kalani", "一半", "剩余", "剩下",
)
_SHARE_NOTE = re.compile(r"(?<=[0-9])[ ]{0,2}\([ ]{0,2}(?:" + "|".join(_SHARE_WORDS) + r")[ ]{0,2}\)", re.I)
# "5,9 (bán 30%) / 6,5 (bán 30%)", "0.175（卖出30%）、0.19（卖出30%）", "2.1 (sat %50)": a bracket selling
# or closing a share of the position at a price is that target's allocation, and the list goes on.
# Runs after ``canonicalise``, so every table's sell and close words read "SELL" / "close" by then.
_SELL_SHARE_NOTE = re.compile(
    r"(?<=[0-9])[ ]{0,2}\([ ]{0,2}(?:sell|close|exit|book|take|平|减|減)[ ]{0,2}"
    r"(%[ ]?[0-9]{1,3}(?:[.,][0-9]{1,2})?|[0-9]{1,3}(?:[.,][0-9]{1,2})?[ ]?%)[ ]{0,2}\)",
    re.I,
)
_INDEX_BEFORE = re.compile(r"(?:\btps?|\btargets?|\bentry|\bsl|\bstop)[ ]{0,2}#?[ ]{0,2}$", re.I)


# "TP/SL: 112.30 / 122.90", "SL/TP 3560 / 3410": a copy-trading notice puts the target and the stop on
# one line, in the order its label names them.
_PAIRED_EXITS = re.compile(
    r"\b(TP|SL)[ ]{0,2}/[ ]{0,2}(TP|SL)\b[ ]{0,2}[:=-]?[ ]{0,3}([$]?[0-9]+(?:[.,][0-9]+)*)[ ]{0,3}/[ ]{0,3}"
    r"([$]?[0-9]+(?:[.,][0-9]+)*)(?![0-9.,]|[ ]{0,3}/)",
    re.I,
)


def _paired_exits(match: re.Match) -> str:
    first, second = match.group(1).upper(), match.group(2).upper()
    if first == second:
        return match.group()
    return f"{first}: {match.group(3)}\n{second}: {match.group(4)}"


# "Targets: / 1) Close the position at the price $21971 / 2) Close the position at the price $21949", "1) Закрыть
# позицию по цене 21971" (once canonical "close позицию цене 21971"): a list whose every line closes at its own
# price is the list of targets; the words before each price go. One such line alone is a close.
_CLOSE_AT_PRICE = re.compile(
    r"^([^\w\n]{0,6}(?:[0-9]{1,2}[.)][ ]{0,3})?)close\b[^\n0-9$]{0,40}?(?=[$]?[0-9][0-9.,]*[ ]{0,3}[$]?[ ]{0,3}$)", re.I
)


_TARGETS_HEAD = re.compile(r"\b(?:tps?|targets?|take[ -]?profits?)\b[^0-9\n]*$", re.I)


def _closes_as_targets(text: str) -> str:
    """Only under a targets label with no price of its own: "BTC LONG / close half at 68000 / close the
    rest at 69000" closes a running trade."""
    lines = text.split("\n")
    written = [number for number, line in enumerate(lines) if line.strip()]
    closing = {number for number in written if _CLOSE_AT_PRICE.match(lines[number])}
    run: list[int] = []
    for before, number in zip([None] + written, written):
        if number not in closing:
            continue
        run = run + [number] if before in closing else ([number] if before is not None and _TARGETS_HEAD.search(lines[before]) else [])
        if len(run) >= 2:
            for listed in run:
                match = _CLOSE_AT_PRICE.match(lines[listed])
                if match is not None:
                    lines[listed] = match.group(1) + lines[listed][match.end():]
    return "\n".join(lines)


def list_notes(text: str) -> str:
    """Counts and word shares in brackets dropped, a share sold at a price kept as its allocation; an arrow to a list
    of prices written as a targets label; a list of closes at prices written as the prices."""
    text = _closes_as_targets(_SHARE_NOTE.sub(" ", _COUNT_NOTE.sub(" ", text)))
    text = _PAIRED_EXITS.sub(_paired_exits, text)
    text = _SELL_SHARE_NOTE.sub(lambda m: f" ({m.group(1)})", text)

    def targets(match: re.Match) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        if re.fullmatch(r"[0-9]{1,2}", match.group(1)) and _INDEX_BEFORE.search(text, line_start, match.start()):
            return match.group()
        return f"{match.group(1)} Targets "

    return _ARROW_TO_LIST.sub(targets, text)


# "R:R to TP1 ~1:2", "Tỷ lệ R:R đến TP1 ~1:1", "risk/reward 1:3", "риск/прибыль 1 к 3": a plan's ratio of reward
# to risk, whatever target it names, is no price; its "TP1 1:2" would read as a target of 1.
_REWARD_RATIO = re.compile(
    r"(?:\bR[ ]?[:/][ ]?R\b|\bRR\b|\b(?:risk|riesgo|risco|риск|rủi ro)[ ]{0,2}(?:[/:-]|to)[ ]{0,2}"
    r"(?:reward|profit|beneficio|recompensa|retorno|прибыль|профит|lợi nhuận)\b)"
    r"[^\n|0-9]{0,20}(?:tp[ ]?[0-9][^\n|0-9]{0,6})?(?<![^\W\d_])[0-9]{1,2}(?:[.,][0-9]{1,2})?(?::|[ ]к[ ])[0-9]{1,2}(?:[.,][0-9]{1,2})?\b",
    re.I,
)


# "TP1 (1:2): 10.71", "TP2 (RR 1:4) 11.57": a ratio in brackets after a target's label is its reward
# to risk, no price; its "1" would read as a target.
_BRACKETED_RATIO = re.compile(
    r"\([ ]{0,2}(?:(?:R[ ]?[:/][ ]?R|RR)[ ]{0,2}:?[ ]{0,2})?[0-9]{1,2}(?:[.,][0-9]{1,2})?[ ]{0,2}:[ ]{0,2}"
    r"[0-9]{1,2}(?:[.,][0-9]{1,2})?[ ]{0,2}\)",
    re.I,
)


# "Take Profit 136:600": a colon typed for the point. Only three digits after it, as a price's fraction is typed
# ("136.600"); a time has two ("at 14:30") and a ratio or a broker's leverage one digit before it ("1:500").
# Only right after a price label (in its canonical English), so nothing else with a colon turns into a price.
_COLON_POINT = re.compile(
    r"(\b(?:tps?|take[ ]profits?|targets?|sl|stop(?:[ ]loss)?|stoploss|entry)(?:[ ]{0,2}[0-9]{1,2}[ ]{0,2}[:=)-])?"
    r"[ ]{0,2}[:=-]?[ ]{0,3}[0-9]{2,6}):(?=[0-9]{3}(?![0-9:]))",
    re.I,
)


def colon_points(text: str) -> str:
    """A price label's price typed with a colon for its point, written with the point."""
    return _COLON_POINT.sub(r"\1.", text)


def drop_reward_ratios(text: str) -> str:
    """The message without its risk-to-reward notes."""
    return _BRACKETED_RATIO.sub(_split_or_blank, _REWARD_RATIO.sub(" ", text))


def _split_or_blank(ratio: re.Match) -> str:
    """"Entry (50:50):", "(30:30:40)": parts that make up the whole (100) split a position, no reward to risk;
    written as shares, which no rule reads as prices (``entry_split`` gives them to the entries)."""
    parts = re.findall(r"[0-9]+(?:[.,][0-9]+)?", ratio.group())
    whole = len(parts) > 1 and all("." not in part and "," not in part for part in parts) and sum(map(int, parts)) == 100
    return " (" + ":".join(f"{part}%" for part in parts) + ") " if whole else " "
