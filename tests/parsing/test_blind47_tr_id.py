"""The rules the 47th blind set (Turkish, Indonesian) showed missing, tried on wordings that set does not contain:
- how a chat addresses its readers ("abi", "bro", "bhai", "ребята", "hermanos", "galera", "anh em", "兄弟们",
  "يا شباب") between a side and its price is read past, as a filler (vocabulary ``filler`` rows, ``line_prices``);
- a short side word in capitals right before its price ("EURUSD SAT 1.0865", "BTC AL 64500", "ETH MUA 3420")
  shows its language, so its price is the entry (``vocabulary.capital_sides``);
- a percentage with its sign first ("%1", "%1,5", Arabic "٪1.5") is one number: "TP2 %1" trails 1 %, not 2 %,
  and "TP1 %50, TP2 %30" are shares per target (``hints``);
- an advert headed by promo words that tells a call of an earlier day ("kemarin", "yesterday", "вчера", "昨天",
  "dünkü") is no trade (``asides.advertises_past_call``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("PEOPLE short bro 0.0412, stop 0.0436, target 0.0380", "0.0412"),
        ("SOL long abi 142'den girdim, stop 135, hedef 150", "142"),
        ("SOL long bhai 142, stoploss 135 rakho, target 150", "142"),
        ("SOL лонг ребята 142, стоп 135, тейк 150", "142"),
        ("SOL long hermanos 142, stop 135, objetivo 150", "142"),
        ("SOL long galera 142, stop 135, alvo 150", "142"),
        ("SOL long anh em 142, cắt lỗ 135, chốt lời 150", "142"),
        ("SOL 做多 兄弟们 142，止损135，止盈150", "142"),
        ("SOL لونغ يا شباب 142 وقف 135 هدف 150", "142"),
    ],
)
def test_it_reads_past_a_word_addressing_the_readers_before_the_entry(text, entry):
    assert signal_read(text).entry == prices(entry)


def test_a_turkish_ablative_price_after_own_position_words_is_the_entry():
    parsed = signal_read("ARB short açtım kanka 0,7600'dan, stop 0,8050, hedef 0,7420 sonra 0,7150")
    assert plan_of(parsed)[:5] == ("ARB/USDT", "short", prices("0.7600"), Decimal("0.8050"), prices("0.7420", "0.7150"))


@pytest.mark.parametrize(
    ("text", "side", "entry"),
    [
        ("EURUSD AL 1.0865 | SL 1.0835 | TP1 1.0900 TP2 1.0930", "long", "1.0865"),
        ("GBPUSD SAT 1.2710 | SL 1.2745 | TP 1.2650", "short", "1.2710"),
        ("#BTC AL 64500\nSL 63800\nTP 65500 / 66500", "long", "64500"),
        ("🔴 XAUUSD SAT: 2350\nSL 2362\nTP 2335 - 2320", "short", "2350"),
        ("ETH MUA 3420\nSL 3350\nTP 3500", "long", "3420"),
    ],
)
def test_a_short_side_word_in_capitals_before_its_price_is_the_entry(text, side, entry):
    parsed = signal_read(text)
    assert (parsed.side, parsed.entry) == (side, prices(entry))


def test_a_short_side_word_after_another_word_keeps_its_plain_reading():
    # Spanish "al" (to the) after "STOP": no Turkish "buy", so no entry at the stop's price.
    parsed = parse_message("EURUSD\nSTOP AL 1.0895\nTP 1.0830")
    assert parsed is None or Decimal("1.0895") not in getattr(parsed, "entry", [])


def test_lower_case_turkish_buy_in_prose_still_reads_as_before():
    assert signal_read("BTC al 64500 stop 63800 hedef 65500").entry == prices("64500")


@pytest.mark.parametrize(
    ("text", "callback", "after"),
    [
        ("ARB/USDT SHORT\nGiriş: 0,7600\nHedef: 0,7420 / 0,7150 / 0,6800\nStop: 0,8050\nTP1 sonrası %1,5 iz süren stop", "1.5", 1),
        ("ARB/USDT SHORT\nGiriş: 0,7600\nHedef: 0,7420 / 0,7150 / 0,6800\nStop: 0,8050\nTP3 sonrası %2 trailing stop", "2", 3),
        ("#ARB/USDT بيع\nالدخول: 0.7600\nالأهداف: 0.7420 / 0.7150 / 0.6800\nوقف الخسارة: 0.8050\nبعد الهدف 2 وقف متحرك ٪1.5", "1.5", 2),
        ("ARB/USDT SHORT\nEntry 0.7600\nTargets 0.7420 / 0.7150 / 0.6800\nStop 0.8050\nAfter TP2 trailing stop 1%", "1", 2),
    ],
)
def test_a_percent_sign_before_its_number_is_the_trailing_distance(text, callback, after):
    trailing = signal_read(text).trailing
    assert (trailing["callback_pct"], trailing["activate_after_target"]) == (Decimal(callback), after)


@pytest.mark.parametrize(
    "shares",
    ["TP1 %50, TP2 %30, TP3 %20", "TP1 50%, TP2 30%, TP3 20%", "%50 TP1'de, %30 TP2'de, %20 TP3'te"],
)
def test_a_percent_sign_before_its_number_is_a_share_per_target(shares):
    text = f"ARB/USDT SHORT\nGiriş: 0,7600\nHedef: 0,7420 / 0,7150 / 0,6800\nStop: 0,8050\n{shares}"
    assert signal_read(text).take_profit_allocations == prices("0.5", "0.3", "0.2")


@pytest.mark.parametrize(
    "text",
    [
        "🔥 VIP MEMBERSHIP 50% OFF 🔥\nYesterday's signal: #SOL long entry 142, TP 155 hit in 3 hours 🚀\nJoin VIP now, DM admin",
        "📢 VIP grubumuzda bu ay %92 başarı!\nDünkü sinyal: #SOL long giriş 142, hedef 155 vuruldu 🚀\nKatılmak için DM",
        "🎁 VIP 会员限时优惠\n胜率92%！昨天 #SOL 多单 142 进场，止盈155 直接到达 🚀\n加入VIP 私信管理员",
        "🎁 Скидка на VIP 🎁\nВинрейт 92%! Вчерашний сигнал #SOL лонг вход 142 тейк 155 отработал 🚀\nВступай в VIP, пиши админу",
        "🎁 PROMO VIP 🎁\nWinrate 92%! Ayer señal #SOL long entrada 142 TP 155 directo 🚀\nÚnete al VIP, DM admin",
    ],
)
def test_a_promo_recalling_an_earlier_days_call_is_no_trade(text):
    assert parse_message(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "🔥 VIP SIGNAL 🔥\n#SOL long entry 142\nTP 155\nSL 135",
        "Winrate 92% last month! Join VIP.\nToday's signal: #SOL long entry 142, TP 155, SL 135",
        "Yesterday's signal #SOL long entry 142 still valid, SL 135, TP 155",
    ],
)
def test_a_vip_call_or_a_restated_call_is_still_a_call(text):
    assert signal_read(text).entry == prices("142")
