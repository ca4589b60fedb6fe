"""Management hints and share lists worded in prose, tried on wordings the misses do not contain.

- An ordinal before another English target word of the table ("the first objective") is that target for the
  break-even rule (``ordinal_ones``).
- A share left "for the runner" is the last target's share (``runner_shares``, the tables' "runner" rows).
- A short label "T2" on a line stating a trailing or break-even rule is a target; Chinese "开移动止损" switches
  the trail on right after its condition (``rule_labels_short``).
- A plan's shares at prices ("Taking half off at 36.2, another 30% at 34.75 and letting the rest run to 32.9")
  are its targets with their shares, not a close (``share_list_targets``); a report of closes stays out.
- Portuguese "joga o stop no 0 a 0" after a target's hit is the break-even rule; a holder's "stop no 0 a 0"
  telling his state stays no call.
"""
from __future__ import annotations

import pytest

from signals.parsing import ParsedSignal, ParsedUpdate, parse_message
from tests.helpers import prices, signal_read

_EN = "$LINK\n14.20 – 14.55 → buy zone\n13.70 → invalidation\n15.10 / 15.80 / 16.90 → objectives\n\n"
_PT = "#SOL LONG\nEntrada: 142,50 - 140,80\nStop: 136,90\nAlvos: 146 / 150,5 / 157\nAlavancagem 10x isolada\n"
_ZH = "#DOGE 多 0.1535-0.1550\n止损 0.1468\n目标 0.1590 / 0.1650 / 0.1720\n"
_RU = "#FET лонг\nВход: 1,42–1,47\nСтоп: 1,33\nЦели: 1,58 / 1,71 / 1,90\n"
_LINK = "Looking to bid LINK/USDT between 13.85 and 13.40, stop below 12.95 on a 4H close. First target 14.60, then 15.40, runner to 16.80. "


@pytest.mark.parametrize(
    "text",
    [
        _EN + "Once the first objective prints, stop goes to entry. No heroics.",
        _EN + "After the 1st objective is hit, move the stop to breakeven.",
        _EN + "When the first take profit fills, SL to entry.",
    ],
)
def test_it_reads_an_ordinal_objective_as_the_break_even_target(text: str) -> None:
    assert signal_read(text).breakeven_after == 1


def test_an_ordinal_of_no_target_word_starts_no_break_even() -> None:
    # Near miss: "the first candle" is no target.
    assert signal_read(_EN + "Once the first candle closes green, stop goes to entry.").breakeven_after is None


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (_LINK + "Take 40% off at the first, 40% at the second and leave 20% for the runner.", ["0.4", "0.4", "0.2"]),
        (_LINK + "Take 40% off at TP1, 40% at TP2 and leave 20% for the runner.", ["0.4", "0.4", "0.2"]),
        (_PT + "TP1 50%, TP2 30%, deixa 20% pro runner.", ["0.5", "0.3", "0.2"]),
        (_RU + "Фиксируем 40% на первой, 40% на второй, 20% на раннер.", ["0.4", "0.4", "0.2"]),
    ],
)
def test_it_reads_a_share_left_for_the_runner_as_the_last_targets(text: str, shares: list[str]) -> None:
    assert signal_read(text).take_profit_allocations == prices(*shares)


def test_a_runner_share_that_leaves_the_total_short_is_no_split() -> None:
    # Near miss: 40 + 20 + 20 is not the whole position.
    assert signal_read(_LINK + "Take 40% off at the first, 20% at the second and leave 20% for the runner.").take_profit_allocations is None


@pytest.mark.parametrize(
    "text",
    [
        _ZH + "T1 先平一半，T2 再出30%，剩下的留给 T3；到了 T2 之后开移动止损跟着走，别贪。",
        _ZH + "到了 T2 之后开移动止损跟着走",
        _ZH + "TP2 之后開移動止損",
    ],
)
def test_it_starts_a_trail_switched_on_after_a_short_labelled_target(text: str) -> None:
    assert signal_read(text).trailing == {"kind": "unspecified", "activate_after_target": 2}


def test_a_short_label_on_a_break_even_line_is_its_target() -> None:
    assert signal_read(_ZH.replace("多", "long") + "After T1 move stop to break even").breakeven_after == 1


