"""The rules the third blind set (``*-blind3.json``) showed missing, each tried on wordings that set
does not contain: a stop's candle-close condition in every language, an arrow after a target's
number, a full-width comma, and "buy … sell" spot layouts outside English."""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message

PLAN = {
    "en": "#ARB LONG\nEntry 0.40\nTP 0.42 0.44\n",
    "ru": "#ARB лонг\nВход 0,40\nЦели 0,42 0,44\n",
    "tr": "#ARB LONG\nGiriş 0,40\nHedefler 0,42 0,44\n",
    "zh": "#ARB 做多\n入场 0.40\n止盈 0.42 0.44\n",
    "es": "#ARB LARGO\nEntrada 0,40\nObjetivos 0,42 0,44\n",
    "pt": "#ARB LONG\nEntrada 0,40\nAlvos 0,42 0,44\n",
    "vi": "#ARB LONG\nĐiểm vào 0.40\nChốt lời 0.42 0.44\n",
    "ar_fa": "#ARB لانگ\nورود ۰٫۴۰\nتارگت ۰٫۴۲ ۰٫۴۴\n",
    "hi_id": "#ARB लॉन्ग\nएंट्री 0.40\nटारगेट 0.42 0.44\n",
}


@pytest.mark.parametrize(
    "family, stop_line",
    [
        ("en", "SL: 4H close 0.38"),
        ("en", "Stop: daily close below 0.38"),
        ("ru", "Стоп: закрытие 4-часовой свечи ниже 0,38"),
        ("ru", "Стоп: дневное закрытие ниже 0,38"),
        ("tr", "Stop: günlük kapanış 0,38 altı"),
        ("zh", "止损：日线收盘跌破0.38"),
        ("zh", "止损：1小时收线低于0.38"),
        ("es", "Stop: cierre diario por debajo de 0,38"),
        ("pt", "Stop: fechamento diário abaixo de 0,38"),
        ("vi", "SL: đóng nến 1D dưới 0.38"),
        ("ar_fa", "حد ضرر: کلوز روزانه زیر ۰٫۳۸"),
        ("ar_fa", "وقف الخسارة: إغلاق شمعة 4 ساعات تحت 0.38"),
        ("hi_id", "SL: दैनिक क्लोज़ 0.38 के नीचे"),
        ("hi_id", "SL: penutupan candle 4H di bawah 0.38"),
    ],
)
def test_it_reads_the_price_of_a_candle_close_stop_in_every_language(family, stop_line):
    parsed = parse_message(PLAN[family] + stop_line)
    assert (parsed.stop_loss, parsed.take_profits) == (Decimal("0.38"), [Decimal("0.42"), Decimal("0.44")])


def test_a_number_of_hours_in_a_stop_condition_is_never_the_stop():
    # "4 saatlik" is a timeframe; read as a price it made a short look like a long.
    parsed = parse_message("#ABC SHORT\nGiriş: 7.60\nHedefler 7.45 | 7.20\nStop: 4 saatlik kapanış 8.05 üstü")
    assert (parsed.side, parsed.stop_loss) == ("short", Decimal("8.05"))


@pytest.mark.parametrize("arrow", ["→", "➜", "➡️", "=>"])
def test_an_arrow_after_a_spaced_target_number_ends_the_index(arrow):
    parsed = parse_message(f"#ARB LONG\nEntry 0.40\nTP 1 {arrow} 0.42\nTP 2 {arrow} 0.44\nSL 0.38")
    assert parsed.take_profits == [Decimal("0.42"), Decimal("0.44")]


def test_a_full_width_comma_separates_a_price_from_the_leverage():
    parsed = parse_message("BTC 空 65000附近，止损66500，目标63000、61000，20倍")
    assert (parsed.side, parsed.stop_loss, parsed.take_profits, parsed.leverage) == (
        "short", Decimal(66500), [Decimal(63000), Decimal(61000)], 20,
    )


@pytest.mark.parametrize(
    "text",
    [
        "#ARB/USDT\nПокупка: 0,40\nПродажа: 0,42 / 0,44\nСтоп: 0,38",
        "#ARB/USDT\nCompra: 0,40\nVenta: 0,42 - 0,44\nStop: 0,38",
        "#ARB/USDT\nCompra: 0,40\nVenda: 0,42 - 0,44\nStop: 0,38",
        "#ARB/USDT\n买入：0.40\n卖出：0.42 0.44\n止损：0.38",
        "#ARB/USDT\nشراء: 0.40\nبيع: 0.42 - 0.44\nوقف الخسارة: 0.38",
        "#ARB/USDT\nخرید: ۰٫۴۰\nفروش: ۰٫۴۲ - ۰٫۴۴\nحد ضرر: ۰٫۳۸",
        "#ARB/USDT\nMua: 0.40\nBán: 0.42 - 0.44\nCắt lỗ: 0.38",
        "#ARB/USDT\nBeli: 0.40\nJual: 0.42 - 0.44\nSL: 0.38",
    ],
)
def test_a_sell_after_a_buy_lists_the_targets_of_a_spot_trade_in_every_language(text):
    assert parse_message(text) == ParsedSignal(
        symbol="ARB/USDT", side="long", entry=[Decimal("0.40")], stop_loss=Decimal("0.38"),
        take_profits=[Decimal("0.42"), Decimal("0.44")], leverage=None, margin_mode=None,
    )


@pytest.mark.parametrize("sell", ["Продажа", "Vender", "卖出", "بيع"])
def test_a_sell_word_alone_is_still_a_short(sell):
    parsed = parse_message(f"{sell} #ARB 0.40\nTP 0.38 0.36\nSL 0.42")
    assert (parsed.side, parsed.entry, parsed.stop_loss) == ("short", [Decimal("0.40")], Decimal("0.42"))


def test_a_buy_word_whose_prices_say_short_is_low_certainty():
    parsed = parse_message("Покупка #ABC\nВход 10\nЦели 9 8\nСтоп 11")
    assert parsed.side == "short"
    assert "side_contradicts_prices" in [reason.code for reason in parsed.certainty_reasons]
