"""Chinese writes a price before the word it belongs to: "跌破 64500 止损" (stop when it breaks
below 64500), "66000 附近接多" (go long near 66000). ``text.clean`` puts the label first, in the
order the section grammar reads ("止损 64500", "接多 入场 66000"), before the words are translated.
"""
from __future__ import annotations

import re

_NUMBER = r"[0-9]+(?:[.,][0-9]+)?"
_ENTRY_WORD = ("入场", "giriş")  # the entry label a Chinese, a Turkish range is given
# "跌破 64500 止损", "有效跌破64500就止损", "站上 3.2 止损": a break of a price, then the stop. A terse
# call writes the break as a lone "破" ("回踩 640 接多，破 628 止损"), as "破188就跑" does.
_BREAK_THEN_STOP = re.compile(
    rf"(?:有效)?(?:跌破|跌穿|破位|突破|站上|涨破|漲破|破)[ ]{{0,2}}({_NUMBER})[ ]{{0,2}}(?:就|则|則|即)?[ ]{{0,2}}"
    r"(止损|止損|停损|停損|止蚀|止蝕)"
)
# "66000 附近接多", "3.2 左右开空", "66000 接多": a price near which a side is taken. Not a leverage
# or a percentage ("5倍做多", "10% 做空"), which the number's own suffix would show. "118一线做多",
# "2638-2642附近多单", "3380-3400区间可以分批挂单做多", "3.45一线挂单多": a price or a range, the word for
# near or zone, how the order is placed (in parts, as a limit order, lightly), then the side.
_NEAR = r"(?:附近|左右|一带|一帶|一线|一線|上下|区间|區間|区域|區域|位置)"
_HOW = r"(?:可以|可|就|再|先|分批|挂单|掛單|轻仓|輕倉|逢低|逢高|直接|布局|埋伏)"
_SIDE = r"(接多|接空|做多|做空|开多|开空|開多|開空|追多|追空|多单|空单|多單|空單|多(?![\u3400-\u9fff])|空(?![\u3400-\u9fff]))"
_PRICE_THEN_SIDE = re.compile(
    rf"(?<![0-9.,])({_NUMBER}(?:[ ]{{0,2}}[-~][ ]{{0,2}}{_NUMBER})?)[ ]{{0,2}}"
    rf"(?:{_NEAR}[ ]{{0,2}}(?:{_HOW}[ ]{{0,2}}){{0,3}}{_SIDE}|(接多|接空))"
)
_SIDE_WORDS = {"多": "做多", "空": "做空"}
# "多单到第一目标 612 了" (the long got to its first target, 612): "到 … 了" around a target and its price says it
# was reached; the report goes after the price ("第一目标 612 已到达"), as "第一目标已到达" reads.
_TARGET_REACHED = re.compile(rf"到[ ]{{0,2}}((?:第[一二三四五1-5])?[ ]{{0,2}}(?:目标|目標|止盈))[ ]{{0,2}}({_NUMBER})[ ]{{0,2}}了")
# "#PHA 市價0.037附近空" (short at market, near 0.037): the price after a market word says where the market
# stands; the side goes first and the price stays the market's ("SHORT market 0.037"), as "SELL NOW - 2345"
# reads (``signal._is_market``).
_MARKET_PRICE_THEN_SIDE = re.compile(rf"(?:市价|市價|现价|現價)[ ]{{0,2}}(?:{_PRICE_THEN_SIDE.pattern})")
# "main 3.38 pe buy kar raha hu", "3420 par short karo" (buy, short at 3.38): Hinglish puts the price, its
# "at", then the side; the side goes first, as "buy 3.38".
# "0.1720 ke neeche SL rakhna" (keep the stop below 0.1720), "3,650 के ऊपर स्टॉप": Hinglish puts the price, "below"
# or "above", then the stop; the stop goes first. Not "… SL 0.168", a stop with its own price.
_PRICE_PAST_THEN_STOP = re.compile(
    rf"(?<![0-9.,])({_NUMBER})[ ]{{1,2}}(?:ke[ ]{{1,2}}(?:neeche|niche|upar)|के[ ]{{1,2}}(?:नीचे|ऊपर))[ ]{{1,2}}"
    r"(sl|stop[ ]?loss|stop|स्टॉप[ ]?लॉस|स्टॉप|एसएल)(?![^\W\d_])(?![ ]{0,2}[:\-]?[ ]{0,2}[0-9])",
    re.I,
)
_PRICE_AT_THEN_SIDE = re.compile(
    rf"(?<![0-9.,])({_NUMBER}(?:[ ]{{0,2}}-[ ]{{0,2}}{_NUMBER})?)[ ]{{1,2}}(?:pe|par|पर)[ ]{{1,2}}(buy|long|short|sell|entry)\b", re.I
)

