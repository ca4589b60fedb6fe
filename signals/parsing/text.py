"""Text clean-up shared by every stage of the parser; the numbers and tokens of the cleaned text are read
by ``tokens``.

Every pattern here is linear: no ambiguous nested or adjacent unbounded quantifiers, so a long message of
junk cannot make a regex backtrack for seconds.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from .label_notes import drop_label_notes, unwrap_latex
from .label_verbs import drop_label_verbs
from .looked_targets import looked_targets
from . import share_list_targets
from .market_notes import drop_current_price, market_by_order_type, pending_stop_orders
from .ordinals import ordinal_indexes
from .notation import colon_points, drop_reward_ratios, list_notes, plain_numbers
from .quoted_lines import drop_quoted
from .profit_labels import profit_as_target
from .spelling import respell
from .entry_wording import plain_entry
from .half_legs import half_legs
from .stamps import drop_stamps
from .staged_targets import staged_targets
from .stop_spaced import is_stop_price
from .spaced_scale import joins_in_scale
from .tables import unfold_tables
from .trailing_labels import labels_ahead
from .timeframes import spell_timeframes
from .target_notes import break_even_notes
from .number_evidence import message_number_style
from .vocabulary import canonicalise, coin_aliases, english_pattern, forget_texts
from .glosses import drop_glosses
from .word_order import after_first, price_before_label
from .wrong_stops import wrong_as_stop
from . import cut_below, wished_adds  # prose stops and added legs, rewritten to labels
from . import exits_after_price  # "2,12'nin altında … çıkıyoruz": a verb-final exit, the stop
from . import zone_sides  # "la zona de 7,35-7,48 para vender": a zone liked for the called side, the entry zone
from . import entry_after_range, placed_stops, priced_halves, targets_in_turn  # "Targets respectively 1 / 2", "SL put below 136": words dropped before the prices
from . import further_targets  # "Targets 3,360, then 3,290 and if it dumps, 3,180": the conditional last target
from .values_then_label import renamed_labels, values_then_label
from . import break_triggers  # "as soon as it breaks 5.40": English's trigger, the other tables' "when"

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f\u00ad"), None)
_DASHES = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}
_TIMES = {ord("\u00d7"): " x"}
# Cyrillic "х" (U+0445) looks like an x and real channels type "20х"; only next to a digit.
_CYRILLIC_X = re.compile(r"(?<=[0-9])[\u0445\u0425]|[\u0445\u0425](?=[0-9])")
_MARKDOWN = re.compile(r"\*\*|__|`")
_URL = re.compile(r"(?:https?://|www\.)\S{0,500}", re.I)
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z_][A-Za-z0-9_]{1,64}")
# "🎯 64000", "🛑 62000", "❌ 0.48": the target and stop emoji stand for their label when a price
# follows them directly; "🎯 TP1: …" and "❌ SL: 0.48" keep their written label. A ❌ before a word
# ("❌ Cancelled") or after one ("SL hit ❌") is no stop and is left to the update rules.
_EMOJI_LABELS = {"\U0001f3af": " TP ", "\U0001f6d1": " SL ", "\u26d4": " SL ", "\u274c": " SL "}
# "✅ 14 wins / ❌ 3 losses", "❌ 2 сделки в минус": a small count followed by its noun tallies outcomes, no price.
_EMOJI_LABEL = re.compile("(\U0001f3af|\U0001f6d1|\u26d4|\u274c)[ :]{0,3}(?=[$]?\\.?[0-9])(?![0-9]{1,2}[ ]{1,2}[^\\W\\d_])")
# "Entry: 1.10 (CMP) - 1.06": a market word in brackets after a price notes that the price is the
# current one; read as a label it would cut the entry range in two.
_MARKET_NOTE = re.compile(r"(?<=[0-9])[ ]{0,2}\([ ]{0,2}(?:cmp|market(?: price)?|current(?: market)? price|now)[ ]{0,2}\)", re.I)
# "Entry: 2.515 (CMP)", "SHORT 3420 (market)", "入場：168.3（現價）": the one price of its line, noted as
# the current one, is a market entry, as "Entry at CMP: 2.515" is; the price only says where the
# market stood. Runs after ``canonicalise``, so every language's market word is "market" by then.
_MARKET_NOTED_PRICE = re.compile(
    r"^([^0-9\n]*?)((?:[$]?[0-9][0-9.,]*))[ ]{0,2}\([ ]{0,2}(cmp|market(?: price)?|current(?: market)? price|now)[ ]{0,2}\)[ ]*$",
    re.I | re.M,
)
# "Entry: CMP or 0.52", "Buy: CMP - 0.52", "a mercado o 0,52": the market word offers a written
# price as the alternative (or as the far end of a zone from the current price), so the price is
# the entry; only a market word with no price beside it is a market entry. "Entry: now 0.545" and
# "Entry at CMP: 95000" merely note the current price and stay market orders. A dash counts only
# right after an entry or side label, and not after "now": "Current price - 0.52" on a line of its
# own and "SELL NOW - 2345" are such notes.
_MARKET_WORD = r"(?:cmp|market(?:[ ]price)?|current[ ]price|now)"
_MARKET_RANGE_WORD = r"(?:cmp|market(?:[ ]price)?|current[ ]price)"
_PRICE_AHEAD = r"(?=[$]?\.?[0-9](?![0-9.,]{0,12}[ ]?%))"
# "CMP or dip to 0.7435", "market or lower at 0.52": words of a limit order between "or" and its price.
_OR_LIMIT_WORDS = r"(?:(?:dips?|lower|higher|down|up|pullback|retest|wait|limit|buy|add|at|to|near|around|on)[ ]{1,2}){0,3}"
_MARKET_OR_PRICE = re.compile(
    rf"\b{_MARKET_WORD}[ ]{{1,2}}or[ ]{{1,2}}{_OR_LIMIT_WORDS}{_PRICE_AHEAD}"
    rf"|(?:(?<=entry)|(?<=buy)|(?<=sell)|(?<=long)|(?<=short))[ ]{{0,2}}[:=@]?[ ]{{0,2}}{_MARKET_RANGE_WORD}"
    rf"[ ]{{0,2}}[-/][ ]{{0,2}}{_PRICE_AHEAD}"
    # "Entry: CMP 0.0155 - 0.01518", "進場：市價0.0155附近—0.01518": a zone from about the current price.
    rf"|(?<=entry)[ ]{{0,2}}[:=@]?[ ]{{0,2}}{_MARKET_RANGE_WORD}[ ]{{0,2}}(?=[$]?[0-9][0-9.,]*[ ]{{0,3}}-[ ]{{0,3}}{_PRICE_AHEAD})",
    re.I,
)
# "short BTC abhi 91650-91900 se" ("… now 91650-91900"), "Long ETH now 3,120 - 3,150": the current
# price is one number, so a zone right after a side's market word is where the trade opens. So is one
# named a zone after it ("LONG - vào luôn vùng 0.3100-0.3150": "… enter right away, zone …").
_MARKET_BEFORE_ZONE = re.compile(
    rf"\b{_MARKET_WORD}[ ]{{1,6}}(?=(?:(?:in[ ]the|the|zone|area|range)[ ]{{1,6}}){{0,2}}"
    rf"[$]?[0-9][0-9.,]*[ ]{{0,3}}(?:-|to)[ ]{{0,3}}{_PRICE_AHEAD})",
    re.I,
)
_SIDE_BEFORE = re.compile(r"\b(?:long|short|buy|sell)\b[^\n]{0,30}$", re.I)
# "13.90 (1R)", "14.40 (2.5R)": a target's reward in multiples of the risk, not a price.
_R_MULTIPLE = re.compile(r"(?<=[0-9])[ ]{0,2}\([ ]{0,2}[0-9]{1,2}(?:\.[0-9])?[ ]?[Rr][ ]{0,2}\)")
# Lines wrapped whole in double quotes ('"LONG #FET Entry 1.52 TP 1.75"', "「INJ 入场23.4 目标24.6」",
# "«BTC лонг от 64000»") quote an older call.
_QUOTED_BLOCK = re.compile(
    r'^[ \t]{0,8}(?:["\u201c][^"\u201c\u201d]{1,2000}["\u201d]|「[^「」\n]{1,2000}」|『[^『』\n]{1,2000}』|«[^«»\n]{1,2000}»)[ \t]{0,8}$',
    re.M,
)
# "Short term" / "Mid term" describe a horizon, "short squeeze" a market move, not a side; dropped before anything reads sides.
_TERM = re.compile(r"\b(?:(?:short|mid|medium|long)[ \t-]{0,2}term|(?:short|long)[ \t-]{0,2}squeezes?)\b", re.I)
# Exports that lost their newlines glue labels to what precedes them: "2.04Targets:", "3xEntry",
# "LONGLeverage", a flattened table's header on its first cell ("R:R RatioTP1: 1.3500"). Put the newline back before a known label.
_GLUED_AFTER_DIGIT = re.compile(
    r"(?:(?<=[0-9])|(?<=[0-9][xX]))(?=(?:Leverage|Entry|Entries|Targets?|Take|Stop|Trailing|SL\b|TP\b|TP[0-9]))"
)
_GLUED_AFTER_CAPS = re.compile(r"(?<=[A-Z]{2})(?=(?:Leverage|Entry|Entries|Targets?|Take|Stop|Trailing))|(?<=[a-z])(?=(?:TP[0-9]{1,2}|SL)[ ]?:)")

# Separators of other scripts: Arabic decimal and thousands marks, Arabic comma and question mark,
# the ideographic comma. A list comma gets a space so "٣٢٠٠،٣١٥٠" stays two prices.
_SEPARATORS = {ord("\u066b"): ".", ord("\u066c"): ",", ord("\u066a"): "%", ord("\u060c"): ", ", ord("\u061f"): "?",
               ord("\u061b"): ";", ord("\u3001"): ", ", ord("\u301c"): "~", ord("\u2024"): "."}
# A full-width comma or semicolon separates list items ("3245，10倍"); NFKC would make it a bare
# "," that reads as a decimal comma ("3245,10x"), so it becomes ", " before NFKC runs.
_FULLWIDTH_LIST = {ord("\uff0c"): ", ", ord("\uff1b"): "; "}
# Keycaps ("1️⃣"), circled and dingbat numbers: an index in a list, never part of a price.
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3")
_KEYCAP_RUN = re.compile("(?:[0-9]\ufe0f?\u20e3){2,}")
_ENCLOSED_RANGES = ((0x2460, 0x2473, 1), (0x2776, 0x277F, 1), (0x2780, 0x2789, 1), (0x278A, 0x2793, 1), (0x24F5, 0x24FE, 1))
_ENCLOSED = {start + i: f" {first + i}) " for start, end, first in _ENCLOSED_RANGES for i in range(end - start + 1)}
_ENCLOSED[ord("\U0001f51f")] = " 10) "  # 🔟
# "10倍" (Chinese "times") is leverage.
_TIMES_CJK = re.compile(r"(?<=[0-9])[ ]?倍")
# "BTC 多 66000", "ETH 空", "现价多" (long at the market price): a lone 多 / 空, or one after a price
# word, is the side. So is one after a position's size or an order ("轻仓多", "全仓空", "挂单多"), but
# not after a close ("平仓空"). Inside a word ("多空比", "空投", "空仓") it is not. After a price word
# "一点" ("a bit") may follow: "市价多一点" is a long at the market, "多一点耐心" more patience.
# "开了个TIA的多 4.72" (opened a TIA long): after a ticker's "的" it is the ticker's side; "涨的多" is "rose a lot".
# "CHIP 小多 現價進場" (a small long at market), "ICP 風險短多" (a risky short-term long), "轻空": with a size,
# term or risk qualifier before it, it is the side too. "TON 这里空 5.412" (short here): after "here" it is the
# side taken there, as English "SOL long here" (blind77); "这里空间" (room here) stays a word.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_SIDE = re.compile(
    f"(?:(?<![{_HAN}])(?:风险|風險)?[小短轻輕]?|(?<=[价價])|(?<=(?<!平)[仓倉])|(?<=挂单)|(?<=掛單)|(?<=这里|這裡|这边|這邊)|(?<=[A-Za-z0-9]的))([多空])(?![{_HAN}])"
    f"|(?<=[价價])([多空])(?=一点|一點|一些)"
)
# "目标一", "止盈二": a Chinese numeral right after a target or stop label is the label's number.
_CJK_INDEX = re.compile(f"(?<=[标標盈损損])([一二三四五六七八九])(?![{_HAN}])")
_CJK_SIDES = {"多": " LONG ", "空": " SHORT "}
# "止盈目标：\n一 3560\n二 3640": a Chinese numeral opening a line before a price numbers a list, as "1)" does; never a price.
_CJK_LIST_INDEX = re.compile(r"(?m)^([^\S\n]*)([一二三四五六七八九十])[ 、.:)]{1,3}(?=[$]?[0-9])")
# "63.5k", "$65k", Russian "64,5к": a "k" glued to a price is thousands, and its decimal mark may
# be a comma. Not before a letter or digit ("1KSHIB") and not after one ("10k" inside a word), so
# tickers and words keep their k. Portuguese and Spanish write the word: "alvo 94 mil", "stop 98,2 mil".
_THOUSAND_SUFFIX = re.compile(r"(?<![\w.,])([0-9]{1,3}(?:[.,][0-9]{1,3})?)(?:[kK\u043a\u041a]|[ ]mil)(?![^\W_])")
# "4ч", "1д", "15м", "1 нед": Russian timeframes. Spelt the Latin way ("4h") they read as a
# timeframe, never as the price "4" beside a stop's candle condition.
_CYRILLIC_TIMEFRAME = re.compile(r"(?<![\w.,])([0-9]{1,3})[ ]?(ч|час|д|дн|м|мин|нед)(?![^\W_])", re.I)
# "SL 5 percent", "5 per cent": English writes the percent sign as a word too (other languages'
# words are rows of their tables).
_PERCENT_WORD = re.compile(r"(?<=[0-9])[ ]?(?:percent|per[ ]cent|pct)\b", re.I)
_CYRILLIC_UNITS = {"ч": "h", "час": "h", "д": "d", "дн": "d", "м": "m", "мин": "m", "нед": "w"}


@lru_cache(maxsize=1024)  # a message's paragraphs and lines are read again as a whole and alone
def clean(text: str) -> str:
    """One spelling for what channels write many ways; drop quoted lines, links and handles; the
    words of other languages become the English word for their role (``vocabulary``), and numbers
    written in a language's own style ("64 500", "66.800", "1,150") the English way."""
    text = ordinal_indexes(_enumerators(text)).translate(_FULLWIDTH_LIST)
    text = drop_stamps(unwrap_latex(unicodedata.normalize("NFKC", text)))
    text = _CJK_LIST_INDEX.sub(lambda m: f"{m.group(1)}{'一二三四五六七八九十'.index(m.group(2)) + 1}) ", text)
    text = _locale_numbers(_space_thousands(plain_numbers(_ascii_digits(text)).translate(_SEPARATORS)))
    text = respell(drop_current_price(text).translate(_INVISIBLE).translate(_DASHES).translate(_TIMES))
    text = price_before_label(coin_aliases(text))
    text = _PERCENT_WORD.sub("%", text)
    text = _CYRILLIC_X.sub("x", _TIMES_CJK.sub("x", text))
    text = _THOUSAND_SUFFIX.sub(_times_thousand, text)
    text = _CYRILLIC_TIMEFRAME.sub(lambda m: m.group(1) + _CYRILLIC_UNITS[m.group(2).lower()], text)
    text = _CJK_SIDE.sub(lambda m: _CJK_SIDES[m.group()[-1]], text)
    text = _CJK_INDEX.sub(lambda m: str("一二三四五六七八九".index(m.group()) + 1), text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = drop_label_notes(_MARKDOWN.sub("", text))
    text = _EMOJI_LABEL.sub(lambda m: _EMOJI_LABELS[m.group(1)], text)
    text = drop_reward_ratios(_R_MULTIPLE.sub("", text))
    text = _URL.sub(" ", text)
    text = _MENTION.sub(" ", text)
    text = drop_quoted(text)  # "> quoted" lines of an older message; "Buy Limit:\n> 3310 – 3295" keeps its value
    text = _QUOTED_BLOCK.sub("", text)
    text = list_notes(colon_points(labels_ahead(_label_first(renamed_labels(values_then_label(after_first(wrong_as_stop(unfold_tables(spell_timeframes(profit_as_target(drop_label_verbs(looked_targets(plain_entry(half_legs(staged_targets(cut_below.as_stop(wished_adds.as_dca(exits_after_price.as_labels(zone_sides.as_entry_zone(priced_halves.as_share_list(entry_after_range.as_entry_label(placed_stops.without_placing_verb(further_targets.as_listed(targets_in_turn.without_order_word(break_triggers.as_when(canonicalise(drop_glosses(text))))))))))))))))))))))))))))
    text = share_list_targets.as_target_lines(text)  # "Taking half off at 36.2, another 30% at 34.75 and …": the targets
    text = _MARKET_NOTE.sub("", _MARKET_NOTED_PRICE.sub(_market_entry, market_by_order_type(pending_stop_orders(text))))
    text = _MARKET_OR_PRICE.sub(_market_or_price, text)
    text = _MARKET_BEFORE_ZONE.sub(lambda m: " " if _SIDE_BEFORE.search(text, 0, m.start()) else m.group(), text)
    text = english_pattern("squeeze").sub(" ", _TERM.sub(" ", text))  # "retail is shorting": the crowd, not the call
    text = _GLUED_AFTER_DIGIT.sub("\n", text)
    return break_even_notes(strip_list_numbers(_GLUED_AFTER_CAPS.sub("\n", text)))


def forget_readings() -> None:
    """Empty the memos of cleaned texts and of their languages: a benchmark that parses one message many
    times would otherwise time the memo, not the reading."""
    clean.cache_clear()
    forget_texts()


_EXIT_WORD = re.compile(r"\b(?:tps?|sl|stop|targets?|take)\b", re.I)


def _market_entry(match: re.Match) -> str:
    """"Entry: 2.515 (CMP)" → "Entry: CMP 2.515"; a target's or stop's line keeps its price."""
    if _EXIT_WORD.search(match.group(1)):
        return match.group()
    return f"{match.group(1)}{match.group(3)} {match.group(2)}"


def _market_or_price(match: re.Match) -> str:
    """"Entry: CMP or 0.52" keeps its label; "CMP or 0.512 on the dip — buying $ADA" opens its line
    with the offer, which then labels the price as the entry."""
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    return " " if re.search(r"\w", match.string[line_start: match.start()]) else "Entry "


def _times_thousand(match: re.Match) -> str:
    value = Decimal(match.group(1).replace(",", ".")) * 1000
    return str(int(value)) if value == value.to_integral_value() else format(value.normalize(), "f")


# "142.5 - entry", "146 / 150 / 155 - targets": the prices of a line written before its label.
_LABEL_AT_END = re.compile(
    r"[ ]{0,3}[-:=>][ ]{0,3}(entry|entries|entry zone|sl|stop|stop loss|stoploss|targets?|tps?)[ ]{0,3}[.!:]?[ ]{0,3}$", re.I
)
_ONLY_PRICES = re.compile(r"([^\w$.]{0,8})([$0-9.,/|~ -]{1,120})")


def _label_first(text: str) -> str:
    lines = text.split("\n")
    for number, line in enumerate(lines):
        label = _LABEL_AT_END.search(line)
        prices = _ONLY_PRICES.fullmatch(line, 0, label.start()) if label else None
        if prices and prices.group(2)[:1] in "$0123456789":
            lines[number] = f"{prices.group(1)}{label.group(1)}: {prices.group(2).strip()}"
    return "\n".join(lines)


def _enumerators(text: str) -> str:
    """Keycap runs ("4️⃣2️⃣0️⃣") are a number's digits; a lone keycap or circled number is an index."""
    text = _KEYCAP_RUN.sub(lambda m: re.sub("[\ufe0f\u20e3]", "", m.group()), text)
    return _KEYCAP.sub(r" \1) ", text).translate(_ENCLOSED)


# Runs of small numbers separated by single spaces: "64 500", "3 512,5" (a decimal after the
# group), and lists such as "146 150 155".
_SPACED_DIGITS = re.compile(r"(?<!\w)(?<![0-9][.,])[0-9]{1,3}(?: [0-9]{1,3}){1,12}(?:[.,][0-9]{1,2})?(?!\w|[.,][0-9])")
_SPACE_GROUPED = re.compile(r"[1-9][0-9]{0,2} [0-9]{3}(?:[.,][0-9]{1,2})?")


def _space_thousands(text: str) -> str:
    """"64 500 - 63 800", "66 000, 68 000", "3 512,5": Russian and French typography group thousands with a
    space. Only a run of exactly two groups can be one such number, and only a message that writes
    two of them does so: "146 150 155" is a list, a lone "95 100" two targets."""
    runs = [m for m in _SPACED_DIGITS.finditer(text) if _SPACE_GROUPED.fullmatch(m.group())]
    if len(runs) < 2:  # a lone run is one number only as a stop's price ("стоп на 3 210")
        runs = [run for run in runs if is_stop_price(text, run.start()) or joins_in_scale(text, run.start(), run.end())]
    for run in reversed(runs):
        text = text[: run.start()] + run.group().replace(" ", "") + text[run.end():]
    return text


# "1,150" and "66.800": one group of three digits after one separator, which the locale decides.
_COMMA_GROUP = re.compile(r"(?<![0-9.,])([0-9]{1,3}),([0-9]{3})(?![0-9]|[.,][0-9])")
_DOT_GROUP = re.compile(r"(?<![0-9.,])([1-9][0-9]{0,2})\.([0-9]{3})(?![0-9]|[.,][0-9])")
# A dot decimal ("0.158", "1.18", and "12.5x" or "%1.5" too) shows the English style.
_DOT_DECIMAL = re.compile(r"(?<![0-9.,])(?:0\.[0-9]+|[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,}))(?![0-9]|[.,][0-9])")
# "3,412.5": comma groups, then a dot decimal, in one number show the English style as plainly.
_COMMA_GROUPS_DOT = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]{1,8}(?![0-9]|[.,][0-9])")
# A whole price of four digits or more ("64500"), not a leverage, percentage or "#1234".
# Three digits count too: "BNB short 1.012-1.020 tp 995 980" writes 1012 beside 995.
_WHOLE_PRICE = re.compile(r"(?<![0-9.,#])[1-9][0-9]{2,6}(?![0-9]|[.,][0-9]|[ ]?(?:%|x(?![a-z])))", re.I)
# "SIGNAL ID: 1187", "Signal No. 2078", "Trade Number 412": a post's serial number, no price to compare with.
_COUNTER_BEFORE = re.compile(r"\b(?:id|no\.?|nr\.?|number)[ ]{0,2}[:#№.-]?[ ]{0,2}$", re.I)
# A ladder or a target spans well under this factor; a misread separator is a thousand times off.
_SAME_SCALE = 1.5


