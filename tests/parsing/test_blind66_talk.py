"""The rules the sixty-sixth blind set showed missing, each tried in more than one language: a question to the
group holding the first price ("有人…接了吗？") that asks again in a last clause without its "?" ("止损放0.36会不会
太紧") is no call; a stop move reported done ("stop movido a", "стоп перенесён на", "stop …'e taşındı") is a
move_stop; "x25" before a chat particle and a clause about the position size ("x25 nhé ae, vol nhỏ thôi") keeps
its leverage; plural entry labels ("Зоны набора", "Zonas de entrada", "建仓区", "مناطق الدخول") head a ladder.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message


@pytest.mark.parametrize(
    "text",
    [
        "有人在DOGE 0.38附近接了吗？我看4小时图支撑在0.365，止损放0.36会不会太紧",
        "有没有人在DOGE 0.38接了？4小时支撑0.365，止损0.36会不会太紧",
        "谁在DOGE 0.38附近接了？支撑0.365，止损0.36行不行",
        "кто-нибудь брал DOGE по 0.38? смотрю поддержку 0.365 на 4ч, стоп 0.36 не слишком близко?",
        "alguém pegou DOGE em 0,38? suporte em 0,365 no 4h, stop em 0,36 é muito apertado?",
        "alguien agarró DOGE en 0,38? soporte 0,365 en 4h, stop 0,36 muy ajustado?",
    ],
)
def test_question_to_the_group_holding_the_prices_is_no_call(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "DOGE 做多\n入场 0.38\n止损 0.36\n止盈 0.40 0.42\n有人跟吗？",
        "long DOGE 0.38\nsl 0.36\ntp 0.40 0.42\nai vào không?",
        "DOGE long 0.38, sl 0.36 or below, tp 0.40 0.42",
    ],
)
def test_full_plan_ending_in_a_question_stays_a_call(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.stop_loss) == ("DOGE/USDT", "long", Decimal("0.36"))


@pytest.mark.parametrize(
    "text",
    [
        "Actualización #ADA: stop movido a 0,7420 🔒 seguimos dentro buscando el TP2",
        "#ADA: SL movido a 0,7420",
        "#ADA: stop movido para 0,7420",
        "#ADA: стоп перенесён на 0.7420",
        "#ADA stop 0.7420'e taşındı",
        "#ADA SL dipindahkan ke 0,7420",
    ],
)
def test_stop_move_reported_done_is_a_move_stop(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedUpdate)
    assert (parsed.kind, parsed.symbol, parsed.price) == ("move_stop", "ADA/USDT", Decimal("0.742"))


@pytest.mark.parametrize(
    "text, lev",
    [
        ("short btc 101.200-101.800 sl 102.500 tp 99.800 98.500 x25 nhé ae, vol nhỏ thôi", 25),
        ("long eth 3200-3250 sl 3100 tp 3400 3500 x20 ya bro, size kecil aja", 20),
        ("long eth 3200-3250 sl 3100 tp 3400 3500 x20 pls, low vol", 20),
    ],
)
def test_leverage_before_a_chat_particle_and_a_size_clause(text, lev):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.leverage == lev


def test_volume_multiple_is_still_no_leverage():
    assert parse_message("Bearish Volume Spike (5.2x avg), BTC") is None


@pytest.mark.parametrize(
    "label, stop, targets",
    [
        ("Зоны набора", "Стоп", "Тейки"),
        ("Точки входа", "Стоп", "Тейки"),
        ("Zonas de entrada", "Stop", "TPs"),
        ("Zonas de compra", "Stop", "Objetivos"),
        ("Alım bölgeleri", "Stop", "Hedefler"),
        ("建仓区", "止损", "止盈"),
        ("مناطق الدخول", "وقف الخسارة", "الأهداف"),
    ],
)
def test_plural_entry_labels_head_a_ladder(label, stop, targets):
    text = f"#DOGE long 📈\n{label}:\n1) 0.1720\n2) 0.1685\n3) 0.1640\n{targets}: 0.1790, 0.1850, 0.1930\n{stop} 0.1595"
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    assert parsed.entry == [Decimal("0.164"), Decimal("0.1685"), Decimal("0.172")]
    assert parsed.stop_loss == Decimal("0.1595")


def test_russian_ladder_under_zones_label_keeps_its_shares():
    parsed = parse_message(
        "#DOGE лонг 📈\nЗоны набора:\n1) 0.1720\n2) 0.1685\n3) 0.1640\nТейки: 0.1790, 0.1850, 0.1930 (+12%)\n"
        "Стоп 0.1595\nФиксируем 50% на первой цели, по 25% на второй и третьей."
    )
    assert isinstance(parsed, ParsedSignal)
    assert parsed.entry == [Decimal("0.164"), Decimal("0.1685"), Decimal("0.172")]
    assert parsed.take_profits == [Decimal("0.179"), Decimal("0.185"), Decimal("0.193")]
