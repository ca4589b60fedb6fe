"""The rules the eighteenth blind set (``*-blind18.json``) showed missing, each tried on wordings that set
does not contain: a trader's own position with a question what to do with it, a status post of a running
trade, a lesson's worked example and a recap heading never open a trade or update one; an invitation
("Who's joining?") keeps a call; and the readings of a few wordings of entries.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "ok so I'm short BTC from 67200 at 15x, stop 68100, tp 65000. it's at 67900 now... hold or cut?",
        "Meu long em SOL de 152,4, stop 147, alvo 160. Fecho ou seguro? tá em 149",
        "мой лонг по ETH от 3380, стоп 3270, тейк 3500. держать или закрывать?",
        "Bro mera SOL short 148 pe hai 10x, SL 152, TP 140. Kya karu?",
        "Mi long de AVAX desde 35,4 con stop 34,1 y TP 38. ¿Cierro o aguanto?",
        "我的ETH多单 3380 进的，止损 3270，目标 3500，现在 3310，还是平仓？",
        "Posisi saya long BTC 65000, SL 64000, TP 67000. Hold atau cut ya?",
    ],
)
def test_it_reads_a_traders_own_position_with_a_question_about_it_as_no_trade(text):
    assert parse_message(text) is None


def test_it_keeps_a_call_whose_question_after_its_prices_only_invites_the_readers():
    parsed = signal_read("I'm long BTC from 65000\nSL 64000\nTP 67000 / 68000\nWho's joining? 🚀")
    assert plan_of(parsed) == ("BTC/USDT", "long", prices("65000"), Decimal("64000"), prices("67000", "68000"), None)


@pytest.mark.parametrize(
    "text",
    [
        "SOL long abhi bhi running hai, entry 142.3 fill ho gaya. SL 137 same rakho, TP1 150 aane do",
        "#ADA short sigue activo. Entradas 1 y 2 ejecutadas, stop en 0,492, TP1 0,455 pendiente.",
        "Atualização: #LINK short segue aberto, entrada 14,60 preenchida. Stop mantido em 15,20, alvo 13,80.",
        "BNB long position is running, entries 1 and 2 filled. SL 598, TP 640 next",
    ],
)
def test_it_reads_a_status_post_of_a_running_trade_as_no_new_trade(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Trading 101: say you short SOL at 150 with a stop at 155, target 140. That's 2R.",
        "Aula rápida: se você compra BTC a 65.000 com stop em 64.000 e alvo em 67.000, o risco/retorno é 2.",
        "Допустим, вы шортите ETH от 3400, стоп 3470, тейк 3260: риск 2%, прибыль 4%.",
        "Giả sử bạn long BTC ở 65.000, SL 64.000, TP 67.000: tỷ lệ R:R là 1:2.",
        "Misalkan kamu long ETH di 3400, SL 3330, TP 3540. Risiko 2%.",
    ],
)
def test_it_reads_a_lessons_worked_example_as_no_trade_and_no_update(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Weekly results 📊 | #ETH long - ✅ TP2 | #SOL short - closed at entry | #ARB - ❌ stop",
        "Resumo do mês 📊 | Sinais: 41 | #BTC long TP3 +58% | #XRP short fechado no zero a zero",
        "Resumen de la semana | #LINK largo ✅ TP2, cerrado en BE | #DOGE corto ❌ stop",
    ],
)
def test_it_reads_a_recap_heading_as_no_update(text):
    assert parse_message(text) is None


def test_it_reads_a_target_held_to_as_no_break_even_trigger():
    text = "ETH LONG\nEntry 3400\nTP1 3460\nTP2 3525\nTP3 3610\nSL 3348\nhold được thì hold tới TP3, chạm TP1 dời SL về entry"
    assert signal_read(text).breakeven_after == 1
    text = "ETH LONG\nEntry 3400\nTP1 3460\nTP2 3525\nTP3 3610\nSL 3348\n(note: trend trade, if you can hold, hold to TP3)"
    assert signal_read(text).breakeven_after is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ARB 揸多，0.82至0.79之間入，目標0.88 / 0.93，止蝕0.76",
            ("ARB/USDT", "long", prices("0.79", "0.82"), Decimal("0.76"), prices("0.88", "0.93"), None),
        ),
        (
            "做多 SOL\n挂单 150 附近（分批：150 / 147 / 144）\n目标 158 / 165\n止损 140",
            ("SOL/USDT", "long", prices("144", "147", "150"), Decimal("140"), prices("158", "165"), None),
        ),
        (
            "SOL long kar lo 142 ke upar se, sl 137, tgt 150/158, 10x",
            ("SOL/USDT", "long", prices("142"), Decimal("137"), prices("150", "158"), 10),
        ),
        (
            "ADA/BTC akumulasi spot 0.00000610 - 0.00000640 | Target 0.00000700 | Cut loss 0.00000580",
            ("ADA/BTC", "long", prices("0.00000610", "0.00000640"), Decimal("0.00000580"), prices("0.00000700"), None),
        ),
        (
            "شراء سبوت DOT/USDT من 4.35 ل 4.20، الأهداف 4.80 و 5.10، الستوب 3.95",
            ("DOT/USDT", "long", prices("4.20", "4.35"), Decimal("3.95"), prices("4.80", "5.10"), None),
        ),
        (
            "#ADA | Compra à vista: 0,452 até 0,438 | Alvos: 0,49 - 0,52 | Stop: fechamento semanal abaixo de 0,41",
            ("ADA/USDT", "long", prices("0.438", "0.452"), Decimal("0.41"), prices("0.49", "0.52"), None),
        ),
    ],
)
def test_it_reads_the_entries_of_these_wordings(text, expected):
    assert plan_of(signal_read(text)) == expected
