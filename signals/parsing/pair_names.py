"""Pairs written out in a message: an explicit pair with a known quote ("BTC/USDT", "#BAL|USDT",
"OGN - USDT", "#ETH USDT", "EPIC USDT" heading a bot's post) or a joined one split at its quote
("BTCUSDT", "ETHBTC", "XAUUSD", "AVAXPERP").

These are the strongest mentions ``symbols.find_mentions`` collects (its rule 0). Kept apart because they
read a pair from its quote, while the rest of ``symbols`` reads a lone ticker from the words around it.
"""
from __future__ import annotations

import re

from . import assets
from .ticker_words import ENGLISH_NOT_TICKERS, NOT_TICKER_SHAPE, NOT_TICKERS


_QUOTES = "|".join(assets.QUOTES)
# One-letter coins exist ("B/USDT", "H/USDT", "W/USDT"): a capital joined to its quote by a slash.
_PAIR = re.compile(
    rf"(?<![\w#$])[#$]?[ ]?(?P<base>(?=[A-Za-z0-9]{{0,14}}[A-Za-z])[A-Za-z0-9]{{2,15}}|(?-i:[A-Z])(?=/))"
    rf"[ ]{{0,2}}[/|_-][ ]{{0,2}}(?P<quote>{_QUOTES})(?![A-Za-z0-9])",
    re.I,
)
SPACED_PAIR = re.compile(
    rf"(?<![\w#$])[#$][ ]?(?P<base>[A-Za-z0-9]{{2,15}})[ ]{{1,2}}(?P<quote>{_QUOTES})(?![A-Za-z0-9])", re.I
)
# A word that may be a joined pair; ``split_joined`` decides. The word is the shortest that leaves a
# "PERP" suffix out, so "ETHUSDTPERP" is ETHUSDT, not a ticker of its own.
JOINED = re.compile(r"(?<![\w#$])[#$]?[ ]?(?P<word>[A-Za-z0-9]{3,24}?)(?:\.P|[ ]{0,2}[-_]?PERP)?(?![A-Za-z0-9])", re.I)
# "EPIC USDT" alone on its line: a base in capitals and its quote, spaced, as a bot heads its post.
# Written in a sentence ("Bybit USDT perpetuals") the words are an exchange's product.
LINE_PAIR = re.compile(rf"^[^\w\n]{{0,4}}(?P<base>[A-Z0-9]{{2,15}})[ ]{{1,2}}(?P<quote>(?-i:{_QUOTES}))[^\w\n]{{0,4}}$", re.M)


def explicit_pairs(text: str):
    """Explicit pairs; "SPOT BUY - ETH/BTC": an untagged word that is no base ("BUY") before a quote
    ("ETH") is skipped, and the search goes on from that quote, which may be the base of the real
    pair. A tag ("$OPEN/USDT") names a coin whatever word it spells."""
    position = 0
    while (match := _PAIR.search(text, position)) is not None:
        if is_pair_base(match["base"].upper()) or _is_written_pair(match) or match.group().lstrip()[:1] in "#$":
            yield match
            position = match.end()
        else:
            position = match.start("quote")


def _is_written_pair(match: re.Match) -> bool:
    """"TAI/USDT": a base in capitals joined straight to its quote by a slash is a pair, though
    another language's table holds the word (Vietnamese "tại"); only an English label is none."""
    base = match["base"]
    joined = match.group()[match.end("base") - match.start():].startswith("/")
    return joined and base.isupper() and base not in ENGLISH_NOT_TICKERS


def perpetual(match: re.Match) -> str | None:
    """"AVAXPERP", "SOL-PERP" as FTX and Bybit name the perpetual: a listed base before "PERP".
    "$APT | PERP | Direction: Short": "PERP" standing alone is the market's kind, not a base of its own."""
    base = match["word"].upper()
    if match.end() > match.end("word") and match.group().upper().endswith("PERP") and base in assets.KNOWN_BASES:
        return assets.ALIASES.get(base, f"{base}/USDT")
    return None


def split_joined(word: str, tagged: bool = False) -> str | None:
    """"BTCUSDT" → BTC/USDT, "ETHBTC" → ETH/BTC, "XAUUSD" → XAU/USD, "1000PEPEUSDT" → 1000PEPE/USDT.

    A dollar quote takes any base; another quote only a listed base, and only in a word written in
    upper case or tagged, so "Seth" or "WBTC" (a listed base itself) are not split.
    """
    upper = word.upper()
    if upper in assets.KNOWN_BASES or upper in assets.QUOTES or upper in NOT_TICKERS:
        return None
    for quote in sorted(assets.QUOTES, key=len, reverse=True):
        base = upper[: -len(quote)]
        # "USDJPY", "USDCAD": the dollar is a word, never a coin, but it is a currency against another one.
        forex = base in assets.FOREX_BASES and quote in assets.FIAT_QUOTES + ("USD",)
        if not upper.endswith(quote) or not base or not (is_pair_base(base) or forex) or NOT_TICKER_SHAPE.fullmatch(base):
            continue
        if len(base) < 2 and base not in assets.KNOWN_BASES:
            continue
        listed = base in assets.KNOWN_BASES or forex
        # "xauusd", "eurusd": a metal or currency joined to a fiat quote is a pair in any case; no word reads so.
        if quote in assets.DOLLAR_QUOTES and quote != "USD" or ((word.isupper() or tagged) and listed) or forex:
            return f"{base}/{quote}"
        return None
    return None


def is_pair_base(base: str) -> bool:
    """Whether an upper-case word can be the base of a pair it is joined to ("PERPUSDT", "#PERP USDT").

    A label word ("TP", "ENTRY") is none, but a listed base stays one though it reads like a word
    ("PERP", "HIGH", "NOT", "ME", "S"): a quote beside it says it is a ticker.
    """
    return base in assets.KNOWN_BASES or base not in NOT_TICKERS
