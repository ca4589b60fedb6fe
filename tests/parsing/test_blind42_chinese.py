"""The rules the 42nd blind set's Chinese (and one Vietnamese) messages showed missing, tried on wordings
that set does not contain:
- a results post titled as one ("Weekly recap", "Итоги недели", "复盘", "Tổng kết tuần", "Rekap
  mingguan") at the message's top is no call, whatever plan its lines retell (``recaps``, the tables'
  ``RECAP_TITLES``); the same word further down titles nothing;
- "不开新单" (no new trades) says the author opens nothing (``not_a_call`` rows);
- a stop exit told of a trade already over ("止損出場", "salimos por stop", "вышли по стопу") is a report
  (``stopped`` rows), never a trade;
- an inline list index "2." before a price ("TP 1. 0.1680  2. 0.1740") is no price (``text`` tokens);
- of two bare listed bases, one declined ("WIF不碰 … 今天的单是 BONK：") leaves the other the call
  (``called_pair.lone_undeclined``);
- "分兩筆：34.2 和 35.0" (in two orders) labels the entries; "分两笔止盈" stays the targets' label;
- "强的话67500再走一点" (if strong, 67500) is the next target; "站稳再追多" (holds, then long) a condition;
- "止損跟著目標往下移" (the stop follows the targets) is Cornix's moving target.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import plan_of, prices, signal_read


@pytest.mark.parametrize(
    "text",
    [
        "复盘一下昨天姨太那单：3420-3450做空，止损3520，最低打到3301，目标1、2都到了。",
        "📊 Weekly recap\nETH short 3420-3450, SL 3520, TP 3300 / 3200\nSOL long 138, SL 132",
        "Итоги недели 📈\nETH шорт 3420-3450, стоп 3520, цели 3300 / 3200",
        "Tổng kết tuần 📈 7 lệnh thắng.\nLệnh BTC vào 64.000 chốt lời 66.500 (+39% x10), SL 62.800.",
        "Rekap mingguan 🔥\nETH short 3420-3450, SL 3520, TP 3300",
        "Resumen semanal ✅\nETH corto 3420-3450, SL 3520, TP 3300",
    ],
)
def test_it_keeps_a_post_titled_as_a_recap_out_of_trading(text):
    assert not isinstance(parse_message(text), ParsedSignal)


def test_it_still_reads_a_call_that_names_a_recap_further_down():
    parsed = signal_read("ETH short 3420-3450\nSL 3520\nTP 3300 / 3200\nWeekly recap comes on Sunday")
    assert plan_of(parsed)[:4] == ("ETH/USDT", "short", prices("3420", "3450"), prices("3520")[0])


@pytest.mark.parametrize(
    "text",
    [
        "大饼今天看一下：64000-64500做多，止损62800。今天先观望，不开新单。",
        "姨太 3420 做空 止损 3520，不過今天不開新單。",
    ],
)
def test_it_keeps_no_new_trades_today_out_of_trading(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "AVAX 空單 止損出場 ❌\n36.1 被打掉了",
        "SOL 多单 止损出场 148，下一单再来",
        "ETH corto: salimos por stop en 3520 ❌",
        "ETH шорт: вышли по стопу 3520 ❌",
        "ETH short: stoptan çıktık 3520 ❌",
    ],
)
def test_it_reads_a_stop_exit_as_a_report_not_a_trade(text):
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text",
    [
        "DOGE 现价直接开多\n止损 0.1570\n止盈 1. 0.1680  2. 0.1740",
        "DOGE long now\nSL 0.1570\nTP 1. 0.1680 2. 0.1740",
        "DOGE лонг по рынку\nстоп 0.1570\nцели 1. 0.1680  2. 0.1740",
    ],
)
def test_it_drops_an_inline_list_index_before_a_target(text):
    assert signal_read(text).take_profits == prices("0.1680", "0.1740")


def test_it_keeps_a_small_whole_price_before_a_decimal_one():
    assert signal_read("DOGE long 0.16\nSL 0.1570\nTP 0.1680 / 0.1740").take_profits == prices("0.1680", "0.1740")


@pytest.mark.parametrize(
    "text",
    [
        "群友一直问WIF，WIF不碰，位置太差了。今天的单是 BONK：\n开空 0.00002410-0.00002450\n止损 0.00002520\n止盈 0.00002330",
        "Everyone asks about WIF, WIF not touching, too extended. Today's trade is BONK:\nSHORT 0.00002410-0.00002450\nSL 0.00002520\nTP 0.00002330",
    ],
)
def test_it_calls_the_one_bare_base_left_after_a_refusal(text):
    assert signal_read(text).symbol == "BONK/USDT"


def test_it_leaves_two_bare_bases_without_a_refusal_undecided():
    text = "Everyone asks about WIF, it is extended. Today's trade is BONK:\nSHORT 0.00002410-0.00002450\nSL 0.00002520"
    assert not isinstance(parse_message(text), ParsedSignal)


@pytest.mark.parametrize(
    "text, entries",
    [
        ("AVAX 這裡可以開空，分兩筆：34.2 和 35.0，防守 36.1，第一目標 32.8", ("34.2", "35.0")),
        ("SOL 这里可以开多，分两笔：148 和 145，止损141，目标155", ("145", "148")),
        ("ETH 開空，分兩筆 3420 / 3450，止損 3520，目標 3300", ("3420", "3450")),
    ],
)
def test_it_reads_entries_said_as_two_orders(text, entries):
    assert signal_read(text).entry == prices(*entries)


def test_it_keeps_targets_said_in_two_parts_as_targets():
    parsed = signal_read("ETH 开多 3400，止损3300，分两笔止盈：3500 和 3600")
    assert (parsed.entry, parsed.take_profits) == (prices("3400"), prices("3500", "3600"))


@pytest.mark.parametrize(
    "text, targets",
    [
        ("大饼回踩64000附近可以接多，防守62800，先看66000，强的话67500再走一点。", ("66000", "67500")),
        ("SOL 回踩150附近接多，防守145，先看158，强的话165", ("158", "165")),
    ],
)
def test_it_reads_a_target_said_if_the_move_is_strong(text, targets):
    assert signal_read(text).take_profits == prices(*targets)


@pytest.mark.parametrize(
    "text, side, entry",
    [
        ("ENA 突破0.4850站稳再追多，止损0.4620，目标0.5100/0.5400", "long", "0.4850"),
        ("SOL 站稳150再开多，止损145，目标158", "long", "150"),
        ("LINK 跌破13.2站穩後開空，止損13.8，目標12.5", "short", "13.2"),
    ],
)
def test_it_reads_an_entry_held_after_a_break_as_its_condition(text, side, entry):
    parsed = signal_read(text)
    assert (parsed.side, parsed.entry) == (side, prices(entry))


@pytest.mark.parametrize(
    "text",
    [
        "AVAX 開空 34.2，防守 36.1，目標 32.8 / 31.5。到第一目標後止損跟著目標往下移",
        "SOL 开多 148，止损141，目标155 / 160 / 168，到第一目标后止损跟着目标往上移",
    ],
)
def test_it_reads_a_stop_following_the_targets_as_a_moving_target(text):
    assert signal_read(text).trailing == {"kind": "moving_target", "activate_after_target": 1}
