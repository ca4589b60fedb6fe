"""The words channels use for entry, stop, target, leverage, sides and the rest, one table per language.

Each language module holds ``WORDS``: a role ("entry", "stop", "long", …) and the ways that
language writes it. ``canonicalise`` rewrites the words of every language a message uses into the
English spelling of their role ("Вход" → "Entry", "止损" → "SL", "Kaldıraç" → "Leverage"), so the
section grammar reads one language. Adding a language is adding a module and a line to
``LANGUAGES``: rows, not regexes.

A language's rows apply only when the message uses one of its distinctive words, so Spanish "a"
(a filler, dropped) or Vietnamese "bán" (sell) never touch an English message.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import ar_fa, en, es, hi, id_ms, pt, ru, tr, vi, zh
from .capital_sides import may_show, shows_language

# Hindi and Indonesian are one family of channels but two tables: they write numbers differently.
LANGUAGES = {
    "en": en, "ru": ru, "tr": tr, "zh": zh, "es": es, "pt": pt, "vi": vi, "ar_fa": ar_fa, "hi": hi, "id": id_ms,
}

# What each role becomes: words the English grammar already reads.
CANONICAL = {
    "entry": "Entry", "zone": "zone",
    # "Зона продаж: …", "卖出区 …": where a short opens, or a long's targets beside a buy zone (``sections``).
    "sell_zone": "sell zone",
    # "стоп тянем по тейкам", "stop follows target by target": a stop moved up a target at a time (``hints``).
    "stepwise": "target by target", "stop": "SL", "target": "Target", "leverage": "Leverage",
    "long": "LONG", "short": "SHORT",
    # "kısa vadeli", "corto plazo", "jangka pendek": a horizon, which ``text.clean`` drops as it drops "mid term".
    "horizon": "mid term",
    # "шорт-сквиз", "逼空", "retail is shorting": a market move or what the crowd holds, never the call's side.
    "squeeze": "squeeze",
    # "XRP necesita cerrar por encima de 2,24": what a coin needs, its close then a candle's (``conditions``).
    "need": "needs to",
    # Buy and sell stay apart from long and short: "Mua … Bán: 14.9 / 15.6" (buy … sell) lists
    # the targets of a spot trade, as "Buy … Sell" does in English.
    "buy": "BUY", "sell": "SELL", "market": "market", "cancel": "cancelled", "close": "close",
    "hit": "hit", "breakeven": "breakeven", "move": "move", "after": "after",
    # "a partir del TP2", "начиная с TP2": a rule from a target on, which starts a trail named before it (``trail_starts``).
    "starting_from": "starting after", "half": "half", "whole": "all", "quarter": "quarter", "half_each": "half each",
    # "fecha metade" (close half): the Portuguese bare "fecha" is also Spanish "Fecha:" (date), so it closes
    # only as a phrase with its share, which canonicalises whole.
    "close_half": "close half", "close_all": "close all", "close_part": "close partial",
    "cross": "Cross", "isolated": "Isolated", "profit": "Profit", "trailing": "Trailing stop",
    # "فعّلوا وقف خسارة متحرك بعد الهدف الثاني", "TP2 ke baad trailing SL laga dena": an order to switch a
    # trailing stop on, the verb "trail", so the condition beside it starts the trail (``hints``).
    "trail_on": "trail",
    # "her girişe %25" (25 % on each entry): Turkish "girişe" alone is the stop's "to entry" (breakeven), so
    # "each" with it is read whole (``each_entry``).
    "each_entry": "each entry",
    # "📌 规则：…", "Regras:": a heading over a plan's management rules (``plan_blocks``).
    "rules": "Rules",
    "status": "Active State", "pair": "Coin", "first": "first", "second": "second", "third": "third", "fourth": "fourth", "filler": " ",
    # A report that the stop was hit ("止损出局", "выбило по стопу"), never an instruction to act on.
    "stopped": "SL hit",
    # "fill ho gaya", "已成交", "исполнен": an order filled, a report for a trade already open (``updates``).
    "filled": "filled",
    # "止盈已挂好", "ордера уже выставлены": a trade's orders already placed, a report like a fill (``updates``).
    "placed": "already placed",
    # "SL theo TP trước đó", "стоп на предыдущую цель": the target before, where a stop trails (``hints``).
    "previous": "previous", "carry_on": "from then on",
    # A stop's condition ("cierre de 4H por debajo de X", "4小時收盤跌破 X"): words the section grammar
    # reads as filler, and a number of hours it reads as a timeframe ("4 saatlik" → "4 hours").
    "candle": "candle", "hours": "hours", "daily": "daily", "weekly": "weekly",
    # "CMP or 0.52", "a mercado o 0,52": an alternative the entry rule reads (``text.clean``).
    "or": "or", "market_or": "market or",
    # "maybe", "not a call": hedged talk and disclaimers, which ``signal.build`` keeps from trading.
    "hedge": "maybe", "not_a_call": "not a call", "ask": "anyone know",
    # "📚 How to read our signals", "Ví dụ bạn long BTC ở 65.000": a lesson or example, never a trade.
    "lesson": "for example",
    # "Маржа: изолированная", "ký quỹ chéo": the margin word that puts cross or isolated on its line.
    "margin": "margin",
    # "Margen aislado ⚠️ gestionen riesgo", "изолированная маржа": the mode said with its margin word, which
    # keeps the line about margin (``leverage.margin_mode``) though other words follow.
    "cross_margin": "Cross margin", "isolated_margin": "Isolated margin",
    # "его не трогаем", "先不碰", "no lo tocaría": a pair the text declines to trade (``called_pair``).
    "decline": "not touching",
    # "Тип ордера: Рыночный ордер", "Tipo de orden: a mercado": the order's type, a market one making the
    # entry's price only where the market stands (``market_notes``).
    "order_type": "Order type",
    # "3 orders", "в 3 ордера", "chia 3 phần": how many orders a ladder has (``sections``), not a price.
    "parts": "parts",
    "signal": "signal",
    # "🆕 NEW CALL", "Новая сделка 👇", "KÈO MỚI": a header that opens a new call after updates on other coins (``desk_posts``).
    "new_call": "new signal",
    # "усреднение на 8,87" (averaging down at): an entry that adds to the side's own price (``legs``).
    "dca": "DCA",
    # "Chạm TP1 thì dời SL", "jika TP1 tercapai", "если": a condition, so what follows is a rule for
    # later, not an instruction or report for now (``updates``); between a side and its price a filler.
    "when": "when",
    # "at", "pe", "di", "em", "по": the word tying a price to its side; a filler wherever it stands.
    "at": " ",
    # "de 5 a 10x", "من 5 إلى 10 مرات", "10 kat kaldıraç": a range's "to" and a leverage's "x".
    "to": "to", "times": "x",
    # "目标 0.164 然后 0.171": "then", kept whole so its "后" is not read as "after" (a join, ``sections``).
    "then": "then",
    # "4.10 ke upar se, matlab 4.10-4.18 zone", "от 4.10, то есть 4.10-4.18": "meaning", a price said again
    # as the range it stands for (``restatements``).
    "restate": "meaning",
    # "شورت ENA بین 0.92 و 0.95": "between", which the entry grammar reads past to the range it opens.
    # "Стоп будет выше 0.1688", "stop va por encima de …" → "SL goes above 0.1688": a verb between a stop label
    # and its side word (``placed_stops``).
    "stop_goes": "goes",
    "between": "between", "lies_at": "lies at", "plan": "plan", "trying": "trying", "so_on": "and so on", "of_trade": "of trade",  # "цели находятся на" → "targets lies at" (``label_verbs``)
    # "Средний вход", "平均入场" (average entry): the average of a plan's entries (``sections``); "爆仓",
    # "ликвидация": a liquidation, never a close to make nor this trade's leverage (``leverage``).
    "average": "avg", "liquidation": "liquidation",
    # "2% капитала", "2% del capital": a share of the account (``hints``).
    "capital": "capital",
    # "Распределение тейков 25/25/25/25", "Alokasi entry 30% / 30% / 40%": the shares of a leg list, never
    # its prices (``allocation_lines``).
    "allocation": "allocation",
    # "ALTIN (XAUUSD) SAT", "ЗОЛОТО шорт", "黄金 空": gold by its name, the market alias ``assets`` reads.
    "gold": "GOLD",
    "promo": "promo", "news": "news",
    # "۵ درصد", "yüzde 4", "5 процентов", "百分之5": a percentage, never a price ("SL: 5 درصد" → no stop).
    "percent": "%",
    # "Take 25% at each target", "Cierra 25% en cada TP": one share closed at every target (``hints``).
    "each": "each",
    # "(分别 25%/50%/25%)", "(соответственно …)": shares in the order of the prices before them (``counted_shares``).
    "respectively": "respectively",
    # "1.5% below the high", "ниже максимума", "cách đỉnh": the extreme a trailing stop keeps its distance from (``hints``).
    "peak": "peak",
    # "take 50% at TP1, rest at TP2", "kalanı TP2 ve TP3'te eşit": what is left after a share (``hints``).
    "rest": "rest",
    # "leave 20% for the runner", "deixa 20% pro runner", "20% на раннер": the share left for the last target (``runner_shares``).
    "runner": "runner",
    # "stop gain em 36,20", "coloca stop gain no preço de entrada", "стоп в плюс на 36,20": a stop moved into profit, an
    # instruction for a running trade, never a target ("Stop gain: 85,0 / 82,5" with its colon stays a label).
    "profit_stop": "move SL to",
    # "50 pips", "30 пунктов", "50个点": a number of pips or points is a distance, never a price (``line_prices``).
    "distance": "pips",
    # "Không dùng đòn bẩy", "sin apalancamiento", "без плеча": a trade without leverage (``leverage``).
    "no_leverage": "no leverage",
    # "153 就認錯", "I'm wrong below 140", "me equivoqué si pierde 140": where the caller is wrong, the stop (``wrong_stops``).
    "wrong": "wrong",
    # "50% at the upper area, 50% at the lower area": the two ends of an entry zone a share goes to (``zone_shares``).
    "upper_part": "upper part", "lower_part": "lower part",
    # "otra entrada en 0,5080" (another entry at): an entry added after the side's own price (``legs``).
    "another": "another",
    # "burada 0.7420", "buradan" (here, from here): a price said where the market stands is the entry, as
    # after English "here". Its own role, not a filler, so the language's own word shows the language.
    "here": "here",
    # "以观望为主" (mainly wait and see), "stay on the sidelines": the writer opens nothing for now (``talk``).
    "wait_see": "wait and see",
    # "Entrada: qualquer preço entre 2,150 e 2,230" (any price between): the zone itself, the words dropped.
    "any_price": " ",
}
# Roles too common to show which language a message is written in ("zona", "area"), unless the
# spelling is the language's own ("vùng", "منطقة"); nor does a plain ASCII word shorter than four
# letters ("par", "mua"), which another language may use for something else.
_WEAK_ROLES = frozenset({"each_entry", "trail_on", "filler", "zone", "or", "at", "to", "times", "each", "respectively", "capital", "previous", "peak", "rest", "wrong", "distance", "lies_at", "plan", "trying", "of_trade", "another", "any_price", "runner"})


def _is_phrase(key: str) -> bool:
    """"ke neeche", "por debajo", "di atas": a phrase of words is its language's own, whatever its role."""
    return " " in key and len(key) >= 8
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A letter (or a combining mark of one) right before or after a word means it is part of a longer
# word; a digit does not ("ТП1", "2.04Цели").
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
_BEFORE = rf"(?<![^\W\d_])(?<![{_MARKS}])"
_AFTER = rf"(?![^\W\d_]|[{_MARKS}])"