# "41.3 附近先进一半，回踩 40.2 再补一半" (enter half near 41.3 first, add the other half on a pullback to
# 40.2): a price, then "first" / "again" and the verb that enters or adds. Each price is an entry leg.
# "0.0318附近吸", "分批低吸" (absorb, buy the dip): a spot buy's verb. Not "吸引" (attract).
# "试个空 185.5 进，破188就跑" (try a short, in at 185.5): the verb that enters may follow the price bare.
_PRICE_THEN_ENTRY = re.compile(
    rf"(?<![0-9.,])({_NUMBER}(?:[ ]{{0,2}}[-~][ ]{{0,2}}{_NUMBER})?)[ ]{{0,2}}(?:(?:(?:附近|左右|一带|一帶|上下)[ ]{{0,2}}(?:先|再|分批|直接)?|先|再|分批|直接)[ ]{{0,2}}"
    r"(?:进场|進場|入场|入場|补仓|補倉|加仓|加倉|买入|買入|低吸|吸筹|吸籌|进|進|入|补|補|加|买|買|接|吸(?!引)|上车|上車)"
    r"|(?:进|進|入)(?![\u3400-\u9fff])|(?:上车|上車)(?![了吗嗎没沒]))"
)


# "0.585-0.598区间分批接多", "0,5825 - 0,5945 aralığından alım" (buy from the 0.5825-0.5945 range):
# a range of prices, then the word for range or zone, then the side or the buy.
_RANGE_THEN_SIDE = re.compile(
    rf"(?<![0-9.,])({_NUMBER}[ ]{{0,2}}-[ ]{{0,2}}{_NUMBER})[ ]{{0,2}}"
    r"(?:(?:区间|區間|一带|一帶|附近)[ ]{0,2}(?:分批)?[ ]{0,2}(接多|接空|做多|做空|开多|开空|開多|開空|买入|買入)"
    # "6.40-6.20 arası kademeli alıyorum" (buying in steps between): the buy verb, the writer's or an order.
    r"|(?:aralığından|aralığında|arası|arasında|arasından|bölgesinden|bölgesinde|seviyesinden)[ ]{1,3}(?:kademeli[ ]{1,3})?"
    r"(alım|long|short|alış|alıyorum|alıyoruz|alınır|alın|al)\b)",
    re.I,
)
# "突破 166 做多" (long on a break of 166), "1,48 üzeri LONG" (long above 1.48): the price that
# triggers the side, before it; it is where the trade opens. Not a stop ("跌破 X 止损", above).
# "站稳 1.72 以上再追多" (holds above 1.72, then chase the long), "守住 3.2 上方就做多": a price held,
# above or below, then the side.
_TRIGGER_THEN_SIDE = re.compile(
    rf"(?:(?:突破|跌破|跌穿|站上|涨破|漲破|站稳|站穩|守住|守稳|守穩|收在|收于|收於)[ ]{{0,2}}({_NUMBER})[ ]{{0,2}}"
    r"(?:以上|以下|之上|之下|上方|下方)?[ ]{0,2}(?:再|就|则|則|即|才|后|後)?[ ]{0,2}"
    r"(做多|做空|开多|开空|開多|開空|接多|接空|追多|追空)"
    rf"|(?<![0-9.,])({_NUMBER})[ ]{{1,2}}(?:üzeri|üstü|üzerinde|üstünde|altı|altında)[ ]{{1,3}}(long|short|alım|alış)\b)",
    re.I,
)
# "ETH'yi 3.420'den shortluyorum" (I'm shorting ETH from 3,420), "2,31 den long açıyorum": Turkish marks the
# price a side opens from with the ablative ('den, 'dan, 'ten, 'tan) and says the side after it, as a verb
# ("shortluyorum") or with one. That price is the side's entry, as "long giriş 2,31" reads. Not a negated
# verb ("shortlamayın": don't short) nor a close ("3.500'den short kapattım").
_FROM_PRICE_THEN_SIDE = re.compile(
    rf"(?<![0-9.,])({_NUMBER}(?:[ ]{{0,2}}-[ ]{{0,2}}{_NUMBER})?)(?:['’][ ]?|[ ])(?:den|dan|ten|tan)[ ]{{1,3}}"
    r"(long|short)(?!l[aeıiuü]?m[aeıi])(?:l[^\W\d_]*)?(?![^\W\d_])(?![ ]{1,3}(?:pozisyonu[ ]{1,3})?(?:kapat|kapa|çık))",
    re.I,
)
# "1,0820 civarından giriyoruz" (we enter from around 1.0820), "2,31'den girilir", "0,45 seviyesinden giriş": a
# price with its ablative, then the verb or noun of entering; that price is the entry, as "giriş 1,0820" reads.
# Not "girmeyin" (don't enter), nor "girdim" (I entered: a trade already open).
_FROM_PRICE_THEN_ENTER = re.compile(
    rf"(?<![0-9.,])({_NUMBER}(?:[ ]{{0,2}}-[ ]{{0,2}}{_NUMBER})?)(?:['’][ ]?|[ ])?"
    r"(?:den|dan|ten|tan|civarından|civarindan|seviyesinden|bölgesinden)[ ]{1,3}"
    r"(?:giriyoruz|giriyorum|girilir|girin|giriniz|girebilirsiniz|giriş)(?![^\W\d_])",
    re.I,
)
# "止损放在0.562下方", "止损设在 3.2 上方", "防守放在198下方" (the defence placed below 198), Cantonese "止蝕擺 3.02", "止蝕放喺 3.02": the stop placed
# (below or above) at a price.
# "破188就跑" (if it breaks 188, run), "跌破 3.2 就撤", "止损破20.1走人" (stop: on a break of 20.1, leave): a break
# of a price, then the exit: the stop.
_BREAK_THEN_RUN = re.compile(
    rf"(?:(?:止损|止損)[ ]{{0,2}})?(?:有效)?(?:跌破|跌穿|破位|突破|涨破|漲破|破)[ ]{{0,2}}({_NUMBER})[ ]{{0,2}}"
    r"(?:(?:就|则|則|即)[ ]{0,2}(?:跑|撤|走人|走)|(?:跑路|走人|撤退))"
)
_STOP_PLACED = re.compile(
    rf"(止损|止損|止蝕|止蚀|停损|停損|防守)[ ]{{0,2}}(?:放在|设在|設在|摆在|擺在|放喺|擺喺|摆喺|設喺|设|設|放|擺|摆)[ ]{{0,2}}"
    rf"({_NUMBER})[ ]{{0,2}}(?:下方|上方|以下|以上|之下|之上)?"
)
# "3245左右止损", "0.562 附近止損", "3.2下方止损": a price, the word for near, below or above, then the
# stop. Not a bare "3280 止损", nor "3280左右 止损3245": an entry's price, then a stop with its own; nor
# "3245左右止损了" / "止损出局": a stop already hit, a report.
_PRICE_NEAR_STOP = re.compile(
    rf"(?<![0-9.,])({_NUMBER})[ ]{{0,2}}(?:附近|左右|一线|一線|上下|下方|上方|以下|以上)[ ]{{0,2}}(?:就|则|則|即|设|設|放)?[ ]{{0,2}}"
    r"(止损|止損|止蝕|止蚀|停损|停損)(?![ ]{0,2}(?:[:：]?[ ]{0,2}[0-9]|了|出局|已|触发|觸發))"
)
# "…止损，看3340-3390" (look to …): a bare "看" opening a clause right before a price names the targets,
# in a message that also sets a stop. Inside a clause it is a view ("压力看99500一线", "拿着看 3450").
# "下方看181、176" (below, look to …): the side the targets lie on may come first.
_LOOK_TO = re.compile(r"(?:^|(?<=[，,。;；|\n]))[ ]{0,2}(?:下方|上方|下面|上面|往下|往上)?[ ]{0,2}看[ ]{0,2}(?=[0-9])", re.M)
_HAS_STOP = re.compile(r"止损|止損|止蝕|止蚀|停损|停損|防守")
# "XRP 2.28 多，损 2.19，盈 2.36/2.45": a terse call shortens the stop to 损 and the targets to 盈,
# and its entry to 入 or 进 ("入 0.0112-0.0115").
# Only a character standing alone before a price ("亏损 200", "盈亏比 2" are words), and only in a call
# that takes a side with a lone 多 or 空.
_TERSE_LABEL = re.compile(r"(?<![\u3400-\u9fff])([损損盈入进進])(?![\u3400-\u9fff])[ ]{0,2}[:：]?[ ]{0,2}(?=[0-9])")
_TERSE_LABELS = {"损": "止损", "損": "止损", "盈": "止盈", "入": "入场", "进": "入场", "進": "入场"}
_LONE_SIDE = re.compile(r"(?<![\u3400-\u9fff])[多空](?![\u3400-\u9fff])")


