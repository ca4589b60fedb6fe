"""Assembling a ParsedSignal from a message's sections."""
from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from . import certainty, entry_shares, exits, hints, legs, market_descriptions, prose_lines, talk
from . import sections as sec
from .leverage import leverage, margin_mode
from .line_prices import FILLER
from .results import ParsedSignal
from .symbols import SymbolMention
from .tokens import NUMBER_RES, to_decimal

_NO_BEFORE = re.compile(r"\bno[ ]{1,3}$", re.I)
# "0.06$ can be stop": a price before the stop label, alone on its line.
_PRICE_BEFORE_STOP = {
    flag: re.compile(rf"\W{{0,8}}({pattern.pattern})\$?[ ]{{1,3}}(?:(?:can|could|will|would|should)[ ])?(?:be)?[ ]{{0,3}}", re.I)
    for flag, pattern in NUMBER_RES.items()
}
_PERCENT_FIRST = re.compile(r"[^\w\n+-]{0,6}(?:[0-9]{1,3}(?:[.,][0-9]{1,2})?[ ]?%|%[ ]?[0-9])")
_TERSE_WORDS = FILLER | {
    "long", "short", "buy", "sell", "entry", "entries", "enter", "target", "targets", "tp", "tps", "sl",
    "stop", "loss", "stoploss", "leverage", "lev", "cross", "isolated", "margin", "market", "now", "cmp",
    "x", "take", "profit", "profits", "s", "l", "signal", "new", "trade",
}


def build(text: str, symbol: str, mentions: list[SymbolMention], decimal_comma: bool) -> ParsedSignal | None:
    """The signal a message states, or None when it lacks a pair, a side or any price."""
    anchors = [m for m in mentions if m.symbol == symbol]
    parts = sec.split(text, anchors)
    sec.read(parts, decimal_comma, _symbol_words(symbol, mentions, text))
    prose_lines.fill(parts, text, decimal_comma)  # "Stop Loss: Place the stop just above resistance, around $830"
    entries, extra_tps = _entries(parts)
    # "BTC is now around 67,300 … only long if a 1H candle closes above 67,800": "now" tells where the market stands.
    if not entries and (not _is_market(parts) or market_descriptions.describes_market_only(text, parts)):
        entries = legs.conditional_entry(text, parts, decimal_comma)  # "Si rompe 8,45 entramos en largo"
    take_profits = exits.targets_once(text, parts) or extra_tps
    stop_loss = _stop_loss(parts, text, decimal_comma)
    if stop_loss is None:
        take_profits, stop_loss = exits.exit_as_stop(parts, entries, take_profits)
    entries = _on_trade_side_of_stop(entries, stop_loss, sec.stated_side(text))
    take_profits = _whole_targets(parts, entries, take_profits, stop_loss)
    take_profits = _short_of_stop(entries, take_profits, stop_loss)
    side = _side(text, entries, take_profits, stop_loss)
    percent_exits = _is_market_with_percent_exits(parts)
    terse = _is_terse(text, symbol, mentions)
    market_call = terse and _is_market(parts) and sec.stated_side(text) is not None  # "#WLFI 市價空"
    if side is None or not (entries or take_profits or stop_loss is not None or percent_exits or market_call):
        return None
    if not (take_profits or stop_loss is not None or percent_exits or terse or exits.is_entry_order(text, parts)):
        return None  # "BTC long 67500 was a great entry" is talk, not an order
    if talk.is_hedged_talk(text, parts, stop_loss, take_profits, symbol, mentions) or talk.is_promo(text, parts, stop_loss):
        return None
    if not entries and stop_loss is None and take_profits and not _is_market(parts) and _PERCENT_PROFIT.search(text):
        return None  # "Target 1- $16.7 … Target 3- $17.7 (63.6% Profit - 5x lev.)": a results post
    guessed = min(m.strength for m in mentions if m.symbol == symbol) >= 2
    if guessed and not entries and stop_loss is None and not _is_market(parts):
        # "#FairValueCurve … FVC … فروش … تارگت ها: 4182 4148": an unlisted word guessed as the pair, and no entry,
        # stop or market order ("CHIP 小多 現價進場") to show a call
        return None
    doubts = certainty.reasons(
        text, parts, mentions, symbol, side_from_prices(entries, take_profits, stop_loss),
        entries, take_profits, stop_loss, decimal_comma,
    )
    return ParsedSignal(
        symbol=symbol, side=side, entry=entries, stop_loss=stop_loss, take_profits=take_profits,
        leverage=leverage(text), margin_mode=margin_mode(text),
        entry_allocations=entry_shares.entry_allocations(parts, entries, text),
        take_profit_allocations=hints.take_profit_allocations(parts, take_profits, text),
        breakeven_after=hints.breakeven_after(text), trailing=hints.trailing(text),
        certainty="low" if doubts else "high", certainty_reasons=doubts,
    )


