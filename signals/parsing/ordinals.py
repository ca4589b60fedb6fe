"""Ordinal markers before a price: "1º 0,4650", "2ª 0,4790", "1st 0.465", "2-й 0.479".

Channels number their targets with a language's ordinal ("1º / 2º / 3º" in Portuguese and Spanish, "1st,
2nd" in English, "1-й, 2-я" in Russian, "1er, 2do" in Spanish). The number with its marker is the
target's place in the list, never a price: NFKC would turn "1º" into "1o" and the reader would keep the
bare "1" as a target. Rewritten as "1) " it reads as any numbered list does. Only right before a price:
"the 2nd leg at 0.45" keeps its words. Runs before NFKC, which folds "º" and "ª" into letters.

Before a word the marker is the English one: "Após o 1º alvo, stop no preço de entrada", "después del 1er
objetivo", "после 1-й цели" read as "after the 1st target", so the break-even rule (``hints``) sees which
target. Left alone, NFKC makes "1º" "1o", whose "o" the Portuguese table drops as an article, and "1er"
is no suffix the English grammar knows.
"""
from __future__ import annotations

import re

# A one- or two-digit number, glued to its marker, then (after a colon or dash at most) a price.
_ORDINAL = re.compile(
    r"(?<![\w.,])([0-9]{1,2})(?:[ ]?\.?[º°ª]|(?:st|nd|rd|th|er|ro|do)(?![^\W\d_])|-?(?:й|я|е|ой|го)(?![^\W\d_]))"
    r"(?=[ \t]{0,3}[:：\-–]?[ \t]{0,3}[$]?[0-9])",
    re.I,
)

# The same markers (with Spanish "1ra", "2da" and Russian "-ая", "-ую") glued to the number, then a word.
_ORDINAL_WORD = re.compile(
    r"(?<![\w.,])([0-9]{1,2})(?:[ ]?\.?[º°ª]|(?:er|ro|do|ra|da)(?![^\W\d_])|-?(?:й|я|е|ой|го|ая|ый|ую)(?![^\W\d_]))"
    # "Fechar 30% no 1º, 30% no 2º e 40% no 3º.": the marker before a comma or the sentence's end too.
    r"(?=[ \t]{1,3}[^\W\d_]|[ \t]{0,2}(?:[,;!)]|\.(?![0-9])|$))",
    re.I | re.M,
)


def ordinal_indexes(text: str) -> str:
    """"1º 0,4650" → "1) 0,4650": an ordinal before a price is a list index; "1º alvo" → "1st alvo"."""
    return _ORDINAL_WORD.sub(_english_ordinal, _ORDINAL.sub(r"\1) ", text))


def _english_ordinal(match: re.Match) -> str:
    number = int(match.group(1))
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
