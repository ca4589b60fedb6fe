"""A worked calculation after a plan ("… SL 2% / TP 8% / Приклад розрахунку стоп-лоссу: (SL 2 x Leverage 20 = 40%
x $10 = SL $4)"): a line that opens with an example word and names a calculation (``CALCULATION`` in the
tables) starts the writer's arithmetic, whose numbers are no stop, leverage or target of the plan above.
Only after a number: a post that opens with its example is a lesson (``talk.is_lesson``)."""
from __future__ import annotations

import re

from .vocabulary import english_pattern, table_pattern

_LINE_OPENING = re.compile(r"[^\w\n]{0,4}")


def before_worked_example(text: str) -> str:
    """The text above its first worked-calculation line, or the whole text when it has none."""
    start = 0
    for line in text.split("\n"):
        opening = _LINE_OPENING.match(line).end()
        if (
            re.search(r"[0-9]", text[:start])
            and english_pattern("lesson").match(line, opening)
            and table_pattern("CALCULATION").search(line)
        ):
            return text[:start]
        start += len(line) + 1
    return text


# "SL: Place the stop loss just above the recent high …, for example: 125,126.00.": a stop's or target's line
# that describes its level in words and ends on the price it gives "for example" (the canonical lesson word)
# sets that price; the words before it are the level's description.
_EXAMPLE_PRICE_ON_LABEL = re.compile(
    r"^([^\w\n]{0,4})(sl|stop[ -]?loss|stoploss|stop|tp[ ]?[0-9]{0,2}|targets?[ ]?[0-9]{0,2})[ ]{0,2}[:=-][^\n0-9]*?"
    r"\bfor example[ ]{0,2}[:,]?[ ]{0,2}([$]?[0-9][0-9.,]*[0-9])[ .!]*$",
    re.I | re.M,
)


def example_prices_on_labels(text: str) -> str:
    """"SL: Place the stop … for example: 125,126.00." → "SL: 125,126.00"."""
    return _EXAMPLE_PRICE_ON_LABEL.sub(r"\1\2: \3", text)


# "SL = 0.1381 × 0.95 = 0.1312 USDT" (the sign an "x" once canonical), "TP = Entry + 2 × Risk = … = 0.1519":
# a stop or target worked out by multiplication on its own line teaches how to set one; a lesson, not a call.
_COMPUTED_LEVEL = re.compile(
    r"^[^\w\n]{0,4}(?:sl|tp[0-9]?|stop(?:[ -]?loss)?|take[ -]?profit|targets?)[ ]{0,2}=[^\n=]*?[\w)][ ]{0,2}(?:[×*]|(?<![A-Za-z])x(?![A-Za-z]))"
    r"[ ]{0,2}[(\w][^\n]*=",
    re.I | re.M,
)


def computes_levels(text: str) -> bool:
    return _COMPUTED_LEVEL.search(text) is not None


# "Position sizing 101 📚 Say you long BTC at 60,000 …", "Риск-менеджмент 101": a "101" after a word titles a
# beginners' course; it is no price, so the lesson word after it still opens the post.
_COURSE_TITLE = re.compile(r"(?<=[^\W\d_])[ ]{1,2}101(?![\w.,])")


def has_number(head: str) -> bool:
    """Whether ``head`` holds a number other than a course title's "101"."""
    return re.search(r"[0-9]", _COURSE_TITLE.sub(" ", head)) is not None
