"""The readings the fifteenth blind set (``*-blind15.json``) showed missing, each tried on wordings that
set does not contain: an accumulation or buy zone under any family's label ("منطقة التجميع", "Зона
набора", "खरीद ज़ोन", "bids at") holds the entries; a partial or plain sell label after a spot buy
("Vendas parciais", "Ventas", "Kısmi satış") lists the targets; a leverage written with the margin
mode before it ("اهرم: کراس ۱۲") or as "N times leverage" ("20 गुना लीवरेज", "10 kali leverage"); Indian
lakh and crore counts; Bitcoin prices whose dot groups thousands; a second entry written apart
("Entry 2 (if it wicks): 3220", "回踩 146 再补一半"); and a target's number in a rule for later
("Hedef 2'den sonra …") is its index, never a target price.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import prices, signal_read


def trade(symbol, side, entry, stop, targets, leverage=None, margin_mode=None) -> ParsedSignal:
    return ParsedSignal(
        symbol=symbol, side=side, entry=prices(*entry), stop_loss=Decimal(stop), take_profits=prices(*targets),
        leverage=leverage, margin_mode=margin_mode,
    )


ADA_SPOT = trade("ADA/USDT", "long", ["0.49", "0.52"], "0.46", ["0.58", "0.63"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "🟢 شراء سبوت\nالزوج: DOT/USDT\nمنطقة التجميع: 4.35 - 4.12\nالأهداف: 4.8 - 5.2\nوقف الخسارة: 3.9",
            trade("DOT/USDT", "long", ["4.12", "4.35"], "3.9", ["4.8", "5.2"]),
        ),
        (
            "Покупаем #LINK в спот\nЗона накопления: 14,2 - 13,6\nЦели: 15,5 / 16,8\nСтоп: 12,9",
            trade("LINK/USDT", "long", ["13.6", "14.2"], "12.9", ["15.5", "16.8"]),
        ),
        (
            "SOL/USDT स्पॉट बाय\nखरीद जोन: 142 - 138\nलक्ष्य: 150 / 158\nस्टॉप लॉस: 133",
            trade("SOL/USDT", "long", ["138", "142"], "133", ["150", "158"]),
        ),
        (
            "SOL/USDT LONG\nAccumulation area: 142 - 138\nTargets: 150 / 158\nSL: 133",
            trade("SOL/USDT", "long", ["138", "142"], "133", ["150", "158"]),
        ),
        (
            "$ARB bidding 1.05-1.02 here, tp 1.12 / 1.20, sl 0.98",
            trade("ARB/USDT", "long", ["1.02", "1.05"], "0.98", ["1.12", "1.2"]),
        ),
        ("Mua spot #ADA\nVùng tích lũy: 0,52 - 0,49\nChốt lời: 0,58 / 0,63\nCắt lỗ: 0,46", ADA_SPOT),
        ("ADA 现货\n吸筹区：0.52-0.49\n目标：0.58 / 0.63\n止损：0.46", ADA_SPOT),
        ("#ADA spot alım\nBiriktirme bölgesi: 0,52 - 0,49\nHedefler: 0,58 / 0,63\nStop: 0,46", ADA_SPOT),
        ("Beli spot #ADA\nArea akumulasi: 0,52 - 0,49\nTarget: 0,58 / 0,63\nStop loss: 0,46", ADA_SPOT),
    ],
)
def test_it_reads_an_accumulation_or_buy_zone_as_the_entries(text, expected):
    assert signal_read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BTC bids are thin below 60000, watch out",
        "BTC đang tích lũy quanh 65.000, anh em chú ý",
        "主力吸筹中，BTC 65000 附近震荡",
        "#DOT фаза накопления, цель 8,2 если удержит 5,75",
        "Accumulation phase for #ETH, it could go to 2800 soon",
    ],
)
def test_it_keeps_talk_of_accumulation_and_bids_out_of_trades(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Compra spot #ADA\nEntrada: 0,49 - 0,52\nVentas: 0,58 / 0,63\nStop: 0,46",
        "Compra spot #ADA\nZona de compra: 0,49 - 0,52\nVendas parciais: 0,58 / 0,63\nStop: 0,46",
        "#ADA spot AL\nAlım bölgesi: 0,49 - 0,52\nKısmi satış: 0,58 / 0,63\nStop: 0,46",
        "Покупаем #ADA в спот\nВход: 0,49 - 0,52\nЧастичная продажа: 0,58 / 0,63\nСтоп: 0,46",
        "Mua spot ADA\nVùng mua: 0,49 - 0,52\nBán dần: 0,58 / 0,63\nCắt lỗ: 0,46",
        "ADA 现货买入 0.49-0.52\n分批卖出：0.58 / 0.63\n止损：0.46",
        "Beli spot #ADA\nArea beli: 0,49 - 0,52\nJual bertahap: 0,58 / 0,63\nStop loss: 0,46",
    ],
)
def test_it_reads_the_sell_labels_of_a_spot_buy_as_its_targets(text):
    assert signal_read(text) == ADA_SPOT


@pytest.mark.parametrize(
    "text",
    ["Vendas parciais feitas em #ADA 0,58 ✅", "#ADA venda parcial feita em 0,58, stop no preço de entrada"],
)
def test_it_keeps_a_report_of_a_partial_sell_out_of_trades(text):
    assert not isinstance(parse_message(text), ParsedSignal)


SOL_LONG = ("SOL/USDT", "long", ["142"], "133", ["150", "158"])


@pytest.mark.parametrize(
    ("text", "leverage", "margin_mode"),
    [
        ("جفت ارز: SOL/USDT\nجهت: Long\nورود: ۱۴۲\nتارگت: ۱۵۰ - ۱۵۸\nحد ضرر: ۱۳۳\nاهرم: ایزوله ۱۰", 10, "isolated"),
        ("#SOL LONG\nEntry: 142\nTP: 150 / 158\nSL: 133\nLeverage: Cross 12", 12, "cross"),
        ("#SOL लॉन्ग\nएंट्री: 142\nटारगेट: 150 / 158\nस्टॉपलॉस: 133\n20 गुना लीवरेज", 20, None),
        ("#SOL long\nEntry: 142\nTarget: 150 / 158\nStop loss: 133\nPakai 10 kali leverage", 10, None),
        ("#SOL Long\nĐiểm vào: 142\nChốt lời: 150 / 158\nCắt lỗ: 133\n15 lần đòn bẩy", 15, None),
    ],
)
def test_it_reads_a_leverage_after_the_margin_mode_or_written_as_times(text, leverage, margin_mode):
    assert signal_read(text) == trade(*SOL_LONG, leverage=leverage, margin_mode=margin_mode)


def test_it_reads_no_leverage_from_a_gain_written_as_times():
    assert signal_read("#SOL long 150, SL 144, TP 158 / 165, potensi naik 2 kali lipat").leverage is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BTC/INR लॉन्ग\nएंट्री: 85 लाख से 86.5 लाख\nटारगेट: 90 लाख, 94 लाख\nस्टॉप: 82.5 लाख",
            trade("BTC/INR", "long", ["8500000", "8650000"], "8250000", ["9000000", "9400000"]),
        ),
        (
            "ETH/INR spot buy ₹2.9 lakh ke neeche, target ₹3.1 lakh aur ₹3.25 lakh, SL ₹2.78 lakh",
            trade("ETH/INR", "long", ["290000"], "278000", ["310000", "325000"]),
        ),
        (
            "BTC/INR long 1.02 crore, target 1.08 crore, SL 0.98 crore",
            trade("BTC/INR", "long", ["10200000"], "9800000", ["10800000"]),
        ),
    ],
)
def test_it_scales_every_price_written_in_lakhs_or_crores(text, expected):
    assert signal_read(text) == expected


def test_it_reads_no_trade_from_a_price_in_lakhs_said_in_passing():
    assert parse_message("BTC crossed ₹90 lakh today! 🚀") is None


BTC_SHORT = "BTC/USDT SHORT\nEntry: 98.500\nTP: 96.000 / 94.200\nSL: 99.800"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BTC_SHORT, trade("BTC/USDT", "short", ["98500"], "99800", ["96000", "94200"])),
        (
            "Long BTCUSDT 61.250 - 60.800 | SL 59.900 | TP 63.000 / 64.500",
            trade("BTC/USDT", "long", ["60800", "61250"], "59900", ["63000", "64500"]),
        ),
    ],
)
def test_it_reads_bitcoin_prices_below_its_floor_as_thousands(text, expected):
    assert signal_read(text) == expected


def test_it_keeps_a_dotted_price_of_a_coin_with_no_known_floor_a_decimal():
    parsed = signal_read("XRP/USDT LONG\nEntry: 2.385\nTP: 2.450 / 2.520\nSL: 2.310")
    assert (parsed.entry, parsed.stop_loss) == (prices("2.385"), Decimal("2.31"))


def test_it_lets_a_known_market_price_decide_a_dotted_bitcoin_price():
    parsed = parse_message(BTC_SHORT, market_price=lambda symbol: Decimal("98.4"))
    assert parsed.entry == prices("98.5")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ETH/USDT LONG\nEntry: 3300\nEntry 2 (if it wicks): 3220\nTP: 3400 / 3500\nSL: 3150",
            trade("ETH/USDT", "long", ["3220", "3300"], "3150", ["3400", "3500"]),
        ),
        (
            "#LINK лонг\nВход: 14,2\nВход 2 (если прошьёт): 13,8\nЦели: 15,1 / 16\nСтоп: 13,2",
            trade("LINK/USDT", "long", ["13.8", "14.2"], "13.2", ["15.1", "16"]),
        ),
        (
            "#AVAX/USDT 🟢 LONG\nGiriş: 31,2\nGiriş 2 (fitil gelirse): 30,4\nHedefler: 32,5 / 34\nStop: 29,6",
            trade("AVAX/USDT", "long", ["30.4", "31.2"], "29.6", ["32.5", "34"]),
        ),
        (
            "SOL 多单\n150 附近先进一半，回踩 146 再补一半\n止损 142\n目标 158 / 165",
            trade("SOL/USDT", "long", ["146", "150"], "142", ["158", "165"]),
        ),
        (
            "BTC 做多：65000 先进三成，63500 再加仓\n止损 62000\n止盈 68000 / 70000",
            trade("BTC/USDT", "long", ["63500", "65000"], "62000", ["68000", "70000"]),
        ),
    ],
)
def test_it_reads_a_second_entry_written_apart(text, expected):
    assert signal_read(text) == expected


def test_it_reads_no_trade_from_an_entry_already_taken():
    assert parse_message("ETH 3300 先进了一半，现在浮盈 5%") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#AVAX/USDT LONG\nGiriş: 31,2\nHedef 1: 32,5\nHedef 2: 34\nStop: 29,6\nHedef 2'den sonra iz süren stop kullanın",
            trade("AVAX/USDT", "long", ["31.2"], "29.6", ["32.5", "34"]),
        ),
        (
            "#SOL लॉन्ग\nएंट्री: 142\nटारगेट 1: 150\nटारगेट 2: 158\nस्टॉपलॉस: 133\nटारगेट 2 के बाद ट्रेलिंग स्टॉप लगाएं",
            trade(*SOL_LONG),
        ),
    ],
)
def test_it_reads_a_target_number_in_a_rule_for_later_as_no_price(text, expected):
    assert signal_read(text) == expected
