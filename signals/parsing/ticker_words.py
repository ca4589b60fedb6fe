"""Words that look like tickers and are not: channel labels, every language's vocabulary, everyday English
words that happen to be listed bases, and the words people open a sentence with. ``symbols`` reads pairs
past them."""
from __future__ import annotations

import re

from . import assets, vocabulary

# Upper-case words and hashtags that channels use and that are not tickers.
ENGLISH_NOT_TICKERS = frozenset(
    """
    LONG SHORT BUY SELL LONGS SHORTS ENTRY ENTRIES ENTER ZONE TARGET TARGETS TP TPS SL STOP LOSS
    STOPLOSS LEVERAGE LEV LVG CROSS ISOLATED MARGIN OR AND BELOW ABOVE UNDER OVER AT NOW MARKET CMP
    PRICE HOLD SPOT FUTURE FUTURES PERP SIGNAL SIGNALS CALL CALLS SCALP SETUP TRADE TRADES TRADING
    VIP NEW FREE ALERT UPDATE UPDATES BINANCE BYBIT OKX BITGET MEXC KUCOIN BINGX GATE HUOBI BITMEX
    EXCHANGE ORDER LIMIT DCA USDT USD USDC BUSD TYPE REGULAR POSITION POSITIONS RISK RISKY HIGH LOW
    MID TERM GEM BY TO OF THE ON IN IS IT UP ALL CLOSE CLOSED EXIT MAX MIN BE TTP FUND FUNDS
    ONLY USE SAFE PLACE GET INTO AVG NOTE WARNING IMPORTANT PROFIT PROFITS CRYPTO CRYPTOS COIN COINS
    PAIR DIRECTION TIME TF RR ROI PNL ATH ATL EMA SMA RSI MACD BTCD DOM FOMC CPI NFP USA US UK
    EU OK YES NO NOT AM PM UTC DAILY WEEKLY NEWS PUMP DUMP BULLISH BEARISH MOON LFG HODL DYOR
    NFA TA FA AI API APP BOT BOTS PREMIUM CHANNEL GROUP JOIN DM ADMIN FAST QUICK MY OUR
    YOUR WE YOU HALF FIRST SECOND THIRD SOME PARTIAL EVERYTHING THIS THAT HERE BREAKEVEN TAKE
    CANCEL CANCELLED CANCELED DONE HIT REACHED ACHIEVED RESULT RESULTS WIN WINS LOSSES X
    CLIENT STRATEGY PUBLISHED PERIOD WALLET SIZE CAPITAL BALANCE CCS SETUPS ORDERS AGAIN PLEASE
    ACTIVE STATE STATUS RUNNING TRAILING WITH FOR TRY PLAN PLANS
    """.split()
)


def _vocabulary_words() -> frozenset[str]:
    """Every one-word row of every language, in upper case: "COMPRA", "HEDEF", "BELI" are words."""
    words = set()
    for row in vocabulary.rows():
        for word in re.findall(r"[A-Za-z0-9]+", vocabulary.strip_accents(row.word)):
            words.add(word.upper())
    return frozenset(words)


NOT_TICKERS = ENGLISH_NOT_TICKERS | assets.INDICATORS | (_vocabulary_words() - assets.KNOWN_BASES)
# Listed bases that are everyday English words: written in lower case on a side line ("going long on
# this one 0.5", "high risk long") they are the word, though "longing pepe here" names PEPE.
COMMON_LOWER = frozenset(
    """
    ONE HIGH GAS BOND DATA FUN WIN SUN HOT SUPER PRIME MAGIC PEOPLE GOAT MOVE MEME ACE ALT BEAM ACT HOOK
    PIXEL PORTAL SAGA OMNI BANANA DOGS TURBO BAKE MASK ALPHA BAND GATE ID IO W S ME NOT AI AR OM SC EDU
    STEEM FLOW ROSE SAND DEGO POWR RAY CAKE JOE LAYER VIRTUAL HIVE DUSK TRU LIT
    """.split()
)
# Listed bases that are also words of a table: Hinglish "me" (in), "Entry 3 part me: 14.6". Bare, in
# any case, they are the word; a tag ("#ME", "$ME") or a joined or explicit pair ("MEUSDT") names the coin.
WORD_BASES = _vocabulary_words() & assets.KNOWN_BASES

# Grammar words, never a channel's category tag ("#LONG", "#SIGNAL", "#UPDATE" are): tagged alone on
# a line ("#FOR", "$ONE") they name the coin.
GRAMMAR_WORDS = frozenset("FOR WITH TO OF THE ON IN IS IT UP BY AT AND OR AM BE SO WE MY OUR YOUR YOU".split())

# Words people open a sentence with before a side ("going long", "still short"): never the coin of
# "mavia long 20x".
SENTENCE_OPENERS = frozenset(
    """
    I IM WE GO GOING WENT GONE GET GETTING GOT STILL JUST STAY STAYING OPEN OPENED OPENING ALREADY SO VERY TOO
    WHY HOW WHEN WHAT BEEN IS WAS ARE BUT ALSO EVEN NICE GOOD BIG SMALL TAKING TOOK ENTERED ENTERING ADDED ADDING
    HE SHE THEY SWING MINI SAFE HUGE FULL LATE EARLY LOOKING WATCHING GONNA WANNA
    """.split()
)


# "LOẠI GIAO DỊCH: Bán (Short)", "SÀN GIAO DỊCH": a header in capitals of a language written with marks; its
# unmarked words ("GIAO") are that language too. A word in capitals beside such a word is no guessed ticker.
_MARKED_CAPITALS = re.compile(r"(?=[^\W\d_]*[^\W\d_A-Z])[^\W\d_]{2,}")


def in_foreign_capitals(line: str, start: int, end: int) -> bool:
    """Whether the word at ``line[start:end]`` has, right beside it, a word in capitals with a marked letter."""
    before = re.search(r"(\S+)[ ]$", line[:start])
    after = re.match(r"[ ](\S+)", line[end:])
    return any(
        word is not None and word[1].isupper() and _MARKED_CAPITALS.fullmatch(word[1].strip(":,.")) is not None
        for word in (before, after)
    )


# "TP1", "SL2", "5X", "X25", "12.5X", "4H" are labels, leverage and timeframes.
# "TP95000", "SL98600": a label with its value glued on ("止盈95000" once canonical) is no ticker either.
NOT_TICKER_SHAPE = re.compile(r"[0-9]+[XHMDW]?|X[0-9]+|(?:TP|SL|ENTRY|TARGET|T|E)[0-9]+")