def _side_word(match: re.Match) -> str:
    """The side of a price-then-side match, "多" and "空" written out ("做多")."""
    return _SIDE_WORDS.get(match.group(2), match.group(2) or match.group(3))


def _tr_side(word: str) -> str:
    """"alıyorum", "alın" (I buy, buy): a Turkish buy verb is the buy side ("alım")."""
    return word if word.lower() in ("long", "short", "alış") else "alım"


def price_before_label(text: str) -> str:
    """Put a stop or side label written after its price in front of it; a terse call's one-character
    labels written out."""
    if _LONE_SIDE.search(text):
        text = _TERSE_LABEL.sub(lambda m: f"{_TERSE_LABELS[m.group(1)]} ", text)
    text = _BREAK_THEN_STOP.sub(lambda m: f"{m.group(2)} {m.group(1)}", text)
    text = _TARGET_REACHED.sub(lambda m: f"{m.group(1)} {m.group(2)} 已到达", text)
    text = _BREAK_THEN_RUN.sub(lambda m: f"止损 {m.group(1)} ", text)
    text = _TRIGGER_THEN_SIDE.sub(
        lambda m: f"{m.group(2)} {_ENTRY_WORD[0]} {m.group(1)}" if m.group(1) else f"{m.group(4)} {_ENTRY_WORD[1]} {m.group(3)}",
        text,
    )
    text = _FROM_PRICE_THEN_SIDE.sub(lambda m: f"{m.group(2)} {_ENTRY_WORD[1]} {m.group(1)}", text)
    text = _FROM_PRICE_THEN_ENTER.sub(lambda m: f"{_ENTRY_WORD[1]} {m.group(1)} ", text)
    text = _STOP_PLACED.sub(lambda m: f"{m.group(1)} {m.group(2)} ", text)
    text = _PRICE_NEAR_STOP.sub(lambda m: f"{m.group(2)} {m.group(1)} ", text)
    if _HAS_STOP.search(text):
        text = _LOOK_TO.sub("目标 ", text)
    text = _RANGE_THEN_SIDE.sub(lambda m: f"{m.group(2) or _tr_side(m.group(3))} {_ENTRY_WORD[bool(m.group(3))]} {m.group(1)}", text)
    text = _MARKET_PRICE_THEN_SIDE.sub(lambda m: f" {_side_word(m)} 市價 {m.group(1)} ", text)
    text = _PRICE_THEN_SIDE.sub(lambda m: f" {_side_word(m)} 入场 {m.group(1)} ", text)
    text = _PRICE_PAST_THEN_STOP.sub(lambda m: f"{m.group(2)} {m.group(1)} ", text)
    text = _PRICE_AT_THEN_SIDE.sub(lambda m: f"{m.group(2)} {m.group(1)}", text)
    return _at_points(_PRICE_THEN_ENTRY.sub(lambda m: f"入场 {m.group(1)} ", text))


