"""The rules the 38th blind set showed missing, tried on wordings that set does not contain.

- A pair the text declines to trade ("его не трогаем", "but ETH nahi, $AAVE", "先不碰") is no call while
  another pair is named (``called_pair``, the tables' "decline" role and ``NOT_THIS``).
- Turkish marks the price a side opens from with the ablative ("3.420'den shortluyorum"): that price is
  the side's entry (``word_order``).
- A market word before a zone named as one ("vào luôn vùng 0.3100-0.3150") leaves the zone the entry; a
  single price beside it stays a market entry (``text``).
- The margin mode said with its margin word ("Margen aislado ⚠️ …") is read though other words follow
  on its line (the tables' "isolated_margin" / "cross_margin" roles).
"""
from __future__ import annotations

import pytest

from tests.helpers import plan_of, prices, signal_read


def test_a_declined_pair_loses_to_the_called_one_in_russian():
    text = (
        "BTC откатывает к 63к, ETH тоже слабый — его не трогаем. А вот #INJ держится сильнее рынка, "
        "поэтому беру лонг по INJ 👇\nВход 24.6\nСтоп 23.1\nТейк 26 / 27.5 / 29"
    )
    assert plan_of(signal_read(text)) == (
        "INJ/USDT", "long", prices("24.6"), prices("23.1")[0], prices("26", "27.5", "29"), None,
    )


def test_a_pair_refused_beside_it_loses_to_the_called_one_in_hinglish():
    text = (
        "ETH 3,200 ke upar hold nahi kar paaya, market weak lag raha hai. Isliye short le rahe hain — "
        "but ETH nahi, $AAVE:\nShort entry 92.5-94\nSL 98.2\nTP 89 / 86 / 81.5\n5x"
    )
    assert plan_of(signal_read(text)) == (
        "AAVE/USDT", "short", prices("92.5", "94"), prices("98.2")[0], prices("89", "86", "81.5"), 5,
    )


@pytest.mark.parametrize(
    "text",
    [
        "BTC is dumping, ETH is weak too, not touching it. SOL holds up better, long SOL\nEntry 146\nSL 141\nTP 150 / 155",
        "BTC 回调到63k，ETH也弱，先不碰。SOL强于大盘，做多SOL\n入场 146\n止损 141\n止盈 150 / 155",
        "BTC cae a 63k, ETH está débil, no lo tocaría. En cambio #SOL aguanta, long SOL\nEntrada 146\nSL 141\nTP 150 / 155",
        "BTC caiu pra 63k, ETH está fraco, não vou entrar nele. Já #SOL segura, long SOL\nEntrada 146\nSL 141\nTP 150 / 155",
        "BTC 63k'ya geriliyor, ETH de zayıf, ona dokunmuyorum. #SOL güçlü, SOL long\nGiriş 146\nStop 141\nHedef 150 / 155",
        "BTC về 63k, ETH cũng yếu, không đụng. #SOL khỏe hơn, long SOL\nVào lệnh 146\nSL 141\nTP 150 / 155",
        "BTC به 63k برگشت، ETH هم ضعیف است، سراغش نمی‌رویم. اما #SOL قوی است، لانگ SOL\nورود 146\nاستاپ 141\nتارگت 150 / 155",
        "BTC turun ke 63k, ETH juga lemah, nggak disentuh dulu. #SOL lebih kuat, long SOL\nEntry 146\nSL 141\nTP 150 / 155",
        "BTC dumping, ETH nahi chhedenge. #SOL long\nEntry 146\nSL 141\nTP 150 / 155",
        "BTC dumps hard. Not ETH, but #SOL: long SOL\nEntry 146\nSL 141\nTP 150 / 155",
        "ETH zayıf, ETH değil, #SOL: long\nGiriş 146\nStop 141\nHedef 150 / 155",
    ],
)
def test_the_pair_the_text_declines_is_not_the_call(text):
    assert signal_read(text).symbol == "SOL/USDT"


