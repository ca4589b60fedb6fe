"""A post's stamps, which are numbers but never prices: when it was posted ("ATOMBTC 31-12 06:29",
"Candle: 31-12 12:23", "2024-12-31 14:05 UTC", "14h30"), its serial number ("ID: 15631"), the number or
version of the setup that produced it ("Setup 6", "2H - 1.1.1"), a Discord mention's id and a thread post's
index ("1/ BTC looks heavy…", "3/ Stop 4.62"). Dropped
before any number is read, so neither an entry nor a pair comes from them. Runs on the message as
written."""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import month_names

# A day and month (a year perhaps) followed by a clock time is a date stamp, whatever its separators:
# "31-12 06:29", "31/12/2024 06:29", "2024-12-31 14:05:10". Without the clock time "12-15" may be a
# range of prices, so it stays; a dotted day and month takes two digits each, so "1.25 10:00" is a price.
_DATE_TIME = re.compile(
    r"(?<![\w.,/:-])(?:(?:(?:0?[1-9]|[12][0-9]|3[01])[-/](?:0?[1-9]|[12][0-9]|3[01])|(?:0[1-9]|[12][0-9]|3[01])\.(?:0[1-9]|1[0-2]))"
    r"(?:[-/.](?:[0-9]{4}|[0-9]{2}))?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})"
    r"(?:[ ]{1,3}|T|,[ ]{1,2})(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?![\w.,:]|[-/][0-9])"
)
# "(14h30, Lisboa)", "lúc 9h15": a clock time written with an "h" between hours and minutes.
_CLOCK_H = re.compile(r"(?<![\w.,])(?:[01]?[0-9]|2[0-3])h[0-5][0-9](?![\w.:]|,[0-9])", re.I)
# "ID: 15631", "ID #15631", "Signal ID 2078": a whole number of three digits or more after "ID" is the
# post's serial; the coin SPACE ID ("ID: 0.2345", "#ID LONG") is written with its price.
_SERIAL = re.compile(r"(?<![\w#$])ID[ ]{0,2}[:#№.]?[ ]{0,2}#?[0-9]{3,12}(?![\w.,])", re.I)
# "ETH | USDT @ $3,825.25 - 2H - 1.1.1": a number with two dots or more and short groups is a strategy's
# version or a date ("31.12.24"), never a price; "1.234.567" groups thousands and stays.
_DOTTED_CODE = re.compile(r"(?<![\w.,])[0-9]{1,2}(?:\.[0-9]{1,2}){2,}(?![\w,]|\.[0-9])")
# "<@&1180197358152204360>", "<#1180197358152204360>": a Discord role, user or channel mention, an id.
_DISCORD_MENTION = re.compile(r"<(?:@[&!]?|#)[0-9]{5,25}>")
# "Setup 6", "Setup #3" on a line of its own: which of a bot's setups fired, not a price.
_SETUP_NUMBER = re.compile(r"^([^\w\n]{0,4})setup[ ]{0,2}[:#]?[ ]{0,2}[0-9]{1,2}[^\w\n]{0,4}$", re.I | re.M)

# "1/ …", "🧵 3/ Stop 4.62": an X/Twitter thread numbers its posts with a bare "N/" at a line's start, in any
# language. A number after the slash ("2/3 done", "12/01 BTC") is a count or a date and stays.
_THREAD_INDEX = re.compile(r"^([^\w$\n]{0,4})[0-9]{1,2}/(?=[ \t]|$)", re.M)


_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
# "22 Feb 2026 at 17:09:12", "22 февраля в 17:09": the clock time after a date, a short word perhaps between.
_CLOCK_AFTER = r"(?:,?[ ]{1,3}(?:[^\W\d_]{1,4}[ ]{1,2})?(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?![\w.,:]))?"
_YEAR = r"(?:,?[ ]{1,2}(?:de[ ]{1,2})?[0-9]{4}(?![\w.,]))?"


@lru_cache(maxsize=1)
def _named_date() -> re.Pattern:
    """"22 Feb 2026", "July 15.", "22 февраля", "22 Şubat", "22 de febrero": a day beside a month's
    name (every table's ``MONTHS``), a year perhaps after, is a date; its day is never an entry."""
    month = "|".join(re.escape(name) for name in month_names())
    return re.compile(
        rf"(?<![\w.,$])(?:{_DAY}[ ]{{0,2}}(?:{month})\.?|(?<![^\W\d_])(?:{month})\.?[ ]{{1,2}}{_DAY}(?![\w%]|[.,][0-9]))"
        rf"(?![^\W\d_]){_YEAR}{_CLOCK_AFTER}"
    )


def drop_stamps(text: str) -> str:
    """The message without its date stamps, serial number, version codes, ids, setup number and thread index."""
    text = _named_date().sub(" ", _CLOCK_H.sub(" ", _DATE_TIME.sub(" ", text)))
    text = _SERIAL.sub(" ", _DISCORD_MENTION.sub(" ", _DOTTED_CODE.sub(" ", text)))
    return _THREAD_INDEX.sub(r"\1", _SETUP_NUMBER.sub(r"\1", text))
