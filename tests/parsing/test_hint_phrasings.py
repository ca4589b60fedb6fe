"""Management hints worded so the trail's or the shares' rule was misread, tried on wordings the misses do not contain.

- A trail's run-to target ("trailing del 2% hasta el TP3") is where it ends, and a sentence that carries on
  ("A partir de ahí …") starts where the one before left off (``trail_wording.readable``).
- A trail switched on in words ("liga o trailing stop", "turn on the trailing stop") right after its condition.
- The full noun "trailing stop" then its condition at the sentence's end starts it ("trailing stop after tp2").
- A stop moved to "the previous one" with no noun, from each target ("на предыдущую", "al anterior"), and a
  writer's ".." that corrects a word ("subiendo.. bajando") ending no rule; "desde el TP2" starts it.
- Shares at every target followed by a stop rule's clause naming a target of its own ("…, ăn TP1 xong kéo SL").
"""
from __future__ import annotations

import pytest

from signals.parsing import parse_message
from tests.helpers import prices, signal_read

_EN = "BTC/USDT LONG\nEntry 60000\nSL 58000\nTP1 61000 TP2 62000 TP3 63000\n"
_ES = "Par: AVAX/USDT\nDirección: LONG\nEntrada: 34,20 - 35,10\nSL: 32,85\nTPs: 36,40 - 37,90 - 40,00\n\n"
_PT = "Moeda: #ARB\nOperação: LONG\nEntrada: 1,085 até 1,120\nAlvos: 1,16 | 1,21 | 1,28\nStop: 1,032\n\n"
_RU = "#FET лонг\nВход: 1,42–1,47\nСтоп: 1,33\nЦели: 1,58 / 1,71 / 1,90\n\n"
_VI = "$ARB Long\nEntry 1,00\nTarget 1,08 / 1,15 / 1,24\nStop 0,93\n"
_HI = "BTC/USDT short karo 67,850 - 68,400 ke beech me\nSL 69,300\nTP 66,900 / 65,750 / 64,200\n"


@pytest.mark.parametrize(
    ("text", "trailing"),
    [
        (_ES + "Cerramos el 50% en el TP1 y movemos el stop a entrada. A partir de ahí lo dejamos correr con un trailing del 2% hasta el TP3.",
         {"kind": "percent_below_highest", "callback_pct": 2, "activate_after_target": 1}),
        (_EN + "Take 50% at TP1 and move SL to entry. From then on trail the rest 2% until TP3.",
         {"kind": "percent_below_highest", "callback_pct": 2, "activate_after_target": 1}),
        (_PT + "Realiza 50% no alvo 1 e sobe o stop pra entrada. A partir daí deixa correr com trailing de 2% até o alvo 3.",
         {"kind": "percent_below_highest", "callback_pct": 2, "activate_after_target": 1}),
        # Near miss: a run-to target alone starts nothing.
        (_EN + "Trailing 2% until TP3.", {"kind": "percent_below_highest", "callback_pct": 2, "activate_after_target": None}),
    ],
)
def test_it_reads_a_trail_run_to_a_target_from_the_sentence_before(text: str, trailing: dict) -> None:
    assert signal_read(text).trailing == trailing


@pytest.mark.parametrize(
    ("text", "trailing"),
    [
        (_PT + "Depois do alvo 3 liga o trailing stop e deixa rodar.", {"kind": "unspecified", "activate_after_target": 3}),
        (_PT + "Depois do alvo 2 liga o trailing stop.", {"kind": "unspecified", "activate_after_target": 2}),
        (_EN + "After TP2 turn on the trailing stop.", {"kind": "unspecified", "activate_after_target": 2}),
        (_EN + "trailing stop after tp2 👀", {"kind": "unspecified", "activate_after_target": 2}),
        # Near miss: the bare "Trailing" then "after" names the rule (pt-blind61-j05).
        (_PT + "Trailing depois do alvo 2.", {"kind": "unspecified"}),
    ],
)
def test_it_reads_where_a_trail_switched_on_starts(text: str, trailing: dict) -> None:
    assert signal_read(text).trailing == trailing


@pytest.mark.parametrize(
    ("text", "trailing"),
    [
        (_RU + "После каждой цели двигаем стоп на предыдущую, не забываем.", {"kind": "moving_target", "activate_after_target": 1}),
        (_EN + "After each target move the SL to the previous one.", {"kind": "moving_target", "activate_after_target": 1}),
        (_ES + "Después de cada objetivo movemos el stop al anterior.", {"kind": "moving_target", "activate_after_target": 1}),
        (_HI + "Har target ke baad SL pichhle target pe le jaana, greedy mat bano", {"kind": "moving_target", "activate_after_target": 1}),
        (_ES + "Al tocar el TP1 pasamos el SL a entrada, y desde el TP2 vamos subiendo.. bajando el stop al objetivo anterior",
         {"kind": "moving_target", "activate_after_target": 2}),
        # Near miss: a stop to the previous high is no step from target to target.
        (_EN + "After TP1 move stop to previous high.", None),
    ],
)
def test_it_reads_a_stop_moved_to_the_previous_target(text: str, trailing: dict | None) -> None:
    assert signal_read(text).trailing == trailing


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (_VI + "Chốt 40% ở TP1, 30% TP2, 30% TP3, ăn TP1 xong kéo SL lên entry là free trade.", prices("0.4", "0.3", "0.3")),
        (_EN + "Close 50% at TP1, 25% TP2, 25% TP3, once TP1 hits move SL to entry", prices("0.5", "0.25", "0.25")),
        # Near miss: shares that leave a target out are no split.
        (_VI + "Chốt 40% ở TP1, 30% TP2, ăn TP1 xong kéo SL lên entry.", None),
    ],
)
def test_it_reads_shares_before_a_stop_rule_clause(text: str, shares) -> None:
    parsed = signal_read(text)
    assert parsed.take_profit_allocations == shares
    assert parsed.breakeven_after == 1


def test_it_keeps_a_non_signal_with_a_previous_target_rule_out() -> None:
    assert parse_message("After each target move the SL to the previous one, that is how I manage trades 🙏") is None