# "(63.6% Profit - 5x lev.)", "Прибыль: +78%" (once canonical): the gain a trade made. With targets but
# no entry nor stop it tells of a trade that is over; an order names its entry, the market, or its stop.
_PERCENT_PROFIT = re.compile(
    r"[0-9][ ]?%[ ]{0,3}(?:profits?|gains?)\b|\b(?:profits?|gains?)[ ]{0,3}[:=-]?[ ]{0,3}[+]?[0-9]{1,4}(?:[.,][0-9]{1,2})?[ ]?%", re.I
)


def _symbol_words(symbol: str, mentions: list[SymbolMention], text: str) -> set[str]:
    words = {"PERP", "P"}
    for mention in mentions:
        words.update(mention.symbol.split("/"))
        words.update(re.findall(r"[A-Za-z0-9]+", text[mention.start:mention.end].upper()))
    return words


def _entries(parts: list[sec.Section]) -> tuple[list[Decimal], list[Decimal]]:
    """Entry prices, ascending, and any take-profits found in an unlabelled side section.

    Order of trust: a market word right after an entry or side label ("Entry: now", "Entry at
    CMP", "Buy now") means market ([]); else an "Entry…" label; else the first long/short/buy/sell
    or pair mention with prices ("BTCUSDT LONG 36705-36200", "Buy: 27", "ETH/USDT 2420"), a side's
    before the pair's. A later buy/sell with prices ("Buy … Sell 2.20") lists the targets. Last, a
    line that opens with "Price:".
    """
    if _is_market(parts):
        return [], _cornix_sells(parts, first=None)  # "Buy now … Sell: 1.12 1.18"
    # "Entry: 4720 / 4775 … (from avg entry 4747.5)": an average or a worked-out "≈" value restates the entries a
    # plan states, unless it is all the plan states.
    stated = [s for s in parts if s.kind == "entry" and s.prices and not s.restated]
    labelled = [p for s in parts if s.kind == "entry" and not (s.restated and stated) for p in s.prices] + _priced_now(parts)
    # "my bids for HBAR spot: 0.262 / 0.251", "Entries for $ARB: 0.71": the pair between the entry label and its colon.
    labelled += [
        p for label, pair in pairwise(parts)
        if label.kind == "entry" and not label.prices and "\n" not in label.content and pair.kind == "anchor"
        and re.match(r"[^\n:]{0,12}:", pair.content) for p in pair.prices
    ]
    if labelled:
        return sorted(set(labelled + legs.first_leg(parts))), _cornix_sells(parts, first=None)
    candidates = [s for s in parts if s.kind in ("side", "anchor") and s.prices]
    if candidates:
        first = _action_price(parts, candidates)
        # "Buy 1: 3200 / Buy 2: 3100 / Buy 3: 3000": a numbered buy (or sell) is one leg of a ladder
        numbered = [s for s in parts if s.kind == "side" and s.label == first.label and s.index is not None] if first.index else []
        return sorted({p for s in numbered or [first] for p in s.prices}), _cornix_sells(parts, first=first)
    priced = next((s for s in parts if s.kind == "price" and s.prices), None)  # "💎 Price: 1.199 $ / ⛔️ SL: …"
    return (sorted(set(priced.prices)) if priced else []), []


def _action_price(parts: list[sec.Section], candidates: list[sec.Section]) -> sec.Section:
    """"XRP breaking 2.45 👉 buy above 2.455": the price the message's first buy/sell (or long/short)
    word gives before any target or stop is the entry; a price beside the pair before it describes
    the chart. After "Buy #LINK 13.20 …" a "Sell 14.10" lists the targets."""
    first_exit = min((s.start for s in parts if s.kind in ("tp", "sl")), default=None)
    side_first = any(s.kind == "side" and s.start < candidates[0].start for s in parts)
    if candidates[0].kind == "anchor" and not side_first:
        for section in candidates[1:]:
            if section.kind == "side" and (first_exit is None or section.start < first_exit):
                return section
    return candidates[0]


def _cornix_sells(parts: list[sec.Section], first: sec.Section | None) -> list[Decimal]:
    """Targets written as "Sell 2.20" after the entry ("Buy … Sell …", "Entry … SELL: …").

    Only the buy/sell words: a second "LONG 3200" is another signal in the same post, not a target.
    """
    return [
        p for s in parts
        if s.kind == "side" and s.prices and s is not first and s.label.lower() in ("buy", "sell", "buying", "selling")
        and (first is None or s.start > first.start) and (first is None or s.label != first.label)
        for p in s.prices
    ]