@dataclass(frozen=True)
class Row:
    language: str
    role: str
    word: str


def rows() -> list[Row]:
    """Every (language, role, word) in the tables."""
    return [Row(code, role, word) for code, module in LANGUAGES.items() for role, words in module.WORDS.items() for word in words]


def fold(text: str) -> str:
    """One key for a word however it is cased or spaced: "Stop-Loss", "STOP  loss", "GİRİŞ"."""
    text = unicodedata.normalize("NFKC", text).replace("İ", "i").replace("ı", "i").lower()
    return re.sub(r"[\s\-]+", " ", text).strip()


def strip_accents(text: str) -> str:
    """"điểm vào" → "diem vao", "kaldıraç" → "kaldirac": how people type without a layout."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D").replace("ı", "i"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


class _Language:
    """One language's rows as a single longest-first pattern, and which role each word plays."""

    def __init__(self, code: str, words: dict[str, tuple[str, ...]], english: set[str], borrowed: frozenset[str] = frozenset()) -> None:
        self.code = code
        self.role_of: dict[str, str] = {}
        self.distinctive: set[str] = set()
        for role, spellings in words.items():
            for spelling in spellings:
                for variant in _variants(spelling):
                    key = fold(variant)
                    if key in english or key in self.role_of:
                        continue  # an English spelling is already canonical; the first role listed wins
                    self.role_of[key] = role
                    if key in borrowed:
                        continue  # an English word the language borrows ("gain"): it shows no language
                    if not key.isascii() or (role not in _WEAK_ROLES and len(key) >= 4) or _is_phrase(key):
                        self.distinctive.add(key)
        # Latin words are looked up whole; other scripts split at combining marks, so by first letter.
        # Only the distinctive rows: without one of them the language does not apply, whatever else matches.
        # Indexed by the row's first word, so the test costs the message's words, not the table's rows:
        # a long message is canonicalised line by line, and each line would otherwise walk every row.
        self.rows_by_first_word: dict[str, list[tuple[str, ...]]] = {}
        for key in self.distinctive:
            if _is_latin(key) and (key_words := tuple(_WORDS.findall(key))):
                self.rows_by_first_word.setdefault(key_words[0], []).append(key_words)
        self.first_chars = {next(c for c in key if c.isalpha()) for key in self.distinctive if not _is_latin(key)}
        self.pattern = _compile(self.role_of)

    def could_appear_in(self, words: set[str], text: str) -> bool:
        """A cheap test before the pattern runs: every word of a distinctive Latin row ("a mercado" needs
        "mercado" too), or the first character of another script's."""
        return any(
            all(other in words for other in key) for word in words for key in self.rows_by_first_word.get(word, ())
        ) or any(char in text for char in self.first_chars)