# "پوزیشن شورت باز کنید / در نقطه 27461.5" (open a short at the point …), "در نقاط 0.8571 و 0.816 پوزیشن
# لانگ باز کنید" (at the points … open a long): Persian names the prices a position opens at, before or
# after its side, as points; they are its entries. Not on a line of a stop, a target or a close
# ("استاپ در نقطه 0.75", "در نقطه 27000 ببندید"), where the point is that exit's.
_AT_POINTS = re.compile(r"(?<![^\W\d_])در[ ]{1,2}(?:نقطه|نقاط)[ ]{0,2}(?=[0-9])")
_EXIT_ON_LINE = re.compile(r"استاپ|ضرر|تارگت|هدف|سود|تی[ ]?پی|ببند|بستن|خروج|\b(?:sl|stop|tps?|targets?|close)\b", re.I)


def _at_points(text: str) -> str:
    def entry(match: re.Match) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        return match.group() if _EXIT_ON_LINE.search(line) else "نقطه ورود "

    return _AT_POINTS.sub(entry, text)


# "Hedef 2'den sonra", "TP2 后", "TP2 के बाद" (after target 2): once canonical, "Target 2'after", "TP2 after".
_TARGET_THEN_AFTER = re.compile(r"\b(TP|Target)[ ]{0,2}#?[ ]{0,2}([0-9]{1,2})(?:['’][^\W\d_]{0,4})?[ ]{0,3}after\b", re.I)


def after_first(text: str) -> str:
    """A target named in a rule for later, its "after" written behind it, put in English order ("after
    TP2"), so the section grammar reads the number as the target's index, never as a target price.
    Runs after ``canonicalise``."""
    return _TARGET_THEN_AFTER.sub(lambda m: f"after {m.group(1)}{m.group(2)}", text)