def test_a_declined_pair_that_is_the_only_one_stays_the_pair():
    text = "ETH gap ở 3400, không đụng vào lúc này. Long ETH\nEntry 3380\nSL 3300\nTP 3500 / 3600"
    assert signal_read(text).symbol == "ETH/USDT"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "ETH'de kısa vadeli düzeltme bekliyorum, RSI aşırı alımda. ETH'yi 3.420'den shortluyorum.\n"
            "Stop 3.495\nHedefler 3.360, 3.310, 3.240\nKaldıraç 7x",
            prices("3420"),
        ),
        ("SOL'u 146,5'ten longluyoruz\nStop 141\nHedefler 150, 155", prices("146.5")),
        ("AVAX 31,20 dan long açıyorum, stop 29,80, hedef 33 ve 35", prices("31.20")),
    ],
)
def test_a_turkish_price_from_which_the_side_is_taken_is_the_entry(text, entry):
    assert signal_read(text).entry == entry


def test_a_turkish_price_the_market_turned_from_is_no_entry():
    text = "ETH 3.420'den döndü, short giriş 3.400\nStop 3.495\nHedefler 3.360, 3.310"
    assert signal_read(text).entry == prices("3400")


@pytest.mark.parametrize(
    "text",
    [
        "$SEI LONG – vào luôn vùng 0.3100-0.3150\nSL 0.2980\nTP 0.3300 / 0.3500",
        "$SEI LONG – entry now zone 0.3100-0.3150\nSL 0.2980\nTP 0.3300 / 0.3500",
        "SEI long — entrada ahora en la zona 0.3100-0.3150\nSL 0.2980\nTP 0.3300 / 0.3500",
        "SEI лонг — вход сейчас в зоне 0.3100-0.3150\nSL 0.2980\nTP 0.3300 / 0.3500",
    ],
)
def test_a_zone_named_after_a_market_word_stays_the_entry(text):
    assert signal_read(text).entry == prices("0.3100", "0.3150")


@pytest.mark.parametrize(
    "text",
    [
        "$SEI LONG – vào luôn 0.3120\nSL 0.2980\nTP 0.3300 / 0.3500",
        "$SEI LONG – Entry now 0.3120\nSL 0.2980\nTP 0.3300 / 0.3500",
    ],
)
def test_a_single_price_after_a_market_word_stays_a_market_entry(text):
    assert signal_read(text).entry == []


@pytest.mark.parametrize(
    "text",
    [
        "🔴 VENTA $ONE/USDT x20\n\nEntrada: 0.01385\nSL: 0.01440\n\nTP1 0.01340\nTP2 0.01300\nTP3 0.01250\n\n"
        "Margen aislado ⚠️ gestionen riesgo",
        "🔴 VENDA $ONE/USDT x20\nEntrada: 0.01385\nSL: 0.01440\nTP1 0.01340\nTP2 0.01300\nMargem isolada ⚠️ gerenciem o risco",
        "#ONE шорт x20\nВход: 0.01385\nСтоп: 0.01440\nТейк 0.01340 / 0.01300\nИзолированная маржа, риск 2%",
        "ONE SHORT x20\nGiriş: 0.01385\nStop: 0.01440\nHedef 0.01340 / 0.01300\nİzole marjin, riskinizi yönetin",
    ],
)
def test_the_margin_mode_said_with_its_margin_word_is_read(text):
    assert signal_read(text).margin_mode == "isolated"


def test_isolated_in_a_sentence_without_the_margin_word_sets_no_margin():
    text = (
        "🔴 VENTA $ONE/USDT x20\nEntrada: 0.01385\nSL: 0.01440\nTP1 0.01340\nTP2 0.01300\n"
        "El precio sigue aislado ⚠️ gestionen riesgo"
    )
    assert signal_read(text).margin_mode is None