# "Buy now : 4112 - 4107", "Entry now 0.52 - 0.53": a zone right after an entry or side label's market word
# is the entry; the market stands at one price. One price there ("Entry: now 0.545", "Entry at CMP: 95000",
# "SELL NOW - 2345") only notes where it stands: a market order. "BUY NOW\n4346-4344": the zone may open the next line.
_PRICE_NEXT = re.compile(r"[ ]{0,3}[:=@-]?[ ]{0,3}(?:\n[ ]{0,3})?[$~]?\.?[0-9]")


def _prices_now(before: sec.Section, market: sec.Section) -> bool:
    zone = len(market.prices) >= 2 and _PRICE_NEXT.match(market.content) is not None
    return before.kind in ("entry", "side") and not before.prices and zone


def _priced_now(parts: list[sec.Section]) -> list[Decimal]:
    return [p for before, market in pairwise(parts) if market.kind == "market" and _prices_now(before, market) for p in market.prices]


# "XAU/USD / Timeframe: 1H / 📌 Market Structure": a whole line of words between the pair and the market word's
# line; the word heads a paragraph of analysis, it is no market order for the pair ("Side: SELL / Order: MARKET" is).
_LINE_OF_WORDS = re.compile(r"\n[^\n]*[^\W\d_]{2}[^\n]*\n")


def _is_market(parts: list[sec.Section]) -> bool:
    """A market word right after an empty entry/side label or pair: "Entry: now", "Buy now".

    After an entry label it always holds. In a header ("GOLD SELL NOW") it gives way to prices
    the message writes for that entry ("SELL @ 2346 - 2349"): "now" then says when, not at what.
    """
    marked = [
        before for before, market in pairwise(parts)
        if market.kind == "market" and before.kind in ("entry", "side", "anchor") and not before.prices and not before.wordy
        and not _prices_now(before, market) and not _LINE_OF_WORDS.search(before.content)
    ]
    if any(before.kind == "entry" for before in marked) or any(sec.market_before_entry(*three) for three in zip(parts, parts[1:], parts[2:])):
        return True
    # "Entry: Enter short at or near the current price (around 124,701)": the side said inside the entry's
    # label, then the market word, whose price notes where the market stands.
    if any(entry.kind == "entry" and not entry.prices and side.kind == "side" and not side.prices and "\n" not in side.content
           and market.kind == "market" for entry, side, market in zip(parts, parts[1:], parts[2:])):
        return True
    sides = {before.label for before in marked if before.kind == "side"}
    priced = any(s.prices and (s.kind == "entry" or s.kind == "side" and s.label in sides) for s in parts)
    # "#HYPE 市價多 / 96.4-96.8" ("#HYPE market LONG"): the side right after the pair's market word
    # gives its prices, as "SELL NOW @ 2346" does; not past the clause's end ("entrem SOL a mercado, venda em 152").
    priced = priced or any(
        before.kind == "anchor" and market.kind == "market" and side.kind == "side" and side.prices
        and not re.search(r"[,.;\n]", market.content)
        for before, market, side in zip(parts, parts[1:], parts[2:])
    )
    return bool(marked) and not priced


def _is_market_with_percent_exits(parts: list[sec.Section]) -> bool:
    """"Entry: CMP / TP: 4% / SL: 5%": a market order whose exits are percentages is an order,
    though it names no price; the percentages are left to the follower's own settings."""
    return _is_market(parts) and any(
        s.kind in ("tp", "sl") and not s.prices and _PERCENT_FIRST.match(s.body) for s in parts
    )


def _on_trade_side_of_stop(entries: list[Decimal], stop_loss: Decimal | None, stated: str | None) -> list[Decimal]:
    """A long opens above its stop and a short below it: an "entry" beyond the stop is a number the
    grammar took for a price (a label's "2" in "2ª entrada"). It goes when other entries remain."""
    if stop_loss is None or stated is None:
        return entries
    kept = [p for p in entries if (p > stop_loss if stated == "long" else p < stop_loss)]
    return kept if kept else entries


