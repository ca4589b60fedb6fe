"""The rules the fifteenth blind set (``*-blind15.json``) showed missing, each tried on wordings that set
does not contain: a conditional entry ("si cierra por encima de X", "عند الإغلاق تحت X", "站稳 X 以上再追多",
"giữ được trên X thì long") opens at X; a plan whose last line is a break-even rule for later ("Al tocar
TP1 …", "Ao atingir o TP1 …", "Pehla target hit hote hi …") stays a signal though a tick closes it, and
so does a one-line call whose tick follows its stop; recaps, fill and stop notifications and examples in
a lesson never open a trade.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Compra $INJ si cierra por encima de 25,40. Objetivos 26,50 / 27,80. Stop 24,60",
            ("INJ/USDT", "long", prices("25.40"), Decimal("24.60"), prices("26.50", "27.80"), None),
        ),
        (
            "Short INJ se fechar abaixo de 25,40. Alvos 24,50 / 23,80. Stop 26,20",
            ("INJ/USDT", "short", prices("25.40"), Decimal("26.20"), prices("24.50", "23.80"), None),
        ),
        (
            "$ETH\nشورت عند الإغلاق تحت 3180 (فريم 1 ساعة)\nأهداف: 3100 | 3020\nوقف: 3260",
            ("ETH/USDT", "short", prices("3180"), Decimal("3260"), prices("3100", "3020"), None),
        ),
        (
            "#SUIUSDT\nاگه زیر 1.92 تثبیت شد شورت میگیریم\nتارگت: 1.85 - 1.78\nحد ضرر: 2.01",
            ("SUI/USDT", "short", prices("1.92"), Decimal("2.01"), prices("1.85", "1.78"), None),
        ),
        (
            "SUI 守住 1.72 上方就做多，止损 1.63，目标 1.85/1.98，杠杆5倍",
            ("SUI/USDT", "long", prices("1.72"), Decimal("1.63"), prices("1.85", "1.98"), 5),
        ),
        (
            "SUI 跌破 1.72 再追空，止损 1.80，目标 1.65/1.58",
            ("SUI/USDT", "short", prices("1.72"), Decimal("1.80"), prices("1.65", "1.58"), None),
        ),
        (
            "SUI giữ được trên 1.72 thì long. TP 1.85 / 1.98. SL 1.63",
            ("SUI/USDT", "long", prices("1.72"), Decimal("1.63"), prices("1.85", "1.98"), None),
        ),
    ],
)
def test_it_reads_the_price_of_a_conditional_entry_in_any_language_as_the_entry(text, expected):
    assert plan_of(signal_read(text)) == expected


def test_it_reads_a_stop_conditioned_on_a_close_as_the_stop():
    parsed = signal_read("SOL long 142, SL: si cierra por debajo de 136, TP 150 / 158")
    assert (parsed.entry, parsed.stop_loss, parsed.take_profits) == (prices("142"), Decimal("136"), prices("150", "158"))


def test_it_keeps_a_conditional_forecast_out():
    assert parse_message("Si BTC cierra por encima de 70.000 podría ir a 75.000") is None


@pytest.mark.parametrize(
    ("text", "allocations"),
    [
        (
            "#ETH/USDT SHORT\nEntrada: 3420\nTP1: 3350 (50%)\nTP2: 3280 (50%)\nSL: 3490\n\n"
            "Cuando toque TP1, mover el stop a la entrada 👍",
            [Decimal("0.5"), Decimal("0.5")],
        ),
        ("#ETH/USDT SHORT\nEntrada: 3420\nTP1: 3350\nTP2: 3280\nSL: 3490\nAo atingir o TP1, mover o stop para a entrada ✅", None),
        ("#ETH/USDT SHORT\nВход: 3420\nЦели: 3350 / 3280\nСтоп: 3490\nКак только TP1 — стоп в безубыток ✅", None),
        ("ETH short\nEntry 3420\nTargets 3350 / 3280\nSL 3490\nOnce TP1 is hit move SL to entry ✅", None),
    ],
)
def test_it_keeps_a_plan_whose_last_line_is_a_breakeven_rule_for_later_a_signal(text, allocations):
    parsed = signal_read(text)
    assert plan_of(parsed) == ("ETH/USDT", "short", prices("3420"), Decimal("3490"), prices("3350", "3280"), None)
    assert (parsed.breakeven_after, parsed.take_profit_allocations) == (1, allocations)


@pytest.mark.parametrize(
    "text",
    [
        "#DOGE/USDT LONG\nEntrada: 0,1585\nTP1: 0,1630\nTP2: 0,1680\nSL: 0,1520\nTP1 alcanzado ✅ mover el SL a entrada",
        "#DOGE/USDT LONG\nEntrada: 0,1585\nTP1: 0,1630\nTP2: 0,1680\nSL: 0,1520\nDespués del TP1 movimos el SL a entrada ✅",
        "ETH short\nEntry 3420\nTargets 3350 / 3280\nSL 3490\nOnce TP1 was hit we moved SL to entry",
        "#SOL LONG\nEntry: 182.5 - 179.8\nTargets: 186 / 191 / 198\nSL: 174.6\nPehla target hit hote hi SL entry pe kar diya ✅",
    ],
)
def test_it_never_opens_a_plan_whose_stop_already_moved(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_reads_a_one_line_call_whose_tick_follows_its_stop_as_a_signal():
    parsed = signal_read("BNB long 612 TP 625 / 640 SL 598 ✅")
    assert plan_of(parsed) == ("BNB/USDT", "long", prices("612"), Decimal("598"), prices("625", "640"), None)


def test_it_still_reads_a_ticked_target_as_a_running_trade():
    assert not isinstance(parse_message("#BTC/USDT LONG\nEntry 65000\nTP1 66000 ✅\nTP2 67000\nSL 64000"), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "📊 Weekly recap\nBTC long 65000 → 68000 ✅ +45%\nETH short 3400 → 3200 ✅ +30%",
        "📈 Итоги недели: 10 сигналов, 8 TP ✅\nSOL long 142 → 156 (+40%)\nAVAX short 38,2 → 35,1 (+33%)",
        "本周战报：BTC 多 65000 → 68000 ✅，ETH 空 3400 → 3200 ✅",
        "📊 Resumo semanal\nSOL long 142 → 156 ✅ TP3\nTaxa de acerto 80%",
        "Rekap minggu lalu:\n1. SOL long 142 → 156 ✅\n2. AVAX short 38,2 → 35,1 ✅\nWinrate 100%",
    ],
)
def test_it_reads_a_recap_of_past_trades_as_nothing(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "BTC long entry trigger ho gaya 64200 pe, SL 63100 hi rahega",
        "#OP short: entrada ejecutada en 1,71. SL 1,79, objetivos igual.",
        "OP шорт: вход исполнен по 1,71. Стоп 1,79 без изменений.",
        "#OP 空单已成交 1.71，止损 1.79 不变",
        "OP short đã khớp lệnh 1.71 ✅ SL 1.79 giữ nguyên",
        "OP short girişi gerçekleşti 1,71 ✅ Stop 1,79 aynı.",
        "#BTC long filled at 64200. SL 63100, targets unchanged.",
        "#SOL long 止损已触发 128.8",
        "ETH long: сработал стоп 3180 ❌",
        "ETH long: se activó el stop en 3180 ❌",
        "SOL long SL lag gaya 128.8 pe ❌",
    ],
)
def test_it_never_opens_a_trade_on_a_fill_or_stop_notification(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "Leverage 50x is dangerous. For example: long BTC at 104000 with SL 103000, TP 106000",
        "Jangan pakai leverage 50x. Misalnya long BTC di 104.000 dengan SL 103.000",
        "杠杆别开太高，50倍很危险。例如 做多 BTC 65000 止损 64000",
    ],
)
def test_it_never_trades_the_example_of_a_lesson(text):
    assert parse_message(text) is None


def test_it_still_trades_a_call_with_a_note_for_beginners():
    parsed = signal_read("BTC long 65000, SL 64000, TP 67000 / 68000. Lev 10x (beginners 3x)")
    assert plan_of(parsed) == ("BTC/USDT", "long", prices("65000"), Decimal("64000"), prices("67000", "68000"), 10)