def _is_latin(key: str) -> bool:
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in key if c.isalpha())


def _variants(spelling: str) -> list[str]:
    spelling = unicodedata.normalize("NFKC", spelling)
    plain = strip_accents(spelling)
    # Short words without accents collide with other languages ("ban", "lo"); only longer ones fold.
    return [spelling, plain] if plain != spelling and len(plain) >= 4 else [spelling]


# "والتعزيز ٦٫٤٠" ("and the averaging entry"), "فالهدف", "بالرافعة": Arabic glues "and", "so" and
# "with" to a word with its article; the row is the word without them.
_ARABIC_CLITIC = "[وفب]?"


def _role_key(role_of: dict[str, str], matched: str) -> str:
    key = fold(matched)
    return key[1:] if key not in role_of and key[:1] in "وفب" and key[1:] in role_of else key


def _compile(keys) -> re.Pattern:
    """Longest first; the word-boundary checks run once per position, not once per row, and the rows
    share their common beginnings (a trie), so a position costs the letters it matches rather than
    every row of the table: that keeps a 10 kB message of junk well under the parser's time bound."""
    cjk = [key for key in keys if _CJK.search(key)]
    bounded = [key for key in keys if not _CJK.search(key)]
    branches = ([_trie(cjk, cjk=True)] if cjk else []) + ([f"{_BEFORE}{_trie(bounded, cjk=False)}{_AFTER}"] if bounded else [])
    return re.compile("|".join(branches), re.I)


