"""Management hints worded in prose, tried on wordings the misses do not contain.

- A trailing stop whose clause opens with "after/from <target n>" (or "<target n> after") starts after that
  target, whatever verb, or none, switches it on (``trail_clause_starts``); "until TPn" stays its end, another
  rule's words between the target and the trail keep the target that rule's, and Chinese "开启trailing stop"
  is the trail's words though no word boundary separates them.
- A trail's clause names no break-even: the labels "SL" and "Entry" elsewhere on the line make no break-even
  rule of its condition.
- "the rest … to the third" after shares by ordinal is the third target's share: what the shares before it
  leave (``rest_to_ordinal``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from signals.parsing import ParsedSignal, parse_message
from tests.helpers import signal_read

_PLAN = "BTC/USDT long 100, SL 90, TP 110 / 120 / 130. "
_LINK = "LINK/USDT short 15.20, SL 15.74, TP 14.30 - 13.65 - 12.90. "


@pytest.mark.parametrize(
    "text",
    [
        _PLAN + "Depois do TP2 ativo trailing stop e deixo correr",
        _PLAN + "Después del TP2 activo el trailing stop y lo dejo correr",
        _PLAN + "After TP2 I turn on trailing stop and let it run",
        _PLAN + "From TP2 on we just use a trailing stop",
        _PLAN + "TP2 ke baad main trailing laga dunga",
        _PLAN + "после ТП2 я включаю трейлинг и пусть бежит",
        _PLAN + "sau TP2 mình bật trailing stop rồi để chạy",
        _PLAN + "setelah TP2 saya pakai trailing, biar jalan",
        "OP/USDT 1.862附近开空，SL 1.925，TP 1.80 / 1.74 / 1.70，到TP2后开启trailing stop，10x就够了",
    ],
)
def test_a_target_condition_in_the_trails_clause_starts_it_whatever_the_verb(text: str) -> None:
    assert signal_read(text).trailing == {"kind": "unspecified", "activate_after_target": 2}


def test_a_chinese_trail_after_its_target_is_no_break_even() -> None:
    parsed = signal_read("OP/USDT 1.862附近开空，SL 1.925，TP 1.80 / 1.74，到TP2后开启trailing stop，10x就够了")
    assert parsed.breakeven_after is None
    assert parsed.trailing == {"kind": "unspecified", "activate_after_target": 2}


def test_another_rules_target_before_the_trail_is_not_its_start() -> None:
    # Near miss: the stop moves at TP1; the trail that follows names no target of its own.
    parsed = signal_read(_PLAN + "after TP1 move SL to entry and trailing")
    assert parsed.breakeven_after == 1
    assert parsed.trailing == {"kind": "unspecified"}


def test_a_target_the_trail_runs_to_is_no_start() -> None:
    assert signal_read(_PLAN + "I turn on trailing stop until TP3").trailing == {"kind": "unspecified"}


def test_a_trail_said_to_be_active_after_a_target_keeps_no_start() -> None:
    # Near miss (tr-blind60-i03): "TP2'den sonra iz süren stop aktif." states the plan's state.
    parsed = signal_read(_PLAN + "TP2'den sonra iz süren stop aktif.")
    assert parsed.trailing == {"kind": "unspecified"}


def test_talk_of_trailing_after_a_target_is_no_trade() -> None:
    assert not isinstance(parse_message("Depois do TP2 eu sempre ativo trailing stop e deixo correr, funciona pra mim"), ParsedSignal)


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (_LINK + "Yo cierro un 50% en el primero, 30% en el segundo y el resto lo dejo correr hasta el tercero.", ["0.5", "0.3", "0.2"]),
        (_LINK + "Close 50% at the first, 30% at the second and let the rest run to the third.", ["0.5", "0.3", "0.2"]),
        (_LINK + "Fecho 40% no primeiro, 30% no segundo e o resto deixo correr até o terceiro.", ["0.4", "0.3", "0.3"]),
        (_LINK + "Закрываю 50% на первой, 30% на второй, остаток держу до третьей.", ["0.5", "0.3", "0.2"]),
    ],
)
def test_the_rest_run_to_the_last_ordinal_is_its_share(text: str, shares: list[str]) -> None:
    assert signal_read(text).take_profit_allocations == [Decimal(share) for share in shares]


def test_a_rest_run_that_leaves_a_target_without_share_is_unread() -> None:
    # Near miss: three targets, but only the first and the third get a share.
    assert signal_read(_LINK + "Close 50% at the first, the rest run to the third.").take_profit_allocations is None
