"""Finding the traded pair in a message.

Rules, strongest first:
0. an explicit pair with a known quote (``BTC/USDT``, ``#BAL|USDT``, ``OGN - USDT``, ``#ETH USDT``)
   or a joined one split at a known quote (``BTCUSDT``, ``BTCUSDT.P``, ``ETHBTC``, ``XAUUSD``), read by ``pair_names``;
1. a ``#TAG`` / ``$TAG`` that is not a known word, a ticker after "Coin:" / "Pair:", a listed base
   (``assets.KNOWN_BASES``) on a line that says long/short or entry, or alone on its line, a market alias
   ("GOLD"); failing all of these, the one listed base the message writes in capitals;
2. an unlisted upper-case word on a side line (``NEWCOIN LONG 0.5``): a guess, and the parse says so.
Within one strength the earliest mention wins: footers repeat leftovers ("Buy #LINK when …").
A leverage token ("X25", "25X"), a label ("TP1") or a word of any language's vocabulary is never a ticker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from echotrade.exceptions import InvalidInput
from echotrade.symbols import normalize_symbol

from . import assets, plan_subject, plan_word_tags, priced_tags, vocabulary
from .word_base_sides import word_bases_before_caseless, word_bases_beside_side, word_bases_heading_side
from .held_verbs import is_held_verb
from .pair_names import JOINED, LINE_PAIR, SPACED_PAIR, explicit_pairs, is_pair_base, perpetual, split_joined
from .ticker_words import (
    COMMON_LOWER, GRAMMAR_WORDS, NOT_TICKER_SHAPE, NOT_TICKERS, SENTENCE_OPENERS, WORD_BASES, in_foreign_capitals,
)

_TAG = re.compile(
    r"(?<![\w#$])[#$][ ]?(?P<base>[A-Za-z][A-Za-z0-9]{1,14}|[0-9][A-Za-z0-9]{0,14}[A-Za-z][A-Za-z0-9]{0,14})(?![A-Za-z0-9])"
)
# "#H 🟢 LONG": a one-letter coin tagged in capitals names the pair when its line says the side.
_ONE_LETTER_TAG = re.compile(r"(?<![\w#$])[#$](?P<base>[A-Z])(?![\w/])(?=[^\n]{0,12}\b(?:LONG|SHORT|Long|Short|long|short)\b)")
# Chinese writes no space between a word and a ticker ("今天聊聊XRP"): a Han character bounds a ticker too.
_BARE = re.compile(r"(?:(?<![\w#$/])|(?<=[\u3400-\u9fff]))(?P<base>[A-Z][A-Z0-9]{1,9}|[0-9][A-Z0-9]{0,5}[A-Z][A-Z0-9]{0,5})(?:[ ]{1,2}PERP)?(?![\w/])")
# "doge这里可以直接市价多": a Han character bounds a word of any case too.
_ANY_CASE_WORD = re.compile(
    r"(?:(?<![\w#$/])|(?<=[\u3400-\u9fff]))(?P<base>[A-Za-z0-9]{2,12})(?:(?![\w/])|(?=[\u3400-\u9fff]))"
)
# "📈 رمزارز FORM" ("cryptocurrency FORM" once canonical "Coin FORM"): without a colon, a ticker in capitals
# that ends the label's line, an emoji after it or not ("عملة MOVE 👇").
# "PAIR:- UB USDT": a colon and a dash together close the label too.
_LABELLED = re.compile(
    r"\b(?:coin|pair|symbol|ticker|asset|token)(?:[ ]{0,2}(?::-|[:=-])[ ]{0,3}|[ ]{1,3}(?=[#$]?(?-i:[A-Z0-9]{2,15})[^\w\n]*$))"
    r"[#$]?(?P<base>[A-Za-z0-9]{2,15})(?![\w/|_-])",
    re.I | re.M,
)
# "longing pepe here", "shorted eth": a side verb's forms name the side as well as the bare word.
_SIDE_WORD = re.compile(r"\b(?:long(?:ing|ed)?|short(?:ing|ed)?|buy(?:ing)?|sell(?:ing)?)\b", re.I)
# "SOL alış 142,5" reads "SOL Entry 142,5": some languages' buy word is their entry word. A price
# must follow: "move SL to entry for #ETH" names no pair on its entry word ("MOVE" is listed).
# "Tao limit 228 218 stop 205": a limit order's prices are its entries too.
_ENTRY_WORD = re.compile(r"\b(?:entry|entries|limit)[ ]{0,3}:?[ ]{0,3}[$]?[0-9]", re.I)



# No channel post names a hundred pairs; junk that does need not be read to its end.
MAX_MENTIONS = 100


@dataclass(frozen=True)
class SymbolMention:
    symbol: str  # "BTC/USDT"
    start: int
    end: int
    strength: int  # 0 = explicit or joined pair, 1 = tag or listed ticker, 2 = an unlisted bare word


def find_mentions(text: str) -> list[SymbolMention]:
    """Every plausible pair mention, in order of appearance; a weaker mention inside a stronger
    one ("#BTC" of "#BTC/USDT") is not another mention."""
    found = _Found()
    for match in explicit_pairs(text):
        found.add(f"{match['base']}/{match['quote']}", match, 0)
    for match in SPACED_PAIR.finditer(text):  # "#ETH USDT"; a bare "Bybit USDT" is an exchange
        if is_pair_base(match["base"].upper()):
            found.add(f"{match['base']}/{match['quote']}", match, 0)
    for match in JOINED.finditer(text):
        joined = split_joined(match["word"], tagged=match.group().lstrip()[:1] in "#$") or perpetual(match)
        if joined:
            found.add(joined, match, 0)
    for match in _TAG.finditer(text):
        base = match["base"].upper()
        if _CAMEL_CASE.fullmatch(match["base"]) and base not in assets.KNOWN_BASES:
            continue
        if (base not in NOT_TICKERS or _is_tagged_header(text, match) or _repeated_cashtag(text, match)) and not NOT_TICKER_SHAPE.fullmatch(base):
            found.add(assets.ALIASES.get(base, f"{base}/USDT"), match, 1)
    for match in _ONE_LETTER_TAG.finditer(text):  # "#H 🟢 LONG"
        found.add(f"{match['base']}/USDT", match, 1)
    for match in LINE_PAIR.finditer(text):  # "EPIC USDT" heading a bot's post
        if _is_ticker(match["base"]):
            found.add(f"{match['base']}/{match['quote']}", match, 0)
    for match in _LABELLED.finditer(text):  # "Coin: INJ", "Ticker: ldo"
        # "Coin MOVE": a listed base that is also a word ("move") is the pair when the label names it in capitals.
        listed = match["base"].isupper() and match["base"] in assets.KNOWN_BASES and not NOT_TICKER_SHAPE.fullmatch(match["base"])
        if _is_ticker(match["base"].upper()) or listed:
            found.add(f"{match['base']}/USDT", match, 1)
    for line_start, line in _lines(text):
        _add_line_tickers(found, line, line_start)
    for match in word_bases_heading_side(text):  # "MOVE SHORT 🔻", "MOVE 0.4650 LONG, SL 0.4420"
        found.add(f"{match.group()}/USDT", match, 1)
    if not found.mentions:
        _add_lone_listed_base(found, text, len(text))
        if not found.mentions:
            _add_classified_base(found, text)
        if not found.mentions:
            _add_leading_word(found, text)
        if not found.mentions:
            _add_setup_title(found, text)
        for match in plan_word_tags.plan_tags(text) if not found.mentions else ():  # "olha esse #NOT … vendido, stop …"
            found.add(f"{match['base']}/USDT", match, 1)
        for match in (word_bases_beside_side(text) or word_bases_before_caseless(text)) if not found.mentions else ():
            found.add(f"{match.group()}/USDT", match, 1)
    elif all(m.strength >= 2 for m in found.mentions):
        # "💰 SOL 現價 168.3 … 1H XYZ 死叉 … 空單": a listed ticker written before a guessed word names the pair.
        _add_lone_listed_base(found, text, min(m.start for m in found.mentions))
    mentions = _without_echoes(text, _without_lowercase_words(text, sorted(found.mentions, key=lambda m: m.start)))
    return plan_subject.only_subject(text, mentions, [m for m in _BARE.finditer(text) if m["base"] in assets.KNOWN_BASES and _is_ticker(m["base"])])


def _without_lowercase_words(text: str, mentions: list[SymbolMention]) -> list[SymbolMention]:
    """"$BTC … Enter short at or near the current price": a listed base written in lower case in prose ("near",
    "link", "dot") is a word while a tagged or capitalised ticker is named; alone ("doge这里可以直接市价多") it stays."""
    def lowercase(m: SymbolMention) -> bool:
        word = text[m.start: m.end]
        return m.strength >= 1 and word.isalpha() and word.islower()
    if not any(lowercase(m) for m in mentions) or all(lowercase(m) for m in mentions):
        return mentions
    return [m for m in mentions if not lowercase(m)]


# "1000PEPE", "1000000MOG", "1MBABYDOGE": the futures contract of a coin priced too small to quote.
_MULTIPLIED = re.compile(r"(?:1000+|1M)(?P<coin>[A-Z][A-Z0-9]*)")


def _without_echoes(text: str, mentions: list[SymbolMention]) -> list[SymbolMention]:
    """Mentions that are no rival to another:
    - "pepe lookin strong, im longing 1000pepe": the coin beside its multiplied contract is the same
      market, and the contract is what trades;
    - "gaes ada call long SUI nih" (Indonesian "ada", there is): a listed base that is an everyday word
      of a table's language (``vocabulary.word_tickers``), written in lower case, is that word when
      another ticker is named as strongly."""
    contracts = {m["coin"] for m in (_MULTIPLIED.fullmatch(x.symbol.split("/")[0]) for x in mentions) if m}

    def lent(m: SymbolMention) -> bool:
        written = text[m.start:m.end]
        return written.islower() and written.upper() in vocabulary.word_tickers()

    return [
        m for m in mentions
        if m.symbol.split("/")[0] not in contracts
        and not (lent(m) and any(o.symbol != m.symbol and o.strength <= m.strength and not lent(o) for o in mentions))
    ]


# "#BinanceFutures #CryptoTrading #ShortSetup", "#TradingDeCripto": a tag of capitalised words run
# together is a topic, not a ticker; tickers are tagged in capitals ("#THEUSDT") or as one word ("#Pepe").
_CAMEL_CASE = re.compile(r"(?:[A-Z][a-z]{2,}){2,}")


def _add_lone_listed_base(found: "_Found", text: str, before: int) -> None:
    """"BTC has reclaimed the 4H EMA200 … Trade plan: Long 67,150", "📊 بيتكوين BTC": when no line
    names the pair where the grammar looks for it, the one listed base the message writes in capitals
    is the pair, if it stands before ``before``. Two such bases leave it open: which one trades is a guess,
    unless one opens the message ("NEAR has been compressing … while BTC chopped sideways"), its subject,
    and no other is its measure ("ETH looks weak against BTC" may trade ETH/BTC)."""
    matches = [m for m in _BARE.finditer(text) if m["base"] in assets.KNOWN_BASES and _is_ticker(m["base"])]
    if (called := plan_subject.subject(text[:before], matches)) is not None:  # "… but ONE is holding … ONE here 0.0146, stop …"
        found.add(f"{called['base']}/USDT", called, 1)
        return
    opens = bool(matches) and re.fullmatch(r"\W{0,4}", text[: matches[0].start()]) is not None and not any(
        re.search(r"\b(?:against|vs|versus)[ .]{1,2}$", text[: m.start()], re.I) for m in matches
    )
    if (len({m["base"] for m in matches}) == 1 or opens) and matches[0].start() < before:
        found.add(f"{matches[0]['base']}/USDT", matches[0], 1)


# "ae ơi con link này …": Vietnamese counts a coin with the classifier "con" ("con sol", "con btc này"),
# so a listed base after it names the pair in any case.
_CLASSIFIED = re.compile(r"(?<![\w#$/])con[ ]{1,2}(?P<base>[A-Za-z0-9]{2,10})(?![\w/])", re.I)


def _add_classified_base(found: "_Found", text: str) -> None:
    bases = [m for m in _CLASSIFIED.finditer(text) if m["base"].upper() in assets.KNOWN_BASES and _is_ticker(m["base"].upper())]
    if len({m["base"].upper() for m in bases}) == 1:
        found.add(f"{bases[0]['base'].upper()}/USDT", bases[0], 1)



# "$NOT (Notcoin) long": the coin's name in brackets may stand between the tag and its side.
_SIDE_HEADER = re.compile(r"[ ]{1,2}(?:\([^()\n]{1,24}\)[ ]{1,2})?(?:long|short)\W{0,4}", re.I)
_SIDE_BEFORE_TAG = re.compile(r"\W{0,4}(?:long|short|buy|sell)\W{0,4}", re.I)


def _repeated_cashtag(text: str, match: re.Match) -> bool:
    """"$DIA Long … Looking at $DIA": a cashtag in capitals written twice is a ticker, though it spells a word."""
    word = match.group().strip()
    return word.startswith("$") and word[1:].isupper() and len(word) >= 4 and word[1:] not in GRAMMAR_WORDS and text.count(word) >= 2


def _is_tagged_header(text: str, match: re.Match) -> bool:
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    # "$THE Short": a grammar word tagged before its side heads the call as well.
    alone = line.strip() == match.group().strip() or _SIDE_HEADER.fullmatch(line, match.end() - line_start) is not None
    if match["base"].upper() in GRAMMAR_WORDS:
        return alone
    # "BUY #NOT", "#HIGH SHORT": a listed base that is an everyday word ("NOT", "HIGH"), tagged in capitals
    # on a line that holds only it and its side, heads the call; "#NOT financial advice" says no side.
    sided = _SIDE_HEADER.fullmatch(line, match.end() - line_start) is not None or (
        _SIDE_BEFORE_TAG.fullmatch(line, 0, match.start() - line_start) is not None and not line[match.end() - line_start:].strip()
    )
    sided = sided or priced_tags.is_priced_tag(text, match)  # "Closed #NOT manually at 0.0081"
    return match["base"].isupper() and match["base"] in COMMON_LOWER and match["base"] in assets.KNOWN_BASES and sided


# "mavia long 20x", "Zeta short here": a message that opens with a word and its side names the coin
# in that word, in any case, when nothing else names one. Not the words people open a sentence with.
_LEADING_WORD = re.compile(r"\A\W{0,4}(?P<base>[A-Za-z][A-Za-z0-9]{1,9})[ ]{1,2}(?:long|short)\b", re.I)


def _add_leading_word(found: "_Found", text: str) -> None:
    match = _LEADING_WORD.match(text)
    if match and _is_ticker(match["base"].upper()) and match["base"].upper() not in SENTENCE_OPENERS and not is_held_verb(match):
        found.add(f"{match['base']}/USDT", match, 2)


# "📉 HIGH Trade Setup: Betting on a Rejection": a listed base in capitals that titles a setup names the coin,
# though it spells an English word.
_SETUP_TITLE = re.compile(r"\A\W{0,6}(?P<base>[A-Z][A-Z0-9]{1,9})[ ]{1,2}(?:trade[ ]{1,2})?(?:setup|plan)\b", re.I)


def _add_setup_title(found: "_Found", text: str) -> None:
    match = _SETUP_TITLE.match(text)
    if match and match["base"].isupper() and match["base"] in assets.KNOWN_BASES:
        found.add(f"{match['base']}/USDT", match, 1)


def _add_line_tickers(found: "_Found", line: str, line_start: int) -> None:
    """Bare tickers: on a line that says long/short/buy/sell, or a listed base alone on its line or
    on an entry line."""
    on_side_line = _SIDE_WORD.search(line) is not None
    alone = re.fullmatch(r"\W{0,8}[A-Za-z0-9]{2,12}\W{0,8}", line) is not None
    if not (on_side_line or alone or _ENTRY_WORD.search(line)):
        return
    for match in _ANY_CASE_WORD.finditer(line):
        word = match["base"].upper()
        if word in COMMON_LOWER and not match["base"].isupper():
            continue
        if word in assets.ALIASES:
            found.add(assets.ALIASES[word], match, 1, offset=line_start)
        elif on_side_line and (joined := _lowercase_joined(match["base"])):
            found.add(joined, match, 0, offset=line_start)
        elif word in assets.KNOWN_BASES and _is_ticker(word):
            found.add(f"{word}/USDT", match, 1, offset=line_start)
    if on_side_line:
        for match in _BARE.finditer(line):
            if _is_ticker(match["base"]) and not in_foreign_capitals(line, match.start(), match.end()):
                found.add(f"{match['base']}/USDT", match, 2, offset=line_start)


# "btcusd scalp short 67,850", "ethbtc long": a listed base glued to a common quote in lower case, on a line
# that says the side, is the pair; no everyday word ends so.
_LOWERCASE_QUOTES = ("USDT", "USDC", "USD", "BTC")


def _lowercase_joined(word: str) -> str | None:
    upper = word.upper()
    if not word.islower() or upper in assets.KNOWN_BASES:
        return None
    quote = next((quote for quote in _LOWERCASE_QUOTES if upper.endswith(quote)), None)
    base = upper[: -len(quote)] if quote else ""
    return f"{base}/{quote}" if len(base) >= 2 and base in assets.KNOWN_BASES and _is_ticker(base) else None



def choose(mentions: list[SymbolMention]) -> str | None:
    """The strongest mention, earliest among equals."""
    if not mentions:
        return None
    return min(mentions, key=lambda m: (m.strength, m.start)).symbol


def bare_tickers(text: str) -> list[SymbolMention]:
    """Upper-case tickers anywhere ("Close position\nBTC by 35091"), for updates only."""
    found = _Found()
    for match in _BARE.finditer(text):
        if match["base"] in assets.ALIASES:  # "GOLD TP1 HIT": a market's name is its pair, as on a signal
            found.add(assets.ALIASES[match["base"]], match, 1)
        elif _is_ticker(match["base"]):
            found.add(f"{match['base']}/USDT", match, 1 if match["base"] in assets.KNOWN_BASES else 2)
    return found.mentions


def _is_ticker(word: str) -> bool:
    return word not in NOT_TICKERS and word not in WORD_BASES and not NOT_TICKER_SHAPE.fullmatch(word)


def normalize(raw: str) -> str | None:
    """``echotrade.symbols.normalize_symbol``, or None when it is not a pair."""
    try:
        return normalize_symbol(raw)
    except InvalidInput:
        return None


class _Found:
    """Mentions kept so far, and the strongest one covering each character."""

    def __init__(self) -> None:
        self.mentions: list[SymbolMention] = []
        self._strength_at: dict[int, int] = {}

    def add(self, raw: str, match: re.Match, strength: int, offset: int = 0) -> None:
        start, end = match.start() + offset, match.end() + offset
        if len(self.mentions) >= MAX_MENTIONS:
            return
        if any(self._strength_at.get(i, 9) <= strength for i in range(start, end)):
            return
        symbol = normalize(raw)
        # "Available capital $200 USDT": a base of digits only is an amount, never a coin ("1000PEPE" has letters).
        if symbol and not symbol.split("/")[0].isdigit():
            self.mentions.append(SymbolMention(symbol, start, end, strength))
            for i in range(start, end):
                self._strength_at[i] = min(strength, self._strength_at.get(i, 9))


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1