def _trie(keys: list[str], cjk: bool) -> str:
    """One pattern for the rows, longest first at every branch."""
    body = _trie_node(_tree(keys), cjk)
    clitic = [key for key in keys if key.startswith("ال")]
    # "والتعزيز", "فالهدف": the Arabic rows with their article may carry a glued "and", "so" or "with".
    return f"(?:{_ARABIC_CLITIC}{_trie_node(_tree(clitic), cjk)}|{body})" if clitic else body


def _tree(keys: list[str]) -> dict:
    """The keys as nested dicts, one level a letter; "" marks where a key ends."""
    root: dict = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _trie_node(node: dict, cjk: bool) -> str:
    """The branches below ``node``; where a key may also end here, the longer branches are tried first."""
    ends = "" in node
    branches = [_unit(char, cjk) + _trie_node(child, cjk) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if ends else body


def _unit(char: str, cjk: bool) -> str:
    """One letter of a row: a space stretches to a few spaces or a hyphen (none needed between Chinese
    words), a colon may stand apart from its word."""
    if char == " ":
        return r"[ \t\-]{0,3}" if cjk else r"[ \t\-]{1,3}"
    if char == ":":
        return r"[ ]{0,2}:[ ]{0,2}"
    return re.escape(char)


@lru_cache(maxsize=1)
def _languages() -> tuple[_Language, ...]:
    english = {fold(word) for words in en.WORDS.values() for word in words}
    return tuple(
        _Language(code, module.WORDS, english, frozenset(fold(word) for word in getattr(module, "BORROWED", ())))
        for code, module in LANGUAGES.items() if code != "en"
    )


_WORDS = re.compile(r"[^\W\d_]+")


def detect(text: str) -> list[str]:
    """The non-English languages whose distinctive words the message uses."""
    return [language.code for language, _ in _present(text)]


# The parser asks about the same line several times (the language, its number style, its canonical
# words), and the tables do not change while it runs, so each text's answer is kept.
@lru_cache(maxsize=4096)
def _present(text: str) -> tuple[tuple[_Language, tuple[tuple[int, int, str], ...]], ...]:
    words = {fold(word) for word in _WORDS.findall(text[:20_000])}
    found = []
    for language in _languages():
        if not (language.could_appear_in(words, text) or may_show(language.code, language.role_of, words)):
            continue
        keys = [(m.start(), m.end(), _role_key(language.role_of, m.group())) for m in language.pattern.finditer(text)]
        matches = tuple((start, end, language.role_of.get(key, "")) for start, end, key in keys)
        if any(key in language.distinctive or shows_language(text, start, end, language.role_of.get(key, "")) for start, end, key in keys):
            found.append((language, matches))
    return tuple(found)


def forget_texts() -> None:
    """Empty the memo of each text's languages (``_present``): for a benchmark timing one message again."""
    _present.cache_clear()


def number_style(text: str) -> tuple[bool, bool]:
    """Whether the languages the message is written in read "1,150" as a decimal and "66.800" as a
    thousands group (``DECIMAL_COMMA`` / ``DOT_THOUSANDS`` in their tables). Every language the
    message uses must agree; a message in English alone reads both the English way."""
    modules = [LANGUAGES[code] for code in detect(text)]
    if not modules:
        return False, False
    return (
        all(getattr(module, "DECIMAL_COMMA", False) for module in modules),
        all(getattr(module, "DOT_THOUSANDS", False) for module in modules),
    )


# "止盈1：14.90" numbers a target; "止盈14.90/14.30" glues a price to the word, no index ("TP1 4.90").
_TARGET_INDEX = re.compile(r"[0-9](?![.,]?[0-9])|[0-9]{2}(?![.,]?[0-9])")


def canonicalise(text: str) -> str:
    """The message with every word of its languages replaced by the English word for its role."""
    text = _drop_label_suffixes(text)
    spans = sorted(
        (match for _, matches in _present(text) for match in matches if match[2]),
        key=lambda m: (m[0], -(m[1] - m[0])),
    )
    pieces, position = [], 0
    for start, end, role in spans:
        if start < position:
            continue  # overlapped by a longer word of another language
        pieces.append(text[position:start])
        word = "TP" if role == "target" and _TARGET_INDEX.match(text, end) else CANONICAL[role]  # "止盈1" → "TP1"
        pieces.append(_padded(word, text, start, end))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


# "TP'ler: 9,50 | 9,20", "Stop'lar: 10,3", "Hedef'lerimiz": Turkish puts a suffix after an apostrophe on an
# abbreviation or a borrowed word (``SUFFIX_AFTER_APOSTROPHE`` in a table); the label with it is the label.
_APOSTROPHE_SUFFIX = r"['’][^\W\d_]{1,10}"


@lru_cache(maxsize=1)
def _suffixed_labels() -> tuple[frozenset[str], re.Pattern]:
    codes = frozenset(code for code, module in LANGUAGES.items() if getattr(module, "SUFFIX_AFTER_APOSTROPHE", False))
    keys = [fold(row.word) for row in rows() if row.language in codes | {"en"} and not _CJK.search(row.word)]
    return codes, re.compile(f"{_BEFORE}({_trie(keys, cjk=False)}){_APOSTROPHE_SUFFIX}{_AFTER}", re.I)


def _drop_label_suffixes(text: str) -> str:
    codes, pattern = _suffixed_labels()
    return pattern.sub(r"\1", text) if codes.intersection(detect(text)) else text


def _padded(word: str, text: str, start: int, end: int) -> str:
    """Spaces where the replaced word touched a letter or digit: "止盈1" → "Target 1"."""
    before = " " if start > 0 and text[start - 1].isalnum() else ""
    after = " " if end < len(text) and text[end].isalnum() and word != "TP" else ""
    return f"{before}{word}{after}"


@lru_cache(maxsize=1)
def attach_words() -> frozenset[str]:
    """Every table's words for "at" ("pe", "di", "em", "по"): ``sections`` skips one before a price
    in any message, though the rest of its language went unrecognised. Not a lone letter: Spanish
    and Portuguese "a" is English's article ("a 2 week hold"), read only where those languages are."""
    return frozenset(fold(row.word) for row in rows() if row.role == "at" and len(row.word) > 1)


@lru_cache(maxsize=1)
def _coins() -> tuple[dict[str, str], re.Pattern]:
    aliases = {fold(word): ticker for module in LANGUAGES.values() for word, ticker in getattr(module, "COINS", {}).items()}
    # "البيتكوين", "على الإيثريوم": an Arabic name is written with its article as often as without.
    aliases |= {"ال" + word: ticker for word, ticker in aliases.items() if "\u0600" <= word[0] <= "\u06ff" and not word.startswith("ال")}
    return aliases, _compile(aliases)


def coin_aliases(text: str) -> str:
    """"шортанул битка", "大饼 空": the names traders give the coins (``COINS`` in the tables) as their
    tickers, in any message: a nickname is never anything but its coin."""
    aliases, pattern = _coins()
    # "والبيتكوين": a glued "and" (``_ARABIC_CLITIC``) is not part of the name.
    def ticker(key: str) -> str:
        return aliases[key] if key in aliases else aliases[key[1:]]
    return pattern.sub(lambda m: _padded(ticker(fold(m.group())), text, m.start(), m.end()), text)


@lru_cache(maxsize=1)
def word_tickers() -> frozenset[str]:
    """Listed tickers that are everyday words of a table's language (``WORD_TICKERS``), in upper case."""
    return frozenset(word.upper() for module in LANGUAGES.values() for word in getattr(module, "WORD_TICKERS", ()))


@lru_cache(maxsize=None)
def table_pattern(kind: str) -> re.Pattern:
    """Every table's words of one list, as one pattern for the message as written (accents kept: "entre",
    between, is not "entré", I entered). The lists: ``JOINS`` join two prices of a list ("y", "rồi", "و"),
    which ``line_prices`` matches only between two prices; ``HELD`` a position already open ("I opened",
    "açtım", "кто в шорте"), which canonical text keeps no trace of; ``INVITE`` readers invited into a call
    ("who's joining", "кто с нами"); ``RECALL`` a past call ("remember", "还记得"); ``RECAP_TITLES`` a results
    post's title ("Итоги недели", "复盘"); ``CALCULATION`` a worked calculation ("cálculo", "计算");
    ``CONTRASTS`` a turn to the sentence's point ("but", "pero", "不过"); ``NOT_THIS`` a refusal of the pair
    beside it ("nahi", "değil"); ``ASK_OPENS``, ``ASK_MARKS``, ``ASK_TAILS``, ``EARLIER_CALL``, ``STILL_VALID``,
    ``WAIT_OR`` and ``DOUBTS`` questions (``questions``); ``REPLACING``, ``MUSING``, ``TURN_DONE``,
    ``TURN_NEXT``, ``LOOK_TARGETS`` and the rest, each read by the module that names it."""
    return _compile({fold(word) for module in LANGUAGES.values() for word in getattr(module, kind, ())})


@lru_cache(maxsize=1)
def month_names() -> tuple[str, ...]:
    """Every table's month names ("Feb", "февраля", "Şubat", "de febrero"), longest first, each as written, in
    capitals and, when longer than a short English word ("May", "Mar"), in any case, for ``stamps``."""
    names = set()
    for module in LANGUAGES.values():
        for word in getattr(module, "MONTHS", ()):
            names.update({word, word.upper()})
            if len(word) > 3 and word not in ("March", "May"):
                names.update({word.lower(), word.capitalize()})
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=None)
def english_pattern(role: str) -> re.Pattern:
    """The English rows of one role as a pattern, for the rules that look for a role's words."""
    return _compile({fold(word) for word in en.WORDS[role]})