def _locale_numbers(text: str) -> str:
    """"ARB Entradas 1,150 / 1,120" is 1.15 in Portuguese; "BTC Giriş 66.800" is 66800 in Turkish.

    The language's style applies only when the message shows no dot decimal among its prices: a
    channel that writes "0.158" follows the English style throughout, whatever its language. A
    "63.850" that sits among whole prices ("TP 64500 65200") groups thousands in any style: read
    as a decimal it would be a thousand times off the message's other prices. So do groups that
    all end in "00" ("90,000 / 92,000 / 88,500"); a "$" before the number ("$90,000", "$2.385")
    writes money the en-US way, a comma for thousands and a dot for decimals.
    """
    if not (_COMMA_GROUP.search(text) or _DOT_GROUP.search(text)):
        return text
    english = _DOT_DECIMAL.search(text) is not None or _COMMA_GROUPS_DOT.search(text) is not None
    decimal_comma, dot_thousands = (False, False) if english else message_number_style(text)
    wholes = [int(m.group()) for m in _WHOLE_PRICE.finditer(text) if not _COUNTER_BEFORE.search(text, 0, m.start())]

    def beside_wholes(group: re.Match) -> bool:
        value = int(group[1] + group[2])
        return any(whole / _SAME_SCALE <= value <= whole * _SAME_SCALE for whole in wholes)

    def joined(group: re.Match) -> str:
        if _dollar_before(text, group):
            return group.group()  # "$2.385": money written the English way, a dot decimal
        thousands = dot_thousands or beside_wholes(group)
        return group[1] + group[2] if thousands else group.group()

    def decimal(group: re.Match) -> str:
        if _dollar_before(text, group) or beside_wholes(group) or _all_round(text):
            return group.group()  # "$90,000", "90,000 / 92,000 / 88,500": thousands, whatever the language
        return f"{group[1]}.{group[2]}"

    text = _DOT_GROUP.sub(joined, text)
    if decimal_comma:
        text = _COMMA_GROUP.sub(decimal, text)
    return text


