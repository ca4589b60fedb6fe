"""Management hints in channel wording: shares over entries and targets, break-even by "the first one",
a stop that steps to the previous target (blind64 misses and their neighbours in other languages)."""
from decimal import Decimal

from signals.parsing import ParsedSignal, parse_message

LINK = "#LINK/USDT LONG\nEntry: 14.20\nTP: 14.90 / 15.60 / 16.80\nSL: 13.50\n"
ADA = "#ADA/USDT LONG\nEntry: 0.7420 / 0.7280 / 0.7100 / 0.6950\nTP: 0.78 / 0.81\nSL: 0.67\n"
ETH_ENTRIES = "#ETH/USDT SHORT\nEntry 1: 3420\nEntry 2: 3465\nEntry 3: 3510\n"
ETH_EXITS = "TP: 3350 / 3280 / 3150\nSL: 3580\n"


def _d(*values):
    return [Decimal(value) for value in values]


def _parse(text):
    parsed = parse_message(text)
    assert isinstance(parsed, ParsedSignal)
    return parsed


def test_share_on_each_entry_and_per_target_on_one_line():
    parsed = _parse(
        "⚡️⚡️ #AVAX/USDT ⚡️⚡️\nClient: Binance Futures\nTrade Type: Regular (Long)\nLeverage: Cross (10.0X)\n\n"
        "Entry Targets:\n1) 34.20\n2) 33.10\n\nTake-Profit Targets:\n1) 35.40\n2) 36.25\n3) 37.80\n4) 40.00\n\n"
        "Stop Targets:\n1) 31.85\n\n📌 50% of the position on each entry, split 25% per target\n📌 Breakeven after 2nd target"
    )
    assert parsed.entry_allocations == _d("0.5", "0.5")
    assert parsed.take_profit_allocations == _d("0.25", "0.25", "0.25", "0.25")
    assert parsed.breakeven_after == 2


def test_share_of_the_stake_on_each_entry_in_portuguese_spanish_russian():
    quarters = _d("0.25", "0.25", "0.25", "0.25")
    parsed = _parse("#ADA/USDT LONG\nEntradas:\n0,7420\n0,7280\n0,7100\n0,6950\nAlvos: 0,78 / 0,81\nStop: 0,67\n25% da mão em cada entrada.")
    assert parsed.entry_allocations == quarters
    assert _parse(ADA + "25% de la banca en cada entrada").entry_allocations == quarters
    assert _parse(ADA + "25% do capital em cada entrada.").entry_allocations == quarters
    assert _parse(ADA + "по 25% на каждый вход").entry_allocations == quarters


def test_share_at_a_target_is_no_entry_share():
    assert _parse(ADA + "25% at TP1 on each entry").entry_allocations is None


def test_shares_by_ordinal_alone_portuguese_russian_english_spanish():
    split = _d("0.3", "0.3", "0.4")
    parsed = _parse(
        "#XYZ/USDT LONG\nEntrada: 3,90\nAlvos: 4,08 / 4,25 / 4,60\nStop: 3,70\n"
        "Esse aqui pode fazer x2 fácil na semana 👀 Fechar 30% no 1º, 30% no 2º e 40% no 3º."
    )
    assert parsed.take_profit_allocations == split
    parsed = _parse(
        "#SOL/USDT LONG\nВход: 141,5 - 139\n🎯 Цели: 146,2 / 149,9 / 155\nСтоп: 134\n"
        "📌 Фиксируем по 30% на 1-й и 2-й цели, остаток 40% на третьей. После 1-й цели стоп в безубыток."
    )
    assert parsed.take_profit_allocations == split
    assert parsed.breakeven_after == 1
    assert _parse(LINK + "Close 30% at the 1st, 30% at the 2nd and 40% at the 3rd.").take_profit_allocations == split
    assert _parse(LINK + "Cerrar 30% en el 1º, 30% en el 2º y 40% en el 3º.").take_profit_allocations == split


def test_ordinal_shares_covering_only_some_targets_stay_unread():
    assert _parse(LINK + "Close 30% at the 1st, 30% at the 2nd.").take_profit_allocations is None
    assert _parse(LINK + "Fechar 30% no 1º e 30% no 2º.").take_profit_allocations is None


def test_breakeven_once_the_first_one_hits():
    parsed = _parse(
        "1/ #LINK/USDT long\n\n2/ entry 14.20\n\n3/ targets 14.90 / 15.60 / 16.80, stop 13.50\n\n"
        "4/ selling 40% at the first target, 30% at the second, 30% at the third. stop to BE once the first one hits\n\n5/ good luck"
    )
    assert parsed.breakeven_after == 1
    assert parsed.take_profit_allocations == _d("0.4", "0.3", "0.3")
    assert _parse(LINK + "Selling 50% at the first target. Stop to BE once the second one hits.").breakeven_after == 2


def test_a_one_that_is_no_ordinal_target_gives_no_breakeven():
    assert _parse(LINK + "Stop to BE once the new one is set.").breakeven_after is None


def test_bracketed_share_run_under_the_entries_splits_them():
    parsed = _parse(
        "🔻 #ETH/USDT — SHORT 🔻\nChia 3 lệnh:\nEntry 1: 3.420\nEntry 2: 3.465\nEntry 3: 3.510\n(vốn 30% - 30% - 40%)\n"
        "🎯 TP: 3.350 / 3.280 / 3.150\n❌ SL: 3.580\nĐòn bẩy x25\nĐạt TP2 thì kéo SL về điểm vào nha ae."
    )
    assert parsed.entry_allocations == _d("0.3", "0.3", "0.4")
    assert parsed.breakeven_after == 2
    assert _parse(ETH_ENTRIES + "(size 30% - 30% - 40%)\n" + ETH_EXITS).entry_allocations == _d("0.3", "0.3", "0.4")
    assert _parse(ETH_ENTRIES + "(депо 30% / 30% / 40%)\n" + ETH_EXITS).entry_allocations == _d("0.3", "0.3", "0.4")


def test_bracketed_run_of_another_count_or_elsewhere_is_no_entry_split():
    assert _parse(ETH_ENTRIES + "(30% - 70%)\n" + ETH_EXITS).entry_allocations is None
    assert _parse(ETH_ENTRIES + ETH_EXITS + "(30% - 30% - 40%)").entry_allocations is None


def test_stop_moved_to_the_previous_target_at_each_target():
    parsed = _parse(
        "【合约策略】 #WIF/USDT\n方向:做多\n入场:现价\n目标一:2.85\n目标二:3.10\n目标三:3.45\n止损:2.48\n杠杆:全仓 5-10倍\n"
        "到达第二目标后,每到一个目标止损上移至前一目标"
    )
    assert parsed.trailing == {"kind": "moving_target", "activate_after_target": 2}
    assert _parse(LINK + "После TP1 стоп переносим на предыдущую цель").trailing == {"kind": "moving_target", "activate_after_target": 1}
    assert _parse(LINK + "Después del TP2, mover el stop al objetivo anterior").trailing == {"kind": "moving_target", "activate_after_target": 2}


def test_previous_day_is_no_trailing_stop():
    assert _parse(LINK + "前一天的高点是关键").trailing is None
