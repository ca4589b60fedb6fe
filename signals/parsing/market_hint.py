"""Checking a parse's numbers against the market's price, when the caller knows it.

"2.385" is 2.385 in an English message and 2385 in a Vietnamese one; "90,000" the other way round.
The parser decides from the message alone (``text._locale_numbers``), and most messages settle it.
One that does not ("XRP/USDT … Vùng vào lệnh: 2.385 - 2.412", where nothing but the coin says the
dot is a decimal) is read the language's way. The Telegram path knows the pair's price: when every
price of the parse was written with such a separator, the parse's prices are far from the market,
and the other reading puts them within the guard's deviation of it, the other reading is the one
meant. It is used, and a certainty reason says so, so a person confirms it before it trades.

Without the market's price a few coins still settle it: Bitcoin has not traded below 1,000 dollars
since 2017, so "BTCUSD Entry: 106.900 | TP: 105.200" groups thousands whatever the message's style.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from .assets import DOLLAR_QUOTES, FOREX_BASES
from .results import ParsedSignal, Reason
from .text import separator_readings

# A price lookup by pair ("XRP/USDT"), or None when the market cannot be asked.
MarketPrice = Callable[[str], Decimal | None]

# The dollar price a coin has not traded below for years (Bitcoin not since 2017, Ether not since 2018): a price under it
# is a misread number, not a price of that market. Kept to coins whose floor no crash of the kind
# seen so far comes near; a coin not listed is never reread this way.
PRICE_FLOORS = {"BTC": Decimal(1000), "ETH": Decimal(80)}
# The markets priced in thousands of dollars at some time (the majors, gold and its tokens, a few DeFi coins). Any
# other coin has never traded near a thousand dollars: "HIGH short giriş 1.942 stop 2.018" is 1.942 there, though
# Turkish groups thousands with a dot.
THOUSAND_DOLLAR_BASES = frozenset("BTC WBTC ETH WETH BNB BCH MKR YFI PAXG XAUT TAO".split()) | FOREX_BASES
_THOUSAND = Decimal(1000)


def reread(parsed: ParsedSignal, text: str, market_price: MarketPrice, max_deviation: Decimal) -> ParsedSignal:
    """``parsed``, or the same signal with every price in the other separator reading."""
    other = separator_readings(text)
    written = [*parsed.entry, *parsed.take_profits, *([parsed.stop_loss] if parsed.stop_loss is not None else [])]
    if not written or not all(price in other for price in written):
        return parsed
    price = market_price(parsed.symbol)
    if not isinstance(price, Decimal) or price <= 0:
        return reread_below_floor(parsed, text)
    if _near(parsed.entry or written, price, max_deviation):
        return parsed
    flipped = replace(
        parsed, entry=[other[p] for p in parsed.entry], take_profits=[other[p] for p in parsed.take_profits],
        stop_loss=other[parsed.stop_loss] if parsed.stop_loss is not None else None,
    )
    if not _near(flipped.entry or [other[p] for p in written], price, max_deviation):
        return parsed
    shown = ", ".join(f"{p} → {other[p]}" for p in parsed.entry or written)
    reason = Reason(
        "separator_from_market",
        f"The message's number style reads {shown}; only the other reading lies near the market price {price}.",
    )
    return replace(flipped, certainty="low", certainty_reasons=(*parsed.certainty_reasons, reason))


def _near(prices: list[Decimal], market: Decimal, max_deviation: Decimal) -> bool:
    """The middle of the prices within ``max_deviation`` (0.15 = 15 %) of the market price."""
    middle = (min(prices) + max(prices)) / 2
    return abs(middle - market) / market <= max_deviation


def reread_below_floor(parsed: ParsedSignal, text: str) -> ParsedSignal:
    """``parsed``, or its prices read the other way when every one was written with a separator
    ("106.900") and reads below the coin's dollar floor (``PRICE_FLOORS``) while the other reading
    does not: "Long BTC 90.200 - 90.800 | SL 88.900" is 90,200 … in any language. Only without a
    market price: when the market is known, ``reread`` decides by it."""
    base, _, quote = parsed.symbol.partition("/")
    floor = PRICE_FLOORS.get(base)
    other = separator_readings(text)
    written = [*parsed.entry, *parsed.take_profits, *([parsed.stop_loss] if parsed.stop_loss is not None else [])]
    if floor is None or quote not in DOLLAR_QUOTES or not written or not all(price in other for price in written):
        return reread_above_ceiling(parsed, text)
    if any(price >= floor for price in written) or any(other[price] < floor for price in written):
        return parsed
    return replace(
        parsed, entry=sorted(other[p] for p in parsed.entry), take_profits=[other[p] for p in parsed.take_profits],
        stop_loss=other[parsed.stop_loss] if parsed.stop_loss is not None else None,
    )


def reread_above_ceiling(parsed: ParsedSignal, text: str) -> ParsedSignal:
    """``parsed``, or its prices read as decimals when every one was written as one dot or comma group
    ("1.942"), reads as thousands, and the coin is none of the markets ever priced in thousands of dollars
    (``THOUSAND_DOLLAR_BASES``): "ben HIGH short açıyorum giriş 1.942 stop 2.018" is 1.942. The number
    style was a guess, so the parse is low certainty and a person confirms it. Only without a market price."""
    base, _, quote = parsed.symbol.partition("/")
    other = separator_readings(text)
    written = [*parsed.entry, *parsed.take_profits, *([parsed.stop_loss] if parsed.stop_loss is not None else [])]
    if base in THOUSAND_DOLLAR_BASES or quote not in DOLLAR_QUOTES or not written:
        return parsed
    if not all(price in other and price >= _THOUSAND > other[price] for price in written):
        return parsed
    shown = ", ".join(f"{p} → {other[p]}" for p in parsed.entry or written)
    reason = Reason(
        "separator_from_scale",
        f"The message's number style reads {shown}; {base} has never traded near a thousand dollars.",
    )
    return replace(
        parsed, entry=sorted(other[p] for p in parsed.entry), take_profits=[other[p] for p in parsed.take_profits],
        stop_loss=other[parsed.stop_loss] if parsed.stop_loss is not None else None,
        certainty="low", certainty_reasons=(*parsed.certainty_reasons, reason),
    )
