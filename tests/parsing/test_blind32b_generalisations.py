"""The rules the 32nd blind set (b: Vietnamese, Arabic/Persian, Hinglish/Indonesian, English long posts)
showed missing, each tried on wordings that set does not contain:

- a bot's notice that a position closed ("❎ Position closed", "پوزیشن بسته شد") opens no trade
  (``closed_trades``);
- "today's signal" ("Aaj ka signal", "Kèo hôm nay", "Сигнал дня") heads a new call after yesterday's
  results (``new_call`` rows);
- a divider under a plan's break-even rule closes the plan: the rules and referral under it are a footer;
- two pairs written in full: the one on the line that states the side is called (``called_pair``);
- "74% hit TP1" is a channel's track record, not a target hit;
- after "no leverage" on a line, a multiple ("a 2x from here") is a hoped-for gain;
- "If the daily closes below 25.90, the setup is cancelled" is the plan's invalidation, no cancel;
- Cornix's "Stop: Breakeven -" goes on to its next line's trigger;
- shares at targets named by ordinal ("50% at the first target"), read sentence by sentence;
- an essay's label phrase up to its colon ("Targets are the measured move stages: 18.40 first, then 19.60").
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "🤖 Копитрейдинг бот\n❎ Позиция закрыта\nПара: SOLUSDT\nНаправление: Шорт\nЦена входа: 142.5\n"
        "Цена выхода: 136.2\nПлечо: x10",
        "🤖 Bot copy trade\n✅ Posisi ditutup\nPair: BNBUSDT\nArah: Long\nHarga entry: 590\nHarga keluar: 612\nLeverage: 10x",
        "🤖 بوت النسخ\nتم إغلاق الصفقة ✅\nالعملة: XRPUSDT\nالاتجاه: شراء\nسعر الدخول: 2.10\nسعر الخروج: 2.25\nالرافعة: 10x",
        "🤖 Copy bot\n🔒 Pozisyon kapatıldı\nParite: AVAXUSDT\nYön: Long\nGiriş: 31.2\nÇıkış: 33.4\nKaldıraç: 10x",
    ],
)
def test_a_position_closed_notice_opens_no_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_closing_a_position_at_a_price_inside_a_plan_is_still_its_target_rule():
    parsed = signal_read("#SOL/USDT LONG\nEntry: 140\nSL: 134\nTP: 150 / 160\nClose the position at TP2.")
    assert parsed.take_profits == prices("150", "160")


_RESULTS = "✅ #ARB short – TP3 (+45%)\n✅ #FET long – TP2 (+28%)\n❌ #NEAR long – SL (-14%)\n━━━━━━━━\n"


@pytest.mark.parametrize(
    ("header", "symbol"),
    [
        ("📌 Today's signal:", "SOL/USDT"),
        ("🔥 Kèo hôm nay:", "SOL/USDT"),
        ("📌 Sinyal hari ini:", "SOL/USDT"),
        ("📌 Сигнал дня:", "SOL/USDT"),
    ],
)
def test_todays_signal_after_the_results_is_the_call(header, symbol):
    text = f"{_RESULTS}{header}\n#SOL/USDT LONG\nEntry: 142 - 139\nSL: 134\nTP: 148 / 155 / 162\nLeverage: 10x"
    assert plan_of(signal_read(text)) == (
        symbol, "long", prices("139", "142"), Decimal("134"), prices("148", "155", "162"), 10,
    )


@pytest.mark.parametrize(
    "rule",
    [
        "After TP1 hit, move SL to entry.",
        "TP1 kena, geser SL ke entry.",
        "Chạm TP1 thì dời SL về điểm vào.",
    ],
)
def test_a_divider_after_the_break_even_rule_leaves_the_footer_out(rule):
    text = (
        f"#DOT/USDT LONG\nEntry: 6.10 - 5.95\nSL: 5.70\nTP1: 6.40\nTP2: 6.75\nLeverage: 5x\n{rule}\n➖➖➖➖➖\n"
        "📜 Rules: max 3% per trade\n🎁 Bybit bonus 30$ with our code ALPHA30"
    )
    parsed = signal_read(text)
    assert (parsed.entry, parsed.breakeven_after) == (prices("5.95", "6.10"), 1)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Macro: ETH/BTC keeps bleeding toward 0.036.\n\n#BTCUSDT - SHORT\nEntry: 96,500\nSL: 97,800\nTP: 94,000",
         "BTC/USDT"),
        ("SOL/ETH ratio broke out on the weekly.\n🟢 LONG SOLUSDT\nEntry: 142\nSL: 134\nTP: 150 / 158", "SOL/USDT"),
        ("Parite ETH/BTC düşüşte.\n#ETHUSDT SHORT\nGiriş: 3500\nStop: 3600\nHedef: 3300", "ETH/USDT"),
    ],
)
def test_of_two_pairs_in_full_the_one_beside_the_side_is_called(text, symbol):
    assert signal_read(text).symbol == symbol


def test_two_pairs_with_no_side_line_keep_the_earlier():
    parsed = parse_message("ETH/BTC and ETH/USDT\nEntry: 3500\nSL: 3600\nTP: 3300")
    assert parsed is None or parsed.symbol == "ETH/BTC"


_SHORT = "📉 BTC short below 66,850\nSL 67,900\nTP 65,400 / 64,200\nlev 5x\n—\n"


@pytest.mark.parametrize(
    "footer",
    ["📈 Last 30 days: 41 calls, 74% hit TP1", "80% of our calls hit TP2 this month", "9/10 signals hit TP1 last week"],
)
def test_a_track_record_footer_is_no_target_hit(footer):
    assert plan_of(signal_read(_SHORT + footer))[:3] == ("BTC/USDT", "short", prices("66850"))


def test_a_signed_gain_before_a_hit_still_reports_it():
    assert isinstance(parse_message("#SOL long +74% hit TP1\nEntry 140 SL 134 TP 150"), ParsedUpdate)


@pytest.mark.parametrize(
    "text",
    [
        "$SUI spot bag\nBuy zone: 3.10 - 3.30\nStop: 2.80\nTargets: 3.90 / 4.50\nSpot only, no leverage. A 3x from here is possible.",
        "$SEI spot\nZona de compra: 0,40 - 0,42\nStop: 0,36\nObjetivos: 0,50 / 0,58\nSolo spot, sin apalancamiento. Un 2x desde aquí es posible.",
        "$TIA spot\nVùng mua: 5.10 - 5.40\nSL: 4.70\nTP: 6.20 / 7.00\nKhông dùng đòn bẩy. x2 tài khoản là có thể.",
    ],
)
def test_a_multiple_after_no_leverage_is_no_leverage(text):
    assert signal_read(text).leverage is None


@pytest.mark.parametrize(
    "line", ["Leverage: 5x, no leverage for beginners", "sem alavancagem alta, só 5x", "no leverage above 5x"],
)
def test_a_leverage_in_the_refusals_own_sentence_stays(line):
    assert signal_read(f"#SOL/USDT LONG\nEntry: 140\nSL: 134\nTP: 150\n{line}").leverage == 5


@pytest.mark.parametrize(
    "text",
    [
        "#SOL LONG\nEntry: 142.5 - 140\nSL: 136\nTP: 150 / 158\nIf price closes below 136.00 on the 4H, the setup is cancelled.",
        "ETH SHORT\nEntry 3500\nSL 3600\nTP 3300\nNếu giá đóng nến trên 3600 thì kèo hủy.",
        "LONG LINK/USDT\nEntry: 14,20 - 14,60\nStop loss: 13,70\nTarget 1: 15,30\nKalau close harian di bawah 13,70, setup batal.",
    ],
)
def test_a_cancel_on_a_price_condition_is_the_plans_invalidation(text):
    assert isinstance(parse_message(text), ParsedSignal)


def test_a_cancel_on_a_condition_without_a_price_still_cancels():
    parsed = parse_message("BTC long 66000, SL 65000, TP 68000\nIf you have not entered yet, cancel it.")
    assert isinstance(parsed, ParsedUpdate) and parsed.kind == "cancel"


@pytest.mark.parametrize(
    ("trigger", "after"),
    [("Trigger: Target (1)", 1), ("Trigger: Target (2)", 2), ("   Trigger: Target (3)", 3)],
)
def test_a_cornix_breakeven_left_open_by_a_dash_reads_its_trigger(trigger, after):
    text = (
        "#NEAR/USDT\nSignal Type: Regular (Long)\nLeverage: Cross (10.0X)\nEntry Targets:\n1) 5.10\n2) 4.98\n"
        "Take-Profit Targets:\n1) 5.30\n2) 5.50\n3) 5.80\nStop Targets:\n1) 4.70\n\n"
        f"Trailing Configuration:\nStop: Breakeven -\n{trigger}"
    )
    assert signal_read(text).breakeven_after == after


@pytest.mark.parametrize(
    "note",
    [
        "Take 50% at the first target, 30% at the second target and 20% at the third target.",
        "۵۰٪ در تارگت اول، ۳۰٪ در تارگت دوم و ۲۰٪ در تارگت سوم سیو سود کنید.",
        "50% عند الهدف الأول، 30% عند الهدف الثاني، 20% عند الهدف الثالث.",
    ],
)
def test_shares_at_targets_named_by_ordinal_are_allocations(note):
    text = f"#OP/USDT SHORT\nEntry: 1.92\nSL: 2.11\nTP1: 1.85\nTP2: 1.78\nTP3: 1.70\nLeverage: 20x\n{note}"
    assert signal_read(text).take_profit_allocations == prices("0.5", "0.3", "0.2")


@pytest.mark.parametrize(
    "note",
    [
        "Take 50% at TP1, 50% at TP2. When TP1 hits, move SL to entry.",
        "Chốt 50% ở TP1, 50% ở TP2. Chạm TP1 thì dời SL về điểm vào.",
        "TP1 pe 50% book karo, TP2 pe 50%. TP1 hit hote hi SL entry pe.",
    ],
)
def test_target_shares_are_read_sentence_by_sentence(note):
    text = f"#BNB/USDT LONG\nEntry: 598\nSL: 571\nTP1: 612\nTP2: 625\nLeverage: 5x\n{note}"
    assert signal_read(text).take_profit_allocations == prices("0.5", "0.5")


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("My plan: long ETH. Entry 3200. Stop 3100. Targets are the measured move: 3400 first, then 3550.",
         prices("3400", "3550")),
        ("My plan: long ETH. Entry 3200. Stop 3100. Targets: 3400 first, then 3550, and 3700 if it runs.",
         prices("3400", "3550", "3700")),
        ("SOL swing long. Buying 142 and adding at 138. Invalidation is a daily close below 131. "
         "Targets for this whole swing move: 150 first, then 160.", prices("150", "160")),
    ],
)
def test_an_essays_target_phrase_up_to_its_colon_lists_its_targets(text, targets):
    assert signal_read(text).take_profits == targets
