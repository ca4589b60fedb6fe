"""Reading numbers and tokens in a cleaned message: a number in either decimal style ("67,250",
"390,50", "1.250.000") and its value (``to_decimal``), and the token grammar with which every stage
reads prices, percentages, leverage, timeframes and words (``TOKEN_PATTERNS``).

Kept apart from ``text``, which rewrites a message before anything reads it: these patterns read the
rewritten text, and most stages need them without the clean-up's own imports. Every pattern here is
linear, as ``text``'s are, so a long message of junk cannot make a regex backtrack for seconds.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation


# --- numbers -----------------------------------------------------------------------------------
# A number never starts inside another one (a digit or "digit." before it).
_NOT_INSIDE = r"(?<![0-9])(?<![0-9]\.)"
_THOUSANDS = r"(?<![0-9,])(?<![0-9]\.)[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])"
_DECIMAL_COMMA = r"(?<![0-9,])(?<![0-9]\.)[0-9]+,[0-9]+(?![0-9]|[.,][0-9])"
_PLAIN = _NOT_INSIDE + r"(?:[0-9]*\.[0-9]+|[0-9]+)"
# "67.250,5" and "1.250.000": dots that group thousands, in a message that writes decimal commas.
_DOT_THOUSANDS = r"(?<![0-9.,])[1-9][0-9]{0,2}(?:\.[0-9]{3})+,[0-9]+(?![0-9])|(?<![0-9.,])[1-9][0-9]{0,2}(?:\.[0-9]{3}){2,}(?![0-9.,])"
NUMBER_PATTERNS = {
    False: f"(?:{_THOUSANDS}|{_DECIMAL_COMMA}|{_PLAIN})",
    # A message that writes "390,50" or "0,5828" uses the comma as its decimal point throughout.
    True: f"(?:{_DOT_THOUSANDS}|{_DECIMAL_COMMA}|{_PLAIN})",
}
_DECIMAL_COMMA_EVIDENCE = re.compile(
    r"(?<![0-9,.])(?:0,[0-9]+|[0-9]+,(?:[0-9]{1,2}|[0-9]{4,}))(?![0-9,.])|[0-9]\.[0-9]{3},[0-9]{1,2}(?![0-9])|[0-9]\.[0-9]{3}\.[0-9]{3}(?![0-9])"
)


def uses_decimal_comma(text: str) -> bool:
    """Whether the message writes decimals with a comma ("0,5828", "390,50", "202,6").

    A comma followed by exactly three digits ("67,250") is otherwise a thousands separator.
    """
    return _DECIMAL_COMMA_EVIDENCE.search(text) is not None


def to_decimal(raw: str, decimal_comma: bool) -> Decimal | None:
    """``"67,250"`` → 67250, ``"2,201.43"`` → 2201.43, ``"390,50"`` → 390.50, ``".405"`` → 0.405."""
    if decimal_comma and re.fullmatch(_DOT_THOUSANDS, raw):
        raw = raw.replace(".", "").replace(",", ".")
    elif "," in raw:
        is_thousands = not decimal_comma and re.fullmatch(_THOUSANDS, raw) is not None
        raw = raw.replace(",", "") if is_thousands else raw.replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


# --- tokens ------------------------------------------------------------------------------------
def _token_pattern(decimal_comma: bool) -> re.Pattern:
    num = NUMBER_PATTERNS[decimal_comma]
    return re.compile(
        rf"""
        (?P<ref>\([ ]{{0,2}}[0-9]{{1,2}}[ ]{{0,2}}\))                 # "Target (2)": a reference
      | (?P<enum>(?<![0-9.,(])[0-9]{{1,2}}(?:\)(?!%)|\.(?=[ ]{{1,3}}[0-9])))  # "1) 0.4527", "2. 0.1740": list numbering
      | (?P<hashnum>\#[ ]?[0-9]+)                                     # "Signal# 1325", "#1214"
      | (?P<pct>[-+]?{num}[ ]{{0,2}}%|%[ ]?{num})                     # "20%", "-7%", Turkish "%20"
      | (?P<lev>{num}[ ]{{0,2}}x(?![a-z0-9])|(?<![a-z0-9])x[ ]{{0,2}}{num})   # "10x", "x10"
      | (?P<tf>[0-9]{{1,3}}(?:[ ]?[mhdw]|[ -]?(?:mins?|hrs?|hours?|days?|weeks?))(?![a-z]))  # "4H", "4-hours"
      | (?P<word>[0-9]{{1,6}}[^\W\d_]\w{{0,30}}|[^\W\d_][\w'’]{{0,40}})     # "1INCH", "entry"
      | (?P<num>{num})
        """,
        re.I | re.X,
    )


TOKEN_PATTERNS = {flag: _token_pattern(flag) for flag in (False, True)}
NUMBER_RES = {flag: re.compile(NUMBER_PATTERNS[flag]) for flag in (False, True)}