def _dollar_before(text: str, group: re.Match) -> bool:
    """A "$" right before the number, not Brazil's "R$" or "US$": the en-US way of writing money."""
    start = group.start()
    return text[start - 1: start] == "$" and not text[start - 2: start - 1].isalpha()


def _all_round(text: str) -> bool:
    """Every one of two or more "d,ddd" numbers ends in "00" ("90,000 / 92,000 / 88,500"): as
    decimals each would carry zeros no price is written with; they group thousands."""
    groups = [match[2] for match in _COMMA_GROUP.finditer(text)]
    return len(groups) >= 2 and all(group.endswith("00") for group in groups)


# "2.385", "90,000": one separator and exactly three digits, which the two styles read apart.
_AMBIGUOUS_GROUP = re.compile(r"(?<![0-9.,])([1-9][0-9]{0,2})[.,]([0-9]{3})(?![0-9]|[.,][0-9])")


def separator_readings(text: str) -> dict[Decimal, Decimal]:
    """Each way an ambiguous number of the message reads, mapped to the other way: 2385 ↔ 2.385."""
    text = _ascii_digits(unicodedata.normalize("NFKC", text)).translate(_SEPARATORS)
    other: dict[Decimal, Decimal] = {}
    for group in _AMBIGUOUS_GROUP.finditer(text):
        thousands, decimal = Decimal(group[1] + group[2]), Decimal(f"{group[1]}.{group[2]}")
        other[thousands], other[decimal] = decimal, thousands
    return other


def _ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian, Devanagari … digits as ASCII; NFKC leaves them as they are."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and unicodedata.decimal(c, None) is not None else c for c in text)


# "1 - 18700" / "2: 18600" / "3. 18500" on lines that count up: list numbering, not prices.
_NUMBERED_LINE = re.compile(r"^([^\w$.]{0,12}?)([0-9]{1,2})[ ]{0,2}[.):-][ ]{1,4}(?=[$]?\.?[0-9])")


def strip_list_numbers(text: str) -> str:
    """Drop the numbers of a list whose lines count 1, 2, 3 …; one such line alone may be a range."""
    lines = text.split("\n")
    run: list[int] = []
    for index, line in enumerate([*lines, "end"]):
        if not line.strip():
            continue  # a blank line inside a list does not end it
        match = _NUMBERED_LINE.match(line)
        if match and int(match.group(2)) == len(run) + 1:
            run.append(index)
            continue
        if len(run) >= 2:
            for position in run:
                lines[position] = _NUMBERED_LINE.sub(r"\1", lines[position], count=1)
        run = [index] if match and match.group(2) == "1" else []
    return "\n".join(lines)
