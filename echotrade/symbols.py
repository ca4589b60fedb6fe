"""One spelling for trading pairs everywhere: ``BASE/QUOTE`` in upper case (``BTC/USDT``)."""
from __future__ import annotations

import re

from echotrade.exceptions import InvalidInput

DEFAULT_QUOTE = "USDT"
# Longest first, so BTCUSDT splits as BTC + USDT and not BTCUSD + T.
KNOWN_QUOTES = ("FDUSD", "USDT", "USDC", "BUSD", "TUSD", "USD", "EUR", "BTC", "ETH", "BNB")
_TOKEN = re.compile(r"^[A-Z0-9]{1,20}$")


def normalize_symbol(raw: str) -> str:
    """``btc``, ``$BTC``, ``#BTC``, ``BTCUSDT``, ``BTC-USDT``, ``btc/usdt``, ``BTCUSDT.P`` → ``BTC/USDT``.

    Raises InvalidInput for anything that is not a plausible pair.
    """
    text = (raw or "").strip().upper().lstrip("#$")
    text = re.sub(r"(\.P|PERP|-PERP|_PERP)$", "", text)
    for separator in ("/", "-", "_", ":"):
        if separator in text:
            base, _, quote = text.partition(separator)
            quote = quote.split(":")[0]
            break
    else:
        base, quote = _split_joined(text)
    if not (_TOKEN.match(base or "") and _TOKEN.match(quote or "")) or base == quote:
        raise InvalidInput(f"'{raw}' is not a trading pair; write it as BASE/QUOTE, e.g. BTC/USDT.")
    return f"{base}/{quote}"


def _split_joined(text: str) -> tuple[str, str]:
    for quote in KNOWN_QUOTES:
        if text.endswith(quote) and len(text) > len(quote):
            return text[: -len(quote)], quote
    return text, DEFAULT_QUOTE


def normalize_token_filter(raw: str) -> str:
    """A token-filter entry: a bare base (``BTC``, any quote) or a full pair (``BTC/USDT``)."""
    text = (raw or "").strip().upper().lstrip("#$")
    if _TOKEN.match(text) and not any(text.endswith(q) and len(text) > len(q) for q in ("USDT", "USDC", "BUSD", "FDUSD")):
        return text
    return normalize_symbol(text)


def base_of(symbol: str) -> str:
    return symbol.split("/")[0]


def token_filter_matches(entries: list[str], symbol: str) -> bool:
    """Whether ``symbol`` (``BTC/USDT``) is named by a filter list of bases and pairs."""
    base = base_of(symbol)
    return any(entry == symbol or entry == base for entry in entries)
