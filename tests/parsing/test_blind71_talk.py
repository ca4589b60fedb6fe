"""Talk that is not a call, and updates, from the blind71/72 misses, each tried on wordings those sets do not
contain: a question whether a trade "would be right" or whether to take it ("ठीक रहेगा क्या", "long lu kya"),
chat spellings of weighing and doubt ("lg mikir mau", "gk yakin"), a reply questioning someone's plan and
advising to wait ("ты серьезно … я бы подождал", "are you serious … i'd wait"), "ainda ta valendo" without its
accent, a holder "đang ôm" asking, a holder's hope for his own trade ("udh masuk … semoga tp tembus",
``hoped_trades``), "sl entry pe shift kar lo", a stop moved to a target priced after it without brackets
("止损移到第一目标 0.3950"), and "Each target hit, move the stop to the previous target." as a plan's rule.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message


@pytest.mark.parametrize(
    "text",
    [
        # Questions whether a trade would be right, or whether to take it.
        "भाई लोग, SOL में 142 पर लॉन्ग लेना अभी ठीक रहेगा क्या? SL 136 रखूं या 138? कल से 8% ऊपर है 😅",
        "दोस्तों ETH में 3200 पर शॉर्ट सही रहेगा क्या? SL 3260 रखूं या 3280?",
        "bhai log SOL 142 pe long lu kya abhi? SL 136 aur TP 150 soch raha hu, plan sahi hai ya thoda wait karu 🤔",
        "yaar AVAX 24 pe short lu kya? SL 25.5 TP 22 soch raha hoon",
        # An opening question, then weighing or doubting in chat spelling.
        "ada yg short ETH di 3400 jg ga? gw lg mikir mau masuk sl 3460 tp 3300 tp gk yakin wkwk",
        "ada yg long SOL di 142 jg ga? lg mikir masuk sl 136 tp 150",
        # A reply questioning someone's plan and advising to wait.
        "ты серьезно шортить LTC на 98 собрался? там поддержка 94, стоп 101 это ж самоубийство, я бы подождал",
        "ты серьёзно лонговать ETH от 3400 собрался? стоп 3300 слишком далеко, я бы не заходил",
        "are you serious about shorting LTC at 98? support is 94, a stop at 101 is suicide, i'd wait",
        # An earlier call asked about, the accent left off.
        "essa call do NEAR ainda ta valendo? entrada 5,10-5,25 stop 4,85... o preço ja ta 5,60 kkkk perdi o bonde",
        "o sinal do SOL ainda esta valendo? entrada 140 stop 134",
        # A holder asking what to do.
        "Mình đang ôm LINK long từ 14.8, giờ giá 16.2 rồi, có nên chốt bớt không anh em? SL mình để 14.1 🤔",
        "Em đang ôm SOL long từ 142, có nên chốt không ạ? SL 136",
        # A holder hoping for his own trade.
        "Aku udh masuk SUI di 3,12 sl 2,98 semoga tp 3,40 tembus 🙏 doain ya guys",
        "I'm in SOL from 142, stop 136, target 150, hopefully it hits 🙏",
        "Я уже в лонге SUI, зашёл с 3,12, стоп 2,98, тейк 3,40, надеюсь пробьёт",
        "Entré en SUI en 3,12, stop 2,98, objetivo 3,40, ojalá lo toque",
    ],
)
def test_talk_is_no_call(text: str) -> None:
    assert parse_message(text) is None


@pytest.mark.parametrize(
    ("text", "side", "entry", "stop"),
    [
        # A channel's call with a wish but no held position is still a call.
        ("LONG SUI\nEntry 3,12\nSL 2,98\nTP 3,40\nsemoga cuan 🚀", "long", [Decimal("3.12")], Decimal("2.98")),
        ("SOL LONG 142\nSL 136\nTP 150\nHopefully a quick one 🚀", "long", [Decimal("142")], Decimal("136")),
        # A channel's call that invites the readers in is not a holder's story, though it hopes.
        ("Who's in? 🚀\nSOL LONG 142\nSL 136\nTP 150\nhopefully TP1 today", "long", [Decimal("142")], Decimal("136")),
        # "Each target hit" is the plan's trailing rule, not a report.
        (
            "BTC/USDT LONG\nEntry: 64000 - 64500\nTargets: 65500, 66500, 68000\nStop: 62800\n"
            "Each target hit, move the stop to the previous target.",
            "long", [Decimal("64000"), Decimal("64500")], Decimal("62800"),
        ),
        # A question a channel does not ask: no "kya" particle, a plain plan.
        ("SOL 142 pe long lo\nSL 136\nTP 150", "long", [Decimal("142")], Decimal("136")),
    ],
)
def test_calls_stay_calls(text: str, side: str, entry: list[Decimal], stop: Decimal) -> None:
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.side, parsed.entry, parsed.stop_loss) == (side, entry, stop)


def test_each_target_rule_reads_as_moving_target() -> None:
    parsed = parse_message(
        "ETH/USDT SHORT\nEntry: 3400\nTargets: 3300, 3200\nStop: 3480\nEvery TP reached, move the stop to the previous target."
    )
    assert isinstance(parsed, ParsedSignal)
    assert parsed.trailing is not None and parsed.trailing["kind"] == "moving_target"


@pytest.mark.parametrize(
    ("text", "symbol", "price", "to_entry"),
    [
        ("@all DOGE wale sab log sl entry pe shift kar lo abhi ke abhi, tp1 aa gya 🔥🔥 baki hold", "DOGE/USDT", None, True),
        ("SOL wale SL entry par kar lo, target 1 done", "SOL/USDT", None, True),
        ("✅ #DOGE 第二目标 0.4120 已到达 🎯\n恭喜跟单的兄弟们，剩余仓位止损移到第一目标 0.3950", "DOGE/USDT", Decimal("0.3950"), False),
        ("✅ #DOGE TP2 0.4120 hit\nmove SL to TP1 0.3950", "DOGE/USDT", Decimal("0.3950"), False),
        ("✅ #DOGE TP2 hit\nmove SL to TP1 (0.3950)", "DOGE/USDT", Decimal("0.3950"), False),
    ],
)
def test_stop_moves(text: str, symbol: str, price: Decimal | None, to_entry: bool) -> None:
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol, parsed.price, parsed.to_entry) == ("move_stop", symbol, price, to_entry)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        # A stop moved to a target with more said after its price, or another target priced after it: no price read.
        ("✅ #DOGE TP2 hit\nmove SL to TP1, TP3 0.45 next", 2),
        # A target hit with no stop move stays the hit.
        ("✅ #DOGE 第二目标 0.4120 已到达 🎯", 2),
        # A report of one target, beside the rule for each, is still the report.
        ("#BTC TP1 hit ✅ Each target hit, move the stop to the previous target.", 1),
    ],
)
def test_hits_stay_hits(text: str, index: int) -> None:
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.target_index) == ("tp_hit", index)