def _stop_loss(parts: list[sec.Section], text: str, decimal_comma: bool) -> Decimal | None:
    """The first stop label's first price; "No stoploss" → None; "0.06$ can be stop" → 0.06."""
    stops = [s for s in parts if s.kind == "sl"]
    if stops and _NO_BEFORE.search(text[: stops[0].start]):
        return None
    for stop in stops:
        if stop.prices:
            return stop.prices[0]
    # "── STOP LOSS ──\nPrice: 0.08360": under a stop heading of no words, the "Price:" line is the stop's.
    for heading, priced in pairwise(parts):
        if heading.kind == "sl" and not re.search(r"\w", heading.content) and priced.kind == "price" and priced.prices:
            return priced.prices[0]
    for stop in stops:
        line_start = text.rfind("\n", 0, stop.start) + 1
        before = text[line_start: stop.start]
        if not re.search(r"\w", stop.content.split("\n")[0]):
            match = _PRICE_BEFORE_STOP[decimal_comma].fullmatch(before)
            if match:
                return to_decimal(match.group(1), decimal_comma)
    return None


def _whole_targets(
    parts: list[sec.Section], entries: list[Decimal], take_profits: list[Decimal], stop_loss: Decimal | None
) -> list[Decimal]:
    """"目标19.5 / 20.4" ("TP19.5" once canonical): a digit glued to a target label may be its index
    ("TP41.3100" is TP4 at 1.3100) or the price's own first digit. Split off, it must leave the
    targets on one side of the entry with the stop; when only the whole number does, it is the price."""
    split_fits = side_from_prices(entries, take_profits, stop_loss) is not None and not _far_from_stop(entries, take_profits, stop_loss)
    if split_fits or not any(s.whole for s in parts):
        return take_profits
    whole = [p for s in parts if s.kind == "tp" for p in (s.whole or s.prices)]
    if side_from_prices(entries, whole, stop_loss) is None or _far_from_stop(entries, whole, stop_loss):
        return take_profits
    for section in parts:
        if section.whole:
            section.prices, section.body, section.index = section.whole, section.content, None
    return whole


def _far_from_stop(entries: list[Decimal], take_profits: list[Decimal], stop_loss: Decimal | None) -> bool:
    """"SL 9.605 / TP11.569" with no entry: split off as TP1 at 1.569 the target would lie at a fifth of the
    stop, a move no stop-and-target plan makes; a target past half or double the stop is no reading of it."""
    if entries or stop_loss is None or stop_loss <= 0:
        return False
    return any(not stop_loss / 2 <= target <= stop_loss * 2 for target in take_profits)


def _short_of_stop(entries: list[Decimal], take_profits: list[Decimal], stop_loss: Decimal | None) -> list[Decimal]:
    """"如果日线收盘跌破198 … 会考虑看到180 … 205-210接多，防守198，目标225，240": a price past the stop is
    where the market goes once the plan fails; the trade is closed before it, so it is no target. Kept
    when no target would remain on the profit side of the entry."""
    if not entries or stop_loss is None:
        return take_profits
    if stop_loss < min(entries):
        kept = [tp for tp in take_profits if tp >= stop_loss]
        profit_side = all(tp > max(entries) for tp in kept)
    elif stop_loss > max(entries):
        kept = [tp for tp in take_profits if tp <= stop_loss]
        profit_side = all(tp < min(entries) for tp in kept)
    else:
        return take_profits
    return kept if kept and profit_side else take_profits


def _side(text: str, entries: list[Decimal], take_profits: list[Decimal], stop_loss: Decimal | None) -> str | None:
    """Prices decide when they agree with each other; else the first long/short; else buy/sell."""
    return side_from_prices(entries, take_profits, stop_loss) or sec.stated_side(text)


def side_from_prices(entries: list[Decimal], take_profits: list[Decimal], stop_loss: Decimal | None) -> str | None:
    """"long" when every target sits above the entry and the stop below it (or targets above the
    stop with a market entry), "short" for the mirror image, None when they disagree or are absent."""
    votes: list[bool] = []  # True = long
    if entries:
        middle = (min(entries) + max(entries)) / 2
        votes += [tp > middle for tp in take_profits if tp != middle]
        if stop_loss is not None and stop_loss != middle:
            votes.append(stop_loss < middle)
    elif stop_loss is not None:
        votes += [tp > stop_loss for tp in take_profits if tp != stop_loss]
    if votes and all(votes):
        return "long"
    if votes and not any(votes):
        return "short"
    return None


def _is_terse(text: str, symbol: str, mentions: list[SymbolMention]) -> bool:
    """Only the pair, a side, prices and labels: "BTC LONG 67500", "ETH SHORT @ 3200"."""
    allowed = _TERSE_WORDS | {w.lower() for w in _symbol_words(symbol, mentions, text)}
    words = re.findall(r"[^\W\d_]+", text)
    return all(w.lower() in allowed for w in words)
