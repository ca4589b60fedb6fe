"""The rules the 28th blind set showed missing, each tried on wordings that set does not contain: a
desk post's new-call header ("NEW SIGNAL", "Новый сигнал", "YENİ SİNYAL", "新信号", "TÍN HIỆU MỚI",
"SINYAL BARU", "صفقة جديدة") makes the whole signal after it the message's news, whatever updates on
other coins come before; a copy-trading notice's opening price is the entry and its "TP/SL: a / b"
the target then the stop; a ratio in brackets after a target's label ("TP1 (1:2)") is no price; a
Vietnamese holder asking "… hay giữ ạ?" and an Arabic lesson ("درس:", "وليس توصية") open nothing.
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
            "Morning update\n#BTC TP1 hit ✅\n#ETH move SL to entry\n\nNEW SIGNAL 🚀\n#ARB/USDT SHORT\n"
            "Entry: 1.12 - 1.15\nTargets: 1.08 / 1.04 / 0.98\nSL: 1.19\nLeverage: 10x",
            ("ARB/USDT", "short", prices("1.12", "1.15"), Decimal("1.19"), prices("1.08", "1.04", "0.98"), 10),
        ),
        (
            "Итоги по сделкам:\n#DOGE — закрыли 30% ✅\n#XRP — стоп в безубыток\n\nНовый сигнал:\n#FIL/USDT ЛОНГ\n"
            "Вход: 5,10 - 4,95\nЦели: 5,40 / 5,75\nСтоп: 4,70",
            ("FIL/USDT", "long", prices("4.95", "5.10"), Decimal("4.70"), prices("5.40", "5.75"), None),
        ),
        (
            "Güncelleme:\n#BNB TP1 ✅\n#ADA stop girişe çekildi\n\nYENİ SİNYAL 👇\n#DOT/USDT LONG\n"
            "Giriş: 6.20 - 6.05\nHedefler: 6.50 / 6.90\nStop: 5.80\nKaldıraç: 10x",
            ("DOT/USDT", "long", prices("6.05", "6.20"), Decimal("5.80"), prices("6.50", "6.90"), 10),
        ),
        (
            "更新：\nSOL 多单 TP2 ✅\nETH 止损移到成本\n\n新信号：\nAVAX/USDT 做空\n进场：36.5 - 37.2\n"
            "止盈：35.0 / 33.8\n止损：38.4\n杠杆：10倍",
            ("AVAX/USDT", "short", prices("36.5", "37.2"), Decimal("38.4"), prices("35.0", "33.8"), 10),
        ),
        (
            "Cập nhật:\n- BTC: TP1 ✅ chốt 50%\n\nTÍN HIỆU MỚI\n#OP/USDT LONG\nEntry: 2.10 - 2.05\nTP: 2.25 - 2.40\nSL: 1.96",
            ("OP/USDT", "long", prices("2.05", "2.10"), Decimal("1.96"), prices("2.25", "2.40"), None),
        ),
        (
            "Update:\n#ETH TP1 ✅\n#BNB SL pindah ke entry\n\nSINYAL BARU\n#SUI/USDT LONG\nEntry: 1.80 - 1.75\n"
            "TP: 1.90 - 2.05\nSL: 1.68",
            ("SUI/USDT", "long", prices("1.75", "1.80"), Decimal("1.68"), prices("1.90", "2.05"), None),
        ),
        (
            "#BTC الهدف 1 ✅\n\nصفقة جديدة 👇\n#LINK/USDT شراء\nالدخول: 14.20 - 14.00\nالأهداف: 14.80 - 15.40\n"
            "وقف الخسارة: 13.60",
            ("LINK/USDT", "long", prices("14.00", "14.20"), Decimal("13.60"), prices("14.80", "15.40"), None),
        ),
    ],
)
def test_it_reads_the_call_after_a_desk_posts_new_call_header(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "#BTC TP1 hit ✅\n#ETH move SL to entry\n\nNEW SIGNAL soon, stay tuned 👀",
        "#BTC TP1 hit ✅\n\n🆕 NEW CALL\n#SOL LONG 150",
        "Обновление:\n#LINK — закрыли 50% на 24,10 ✅\n\nНовая сделка 👇\nскоро, ждём подтверждения",
    ],
)
def test_a_header_without_a_whole_call_after_it_opens_nothing(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lead trader opened a position\nSymbol: ADAUSDT\nSide: Long\nLeverage: 10x\nOpening price: 0.4521\n"
            "TP/SL: 0.4800 / 0.4380",
            ("ADA/USDT", "long", prices("0.4521"), Decimal("0.4380"), prices("0.4800"), 10),
        ),
        (
            "Copy trade | Symbol: ATOMUSDT | Side: Short | Open price: 8.42 | SL/TP: 8.75 / 7.90",
            ("ATOM/USDT", "short", prices("8.42"), Decimal("8.75"), prices("7.90"), None),
        ),
        (
            "Lider trader pozisyon açtı\nParite: AVAXUSDT\nYön: Long\nAçılış fiyatı: 36,40\nTP: 38,00\nSL: 35,20",
            ("AVAX/USDT", "long", prices("36.40"), Decimal("35.20"), prices("38.00"), None),
        ),
        (
            "Trader líder | Par: XRPUSDT | Lado: Short | Precio de apertura: 2,415 | TP/SL: 2,300 / 2,480",
            ("XRP/USDT", "short", prices("2.415"), Decimal("2.480"), prices("2.300"), None),
        ),
        (
            "Trader líder abriu posição\nPar: LINKUSDT\nDireção: Long\nPreço de abertura: 14,62\nTP: 15,40\nSL: 14,10",
            ("LINK/USDT", "long", prices("14.62"), Decimal("14.10"), prices("15.40"), None),
        ),
        (
            "Trader dẫn dắt mở vị thế\nCặp: SUIUSDT\nChiều: Short\nGiá mở: 1.8425\nTP: 1.7600\nSL: 1.9050",
            ("SUI/USDT", "short", prices("1.8425"), Decimal("1.9050"), prices("1.7600"), None),
        ),
        (
            "المتداول فتح مركز\nالزوج: ETHUSDT\nالاتجاه: Long\nسعر الفتح: 3205\nTP: 3300\nSL: 3150",
            ("ETH/USDT", "long", prices("3205"), Decimal("3150"), prices("3300"), None),
        ),
        (
            "Trader utama buka posisi\nKontrak: DOTUSDT\nArah: Long\nHarga buka: 6,25\nTP: 6,60\nSL: 6,02",
            ("DOT/USDT", "long", prices("6.25"), Decimal("6.02"), prices("6.60"), None),
        ),
        (
            "Трейдер открыл позицию\nПара: TONUSDT\nНаправление: Short\nЦена открытия: 5,48\nTP: 5,20\nSL: 5,66",
            ("TON/USDT", "short", prices("5.48"), Decimal("5.66"), prices("5.20"), None),
        ),
    ],
)
def test_a_copy_trading_notices_opening_price_is_the_entry(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OP/USDT LONG\nEntry: 2.05\nSL: 1.96\nTP1 (1:1.5): 2.19\nTP2 (RR 1:3): 2.32",
            ("OP/USDT", "long", prices("2.05"), Decimal("1.96"), prices("2.19", "2.32"), None),
        ),
        (
            "SOL шорт\nВход: 152\nСтоп: 156\nТП1 (1:2) 144\nТП2 (1:4) 136",
            ("SOL/USDT", "short", prices("152"), Decimal("156"), prices("144", "136"), None),
        ),
    ],
)
def test_a_ratio_in_brackets_after_a_target_label_is_no_price(text, expected):
    assert plan_of(signal_read(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cả nhà ơi em mua SOL 150, giờ 142 rồi, cắt ở 140 hay giữ ạ? TP em đặt 165",
        "Anh em cho hỏi, DOGE vào 0.172 đặt SL 0.165 ạ? Target 0.19",
        "درس: لو بعت ETH عند 3400 مع وقف 3480 وهدف 3200 فالمخاطرة 80 والعائد 200.",
        "شرح: شراء SOL عند 150 ووقف الخسارة 144 والهدف 165، وليس توصية.",
    ],
)
def test_a_holders_question_or_a_lesson_opens_nothing(text):
    assert not isinstance(parse_message(text), ParsedSignal)