def test_a_short_label_on_a_line_without_a_rule_stays_as_written() -> None:
    # Near miss: "T1" beside no trail or break-even is not read as a target.
    parsed = signal_read(_ZH + "T1 附近注意")
    assert parsed.trailing is None and parsed.breakeven_after is None


_AVAX = ("Ok here's my AVAX trade, not overthinking it. I'm shorting here at 38.4 and will add another chunk if it pokes 39.6. "
         "Thesis is dead on a close above 41.05. {shares} Running 10x isolated on this one.")


@pytest.mark.parametrize(
    ("shares", "allocations"),
    [
        ("Taking half off at 36.2, another 30% at 34.75 and letting the rest run to 32.9.", ["0.5", "0.3", "0.2"]),
        ("Closing 50% at 36.2, 30% at 34.75, rest at 32.9.", ["0.5", "0.3", "0.2"]),
        ("I'll take 40% at 36.2, 40% at 34.75 and the runner to 32.9.", ["0.4", "0.4", "0.2"]),
    ],
)
def test_it_reads_a_plans_shares_at_prices_as_its_targets(shares: str, allocations: list[str]) -> None:
    parsed = parse_message(_AVAX.format(shares=shares))
    assert isinstance(parsed, ParsedSignal)
    assert (parsed.symbol, parsed.side, parsed.stop_loss) == ("AVAX/USDT", "short", prices("41.05")[0])
    assert parsed.take_profits == prices("36.2", "34.75", "32.9")
    assert parsed.take_profit_allocations == prices(*allocations)


def test_it_reads_a_portuguese_plans_shares_at_prices_as_its_targets() -> None:
    parsed = parse_message("#AVAX short\nEntrada 38,4\nStop 41,05\nVou realizar metade em 36,2, mais 30% em 34,75 e deixo o resto correr até 32,9.")
    assert isinstance(parsed, ParsedSignal)
    assert parsed.take_profits == prices("36.2", "34.75", "32.9")
    assert parsed.take_profit_allocations == prices("0.5", "0.3", "0.2")


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: closes already done, and prices that do not run one way, are no target list.
        "AVAX: took half off at 36.2, another 30% at 34.75 and the rest at 32.9 ✅ great trade",
        "Minha parcial de hoje: entrei em AVAX a 24,30 ontem, já realizei metade em 26,10 e o resto tá rodando com stop no 0 a 0. Não é call",
    ],
)
def test_a_report_of_shares_taken_is_no_call(text: str) -> None:
    assert not isinstance(parse_message(text), ParsedSignal)


def test_shares_at_prices_without_a_taking_word_are_no_target_list() -> None:
    # Near misses: "Sell 50% at …" may be a short's entry legs; bare shares at prices may be an entry's.
    for shares in ("Sell 50% at 36.2, 30% at 34.75, rest at 32.9.", "50% at 36.2, 30% at 34.75, 20% at 32.9."):
        parsed = parse_message(_AVAX.format(shares=shares))
        assert getattr(parsed, "take_profit_allocations", None) is None


def test_shares_at_prices_that_turn_back_are_no_target_list() -> None:
    # Near miss: prices that do not run one way are not written as the targets' shares.
    parsed = parse_message(_AVAX.format(shares="Selling 40% at 36.2, 30% at 34.75, 30% at 37.1."))
    assert getattr(parsed, "take_profit_allocations", None) is None


@pytest.mark.parametrize(
    "rule",
    ["bateu o TP1 joga o stop no 0 a 0 e segue o jogo", "bateu o TP1, coloca o stop no 0x0", "bateu TP1 passa o sl pro zero a zero"],
)
def test_it_reads_a_portuguese_stop_to_zero_a_zero_after_a_target_as_break_even(rule: str) -> None:
    assert signal_read(_PT + rule).breakeven_after == 1


def test_a_holders_stop_at_zero_a_zero_is_no_call() -> None:
    parsed = parse_message("Tô em SOL desde 140,80, o resto tá rodando com stop no 0 a 0. Não é call")
    assert not isinstance(parsed, ParsedSignal)
    assert not (isinstance(parsed, ParsedUpdate) and parsed.kind == "move_stop")
