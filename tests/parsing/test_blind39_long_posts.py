"""The rule the 39th blind set showed missing, tried on wordings that set does not contain: a long daily
review or newsletter (a greeting, yesterday's trades hit ✅ / stopped ❌ / cancelled, BTC and ETH levels)
holds ONE labelled call block, bounded by blank lines or rule lines ("━━━━", "———", "===="), whose head
names the pair and the side on a line of its own or on label lines ("Par: RUNE/USDT", "Lado: SHORT"), or
whose "Buy:" line gives the side (``plan_blocks``). The block is the call and its pair wins over the
recap's. Lessons, recalled calls, re-posts of the block's own running trade and recaps listing two past
plans stay non-signals.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read

RECAP_ZH = "早上好兄弟们☀️\n昨天复盘：\n• LTC 空 84.6 → 止盈1 82.9 ✅\n• MATIC 多 0.712 止损 ❌\n• DOT 进场未触发，作废\n\n大饼 63900，以太 3380。\n\n"
RECAP_ES = "¡Buenos días, equipo! ☀️\nAyer: SOL long tocó TP1 ✅; ARB short stop ❌; DOGE cancelado.\n\nNiveles: BTC 62.800 / 65.000. ETH 3.300 / 3.500.\n\n"
RECAP_PT = "Bom dia, pessoal ☀️\nOntem: long de SOL bateu alvo 1 ✅, short de ARB stopado ❌, DOGE cancelado.\n\nBTC 63.400, ETH 3.390.\n\n"
RECAP_EN = "Daily review 📰\nYesterday: SOL long hit TP1 ✅, ARB short stopped ❌, DOGE call cancelled.\n\nLevels: BTC 63,400 / 65,000. ETH 3,390 / 3,500.\n\n"
RECAP_RU = "Доброе утро ☀️\nВчера: SOL лонг — тейк 1 ✅, ARB шорт — стоп ❌, DOGE отменён.\n\nУровни: BTC 63 400 / 65 000.\n\n"
RECAP_VI = "🌅 DAILY REVIEW\nHôm qua:\n✅ #ETC Short — TP1 chạm\n⏳ #BTC Long 66.400 — vẫn đang giữ, SL đã về entry\n\nMốc giá: BTC 67.900 / 66.100\n\n"


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        (  # the pair and the side on label lines, under a title
            RECAP_ES + "🎯 SETUP DEL DÍA\nPar: #NEARUSDT\nDirección: LONG\nEntrada: 5,10\nObjetivos: 5,30 – 5,55\nStop: 4,92\n\n⚠️ Gestionen el riesgo.",
            ("NEAR/USDT", "long", prices("5.10"), prices("4.92")[0], prices("5.30", "5.55"), None),
        ),
        (  # between rule lines, the side after the pair in Chinese
            RECAP_ZH + "━━━━━━━━━━\n🔻 现在给一单 #SUIUSDT 空\n入场：1.82\n止损：1.91\n目标：1.74、1.66\n━━━━━━━━━━\n不构成投资建议。",
            ("SUI/USDT", "short", prices("1.82"), prices("1.91")[0], prices("1.74", "1.66"), None),
        ),
        (  # Portuguese, "Moeda:" / "Direção:" and the targets listed under their label
            RECAP_PT + "📢 SINAL\nMoeda: #ATOMUSDT\nDireção: SHORT\nEntrada: 8,40\nAlvos:\n1️⃣ 8,10\n2️⃣ 7,85\nStop: 8,70\nAlavancagem: 10x\n\nBoa sorte!",
            ("ATOM/USDT", "short", prices("8.40"), prices("8.70")[0], prices("8.10", "7.85"), 10),
        ),
        (  # English, the side only on the "Buy:" entry label, inside "———" rules
            RECAP_EN + "———\nNew setup — FET/USDT\nBuy: 2.10 - 2.16\nTP1 2.30\nTP2 2.45\nSL 1.98\n———\nTrade safe.",
            ("FET/USDT", "long", prices("2.10", "2.16"), prices("1.98")[0], prices("2.30", "2.45"), None),
        ),
        (  # Russian, "====" rules
            RECAP_RU + "====\n📢 СИГНАЛ\nМонета: #TONUSDT\nЛОНГ\nВход: 6,20\nСтоп: 5,95\nЦели: 6,45 / 6,70\n====\nНе финансовый совет.",
            ("TON/USDT", "long", prices("6.20"), prices("5.95")[0], prices("6.45", "6.70"), None),
        ),
    ],
)
def test_it_reads_a_newsletters_one_labelled_block_as_the_call(text, plan):
    assert plan_of(signal_read(text)) == plan


def test_the_blocks_pair_wins_over_a_running_trade_in_the_recap():
    text = RECAP_VI + "━━━━━━━━\n🔔 SIGNAL: $ARB\nHướng: SHORT\nEntry: 1,02\nSL: 1,07\nTargets:\n🎯 0,98\n🎯 0,94\n━━━━━━━━\nChúc anh em may mắn!"
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.side, parsed.stop_loss) == ("ARB/USDT", "short", prices("1.07")[0])


@pytest.mark.parametrize(
    ("rules", "breakeven", "trailing"),
    [
        ("📌 规则：止盈1到了止损拉到成本价；不要满仓！", 1, None),
        ("Regras: depois do alvo 1, stop na entrada.", 1, None),
        ("Stop móvel: a cada alvo batido, subir o stop pro alvo anterior.", None, {"kind": "moving_target", "activate_after_target": 1}),
    ],
)
def test_rules_under_the_block_give_it_its_stop_management(rules, breakeven, trailing):
    text = RECAP_PT + "🔴 OPERAÇÃO DE HOJE\nPar: RUNE/USDT\nLado: SHORT\nEntrada: 5,74\nStop: 6,02\nAlvo 1: 5,52\nAlvo 2: 5,30\n\n" + rules
    parsed = signal_read(text)
    assert (parsed.symbol, parsed.breakeven_after, parsed.trailing) == ("RUNE/USDT", breakeven, trailing)


@pytest.mark.parametrize(
    "text",
    [
        # the block's own trade reported above it: a running trade's re-post
        "Update 📣\n#NEARUSDT TP1 hit ✅, SL moved to entry.\n\n🎯 SETUP\nPair: #NEARUSDT\nSide: LONG\nEntry: 5.10\nTargets: 5.30 - 5.55\nStop: 4.92",
        # a recap listing two past plans
        "Resumen de la semana:\n\n━━━━\nPar: #NEARUSDT\nDirección: LONG\nEntrada: 5,10\nObjetivos: 5,30\nStop: 4,92\n━━━━\n"
        "Par: #SUIUSDT\nDirección: SHORT\nEntrada: 1,82\nObjetivos: 1,74\nStop: 1,91\n━━━━\nAmbas cerradas en TP ✅",
        # a lesson's example block
        "📚 Cómo leer nuestras señales, por ejemplo:\n\n━━━━\nPar: #NEARUSDT\nDirección: LONG\nEntrada: 5,10\nObjetivos: 5,30\nStop: 4,92\n━━━━\nAsí se ve cada señal.",
        # a question above the block recalls an old call, whose results follow
        "🔥 +300% en #ONDO 🔥\n\n¿Recuerdan la señal que mandamos el lunes en el VIP?\nONDO LONG\nEntrada: 1,62\n"
        "Objetivos: 1,72 / 1,85\nStop: 1,49\n\nTODOS LOS OBJETIVOS ALCANZADOS ✅✅ en 3 días.",
        # a rule under the block that reports a hit: the block is a re-post
        "Boa noite 🌙\nBTC 63.400.\n\n📢 SINAL\nMoeda: #ENAUSDT\nDireção: LONG\nEntrada: 0,8120\nAlvos: 0,8450 – 0,8700\nStop: 0,7880\n\nAlvo 1 0,8450 ✅ batido, stop na entrada.",
    ],
)
def test_it_keeps_re_posts_recaps_and_lessons_from_trading(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        # the 39th blind set's posts (and the 38th's weekly wrap), as posted
        ("晚上好兄弟们🌙\n今天行情总结一下：大饼白天拉到 64200 又被砸回 63100，插针扫了不少多单，以太跟跌到 3310。\n昨天的 AVAX 空单止盈2 已到 ✅，剩下的拿着。\nOP 那单入场没成交，取消。\n\n个人看法：短线还是偏空，64500 不站稳不追多。\n\n🔻 现在给一单 #APTUSDT 空\n入场：市价 8.315 附近\n止损：8.72\n目标：7.95、7.60、7.20\n杠杆 20x 全仓\n\n以上仅供参考，自行决定。",
         ('APT/USDT', 'short', prices(), prices('8.72')[0], prices('7.95', '7.60', '7.20'), 20)),
        ("早安🌞 先看昨天：\n✅ ORDI 多单 止盈1 38.2、止盈2 40.5 全到\n✅ TIA 空单 止盈1 9.85 到了，止损已移到开仓价\n❌ SEI 多单 0.4410 止损\n总体小赚。\n\n今日大饼 63800 附近，支撑 62500/61900，压力 65000。\n\n🚀 今日单：1000PEPEUSDT 做多\n挂单分批：0.01180 / 0.01150 / 0.01120\n止盈：0.01240（30%）、0.01300（30%）、0.01380（40%）\n止损：0.01085\n杠杆 20-50x 全仓\n\n📌 规则：止盈1到了止损拉到成本价；不要满仓！",
         ('1000PEPE/USDT', 'long', prices('0.01120', '0.01150', '0.01180'), prices('0.01085')[0], prices('0.01240', '0.01300', '0.01380'), 20)),
        ("各位老板下午好～\n昨天复盘：\n• LTC 空 84.6 → 止盈1 82.9 ✅ 止盈2 81.5 ✅\n• MATIC 多 0.712 止损 ❌\n• DOT 多 进场未触发，作废\n\n大饼 63900，以太 3380，整体还算稳。山寨轮动明显，BNB 在 600 上方很强。\n\n━━━━━━━━━━\n🟢 做多 BNBUSDT.P\n入场：598 - 604\n止盈：612 / 620 / 635\n止损：586\n杠杆：5X\n止盈1到达后止损移至开仓价\n━━━━━━━━━━\n不构成投资建议。",
         ('BNB/USDT', 'long', prices('598', '604'), prices('586')[0], prices('612', '620', '635'), 5)),
        ("¡Qué tal, equipo! 🚀\nRecap de ayer: TIA long 9,60 tocó TP1 9,95 ✅ y TP2 10,30 ✅; el stop quedó en entrada.\nWIF short cancelado.\n\nNiveles: BTC 62.800 soporte / 65.000 resistencia. ETH 3.300 / 3.500.\n\n🎯 SETUP DEL DÍA\n📍 #ETHBTC SHORT\nEntrada: 0,05320\nObjetivos: 0,05240 – 0,05170 – 0,05080\nStop: 0,05395\nApalancamiento: 3x (margen)\n\n⚠️ Recuerden: nunca más del 2% de riesgo.",
         ('ETH/BTC', 'short', prices('0.05320'), prices('0.05395')[0], prices('0.05240', '0.05170', '0.05080'), 3)),
        ("Boa tarde, pessoal 👋\nOntem o BTC fez pavio até 60.950 e voltou pra 63.400. Quem pegou o long de ETH em 3.250 bateu alvo 1 (3.320) ✅ e alvo 2 (3.390) ✅.\nO short de FTM foi cancelado, não pegou entrada.\n\nMercado agora: BTC lateralizado entre 62.800 e 64.200, altcoins respirando.\n\n🔴 OPERAÇÃO DE HOJE\nPar: RUNE/USDT\nLado: SHORT\nEntrada: a mercado (agora, perto de 5,740)\nStop: 6,020\nAlvo 1: 5,520\nAlvo 2: 5,300\nAlvo 3: 5,050\nAlavancagem: 20x cruzada\n\nGestão é tudo. Não entre all-in.",
         ('RUNE/USDT', 'short', prices(), prices('6.020')[0], prices('5.520', '5.300', '5.050'), 20)),
        ("Boa noite, família 🌙\nRápido: BTC firme acima de 63.000 e ETH acima de 3.400, mas o sinal de hoje não é em nenhum dos dois.\nO long de MAGIC de ontem bateu alvo 1 (0,5120) ✅.\n\n📢 SINAL\nMoeda: #ENAUSDT\nDireção: LONG\nEntrada: 0,8120 – 0,8260\nAlvos: 0,8450 – 0,8700 – 0,9100 – 0,9600\nStop: 0,7880\nAlavancagem: x15\n\nStop móvel: a cada alvo batido, subir o stop pro alvo anterior.",
         ('ENA/USDT', 'long', prices('0.8120', '0.8260'), prices('0.7880')[0], prices('0.8450', '0.8700', '0.9100', '0.9600'), 15)),
        ("Olá, pessoal! 📈\nRecap: LTC short 85,10 → alvo 1 83,40 ✅ alvo 2 81,90 ✅. MATIC long stopado em 0,6950 ❌. DOT cancelado.\n\nBTC 64.000, ETH 3.410. ETH/BTC em 0,0533.\n\n━━━━━━━━━━\n✅ SINAL CONFIRMADO\n#XRPUSDT VENDA\nEntrada: 0,4980\nAlvos:\n1️⃣ 0,4890\n2️⃣ 0,4800\n3️⃣ 0,4680\nStop: 0,5075\nAlavancagem: 20x\nMargem: isolada\n━━━━━━━━━━\nNão é recomendação de investimento.",
         ('XRP/USDT', 'short', prices('0.4980'), prices('0.5075')[0], prices('0.4890', '0.4800', '0.4680'), 20)),
        ("Weekly Market Wrap 🗞️\n\nRecap: three calls last week — GAS long closed at TP2 (5.25), INJ short hit TP3 (22.00), and DOT long is still running with two targets banked. Good week.\n\nSentiment: Fear & Greed at 71, greed. BTC dominance 54.8%. Altcoins are starting to move — that's usually when I get more aggressive on mid-caps.\n\nLevels: BTC 66,400 resistance / 63,800 support. ETH 3,300 / 3,050.\n\nNew call — RNDR/USDT 🟢\nBuy: 7.80 - 8.05\nTP1 8.60\nTP2 9.30\nTP3 10.40\nSL 7.25\nLeverage 6x\n\nPlan: after TP1 move stop to entry; after TP2, trail 1.5% below the high.\n\nGood luck this week.",
         ('RNDR/USDT', 'long', prices('7.80', '8.05'), prices('7.25')[0], prices('8.60', '9.30', '10.40'), 6)),
        ("🌅 DAILY REVIEW 24/05\nHôm qua:\n✅ #ETC Short — TP1, TP2 chạm\n✅ #ADA Long — TP1 ✅ chốt 50%\n❌ #SEI Short — SL -1R\n⏳ #BTC Long 66.400 — vẫn đang giữ, SL đã về entry\n\nMốc giá hôm nay:\n• BTC: 67.900 / 66.100\n• ETH: 3.580 / 3.410\n• SOL: 176 / 165\n• LINK: 16,20 / 15,10\n\n━━━━━━━━━━━━━━\n🔔 SIGNAL: $PENDLE\nHướng: LONG\nEntry: 5,48 (limit)\nSL: 5,19\nTargets:\n🎯 5,70 (30%)\n🎯 5,95 (30%)\n🎯 6,30 (40%)\nLeverage: x10 Cross\n━━━━━━━━━━━━━━\n\nLưu ý: kèo chỉ có hiệu lực 24h. Chúc anh em ngày mới xanh!",
         ('PENDLE/USDT', 'long', prices('5.48'), prices('5.19')[0], prices('5.70', '5.95', '6.30'), 10)),
    ],
)
def test_the_blind_sets_long_posts_read_as_their_block(text, plan):
    assert plan_of(signal_read(text)) == plan
