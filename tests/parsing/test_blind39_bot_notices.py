"""The rules the 39th blind set showed missing, tried on wordings that set does not contain:

- a copy bot's notice that it has already opened the position for the reader ("✅ Position opened for you …
  Do not re-enter manually", "پوزیشن برای شما باز شد") reports a running trade (the tables' "status" rows);
- a plan inside quotation marks with a question in the message's own words around it asks about that plan
  (``questions.asks_about_quoted``);
- "no new trades today" makes an analysis no call (the tables' "not_a_call" rows), and a refused side
  ("long düşünmüyoruz", "not looking to long") is no side (the "decline" rows, ``sections.stated_side``).
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from signals.parsing.sections import stated_side
from signals.parsing.text import clean
from tests.helpers import plan_of, prices, signal_read


def _is_no_call(text: str) -> bool:
    return not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        # The blind set's own.
        "✅ Position opened for you\nSUIUSDT · SHORT · 8x Isolated\nAvg entry 1.8420\nStop 1.9010 · Targets 1.79 / 1.74 / 1.66\n"
        "Manage it from the dashboard. Do not re-enter manually.",
        "🤖 ربات کپی‌ترید\n✅ پوزیشن برای شما باز شد\nجفت ارز: APT/USDT\nجهت: لانگ\nقیمت ورود: 8.912\nحد ضرر: 8.640\n"
        "تارگت‌ها: 9.150 / 9.400\nنیازی به ورود دستی نیست.",
        "🤖 Auto-Copy Alert\nPosition opened for you ✅\nSymbol: ENAUSDT\nSide: SHORT\nEntry price: 0.8834\n"
        "SL: 0.9120 | TP: 0.8550, 0.8300\nLeverage: 10x\n— Trading bot ne khud khola hai, kuch karne ki zarurat nahi",
        # Wordings of our own.
        "🤖 Копи-бот\nПозиция открыта для вас ✅\n#DOGEUSDT LONG\nВход: 0.1650\nСтоп: 0.1590\nЦели: 0.1720 / 0.1800\n"
        "Не входите вручную.",
        "✅ Pozisyon sizin için açıldı\n#AVAXUSDT LONG\nGiriş: 35.20\nStop: 33.90\nHedefler: 36.80 / 38.10\nManuel giriş yapmayın.",
        "🤖 跟单机器人\n✅ 已为您开仓\nBTCUSDT 做多 10倍\n开仓均价 64200\n止损 63100\n止盈 65500 / 66800\n无需手动下单",
        "✅ Posición abierta para ti\n#OPUSDT SHORT\nEntrada: 1,842\nStop: 1,910\nObjetivos: 1,780 / 1,720\nNo entres manualmente.",
        "🤖 Bot copy\n✅ Đã mở lệnh cho bạn\nARBUSDT LONG\nGiá vào: 0.7420\nSL: 0.7150\nTP: 0.7700 / 0.7950",
        "✅ تم فتح الصفقة لك\nالعملة: LINKUSDT\nشراء\nالدخول: 14.20\nوقف: 13.60\nالأهداف: 14.90 / 15.50\nلا حاجة للدخول اليدوي",
        "🤖 Bot copy trade\n✅ Posisi dibuka untuk anda\nXRPUSDT SHORT\nEntry 0.6120\nSL 0.6310\nTP 0.5900 / 0.5700\n"
        "Tidak perlu entry manual.",
    ],
)
def test_a_copy_bots_notice_of_a_position_opened_for_the_reader_is_no_call(text):
    assert _is_no_call(text)


def test_a_bot_that_opens_a_signal_for_the_reader_to_follow_still_calls():
    """The near miss: a bot posting a call the reader opens himself says nothing was opened for him."""
    parsed = signal_read(
        "🤖 Signal bot\nSUIUSDT · SHORT · 8x Isolated\nEntry 1.8420\nStop 1.9010 · Targets 1.79 / 1.74 / 1.66\n"
        "Open it from the dashboard."
    )
    assert plan_of(parsed) == ("SUI/USDT", "short", prices("1.8420"), prices("1.9010")[0], prices("1.79", "1.74", "1.66"), 8)


@pytest.mark.parametrize(
    "text",
    [
        # The blind set's own.
        "يا أدمن، بخصوص هذي التوصية:\n«#AAVEUSDT شراء\nدخول 92.5\nأهداف 96 - 99 - 104\nوقف 88.9»\n"
        "السعر الحين 91، هل ما زالت صالحة ولا خلاص؟",
        "भाई ये वाला कॉल अभी भी valid है क्या?\n'#MATICUSDT LONG\nEntry 0.7150\nTP 0.7400 / 0.7650\nSL 0.6950'\n"
        "अभी price 0.7080 है, entry लूँ या नहीं?",
        # Wordings of our own.
        "Admin, about this one:\n\"#ETHUSDT LONG\nEntry 3200\nTP 3300 / 3400\nSL 3100\"\nPrice is 3150 now, can I still take it?",
        "「SOLUSDT 做多\n入场 142\n止盈 150 / 158\n止损 136」\n这单现在还能进吗？",
        "Ребят, это ещё актуально?\n«#TONUSDT шорт\nВход 6,80\nСтоп 7,05\nЦели 6,50 / 6,20»",
        "Sobre esse sinal:\n“#BNBUSDT LONG\nEntrada 580\nAlvos 600 / 620\nStop 565”\nainda dá pra entrar?",
    ],
)
def test_a_question_about_a_quoted_plan_is_no_call(text):
    assert _is_no_call(text)


def test_a_quoted_nickname_in_a_call_that_only_invites_is_still_a_call():
    """The near miss: the quotes hold no plan, and the only question invites the readers in."""
    parsed = signal_read("\"Sniper\" setup 🎯\n#ETHUSDT LONG\nEntry 3200\nTP 3300 / 3400\nSL 3100\nWho's with me?")
    assert plan_of(parsed)[:5] == ("ETH/USDT", "long", prices("3200"), prices("3100")[0], prices("3300", "3400"))


def test_a_quoted_plan_without_a_question_is_left_to_the_other_rules():
    """A quoted plan is not read as a question unless its own words ask one."""
    from signals.parsing.questions import asks_about_quoted

    assert not asks_about_quoted("Re-posting for the new members:\n«#ETHUSDT LONG\nEntry 3200\nTP 3300 / 3400\nSL 3100»\nGood luck!")
    assert not asks_about_quoted("I'm long, it's going well. #ETHUSDT LONG Entry 3200 TP 3300 SL 3100. Who's with me?")


@pytest.mark.parametrize(
    "text",
    [
        # The blind set's own.
        "📉 Akşam piyasa analizi\nBTC 68.000 üstünde kapanış yapamadı, 4 saatlikte düşen kanal devam ediyor. "
        "Alt hedef 65.700 – 65.200 bölgesi.\nETH: 3.400 desteği üçüncü kez test ediliyor, kırılırsa 3.280.\n"
        "SOL: 160 – 175 bant içinde.\nLINK: 15,40 direnci aşılmadıkça long düşünmüyoruz.\n\n"
        "Bugün yeni işlem yok, FED açıklaması sonrası değerlendireceğiz. Sabırlı olun 🙏",
        # Wordings of our own.
        "Evening update: BTC failed at 68,000, next support 65,700. LINK long only above 15.40, target 16.20.\n"
        "No new trades today, we wait for the FED.",
        "Вечерний обзор: BTC не удержал 68 000, цель снижения 65 700. LINK лонг только выше 15,40, цель 16,20.\n"
        "Сегодня без сделок, ждём ФРС.",
        "Análisis de la tarde: BTC no pudo con 68.000, objetivo bajista 65.700. LINK largo solo sobre 15,40, objetivo 16,20.\n"
        "Hoy no hay operación, esperamos a la FED.",
        "Phân tích tối: BTC không giữ được 68.000, mục tiêu 65.700. LINK long chỉ khi vượt 15,40, mục tiêu 16,20.\n"
        "Hôm nay không có kèo, chờ FED.",
        "晚间分析：BTC 没站上 68000，下看 65700。LINK 突破 15.40 才考虑多，目标 16.20。\n今天不开单，等美联储。",
        "تحلیل عصر: BTC بالای 68000 نماند، هدف پایین 65700. LINK فقط بالای 15.40 لانگ، هدف 16.20.\nامروز معامله‌ای نداریم.",
        "Shaam ka analysis: BTC 68000 ke upar close nahi hua, neeche 65700. LINK long sirf 15.40 ke upar, target 16.20.\n"
        "Aaj koi trade nahi, FED ka wait karo.",
        "Analisa malam: BTC gagal di 68.000, target turun 65.700. LINK long hanya di atas 15,40, target 16,20.\n"
        "Hari ini tiada entry, tunggu FED.",
    ],
)
def test_no_new_trade_today_makes_an_analysis_no_call(text):
    assert _is_no_call(text)


def test_a_call_with_a_new_trade_header_still_calls():
    """The near miss: "new trade today" announces one; only its negation says there is none."""
    parsed = signal_read("🆕 New trade today\n#LINKUSDT LONG\nEntry 15.40\nSL 14.90\nTP 16.20 / 16.90")
    assert plan_of(parsed)[:5] == ("LINK/USDT", "long", prices("15.40"), prices("14.90")[0], prices("16.20", "16.90"))


@pytest.mark.parametrize(
    "text",
    [
        "LINK: 15,40 direnci aşılmadıkça long düşünmüyoruz.",
        "LINK: not looking to long under 15.40.",
        "LINK: лонг не рассматриваем ниже 15,40.",
        "LINK 15.40 以下不考虑做多。",
        "LINK: no buscamos largos bajo 15,40.",
    ],
)
def test_a_refused_side_is_no_side(text):
    assert stated_side(clean(text)) is None


def test_a_side_beside_a_refused_other_side_is_the_side():
    assert stated_side(clean("ETH: not looking to long here, short 3400 with stop 3480")) == "short"
    assert stated_side(clean("ETH: long düşünmüyoruz, short 3.400 stop 3.480")) == "short"
