"""A poll whose options hold plans is no call, in any language.

    📊 ENQUETE: o que vocês fariam com o BTC agora?
    🅰️ Long em 64.200 com stop em 63.500
    🅱️ Short em 65.000 com stop em 65.600
    🅲 Ficar de fora
    Votem aí 👇

    📊 Опрос: что делаем с ETH на неделе? / 1) Лонг от 3200, стоп 3080, цель 3500 / 2) Шорт от 3450 … / Голосуем 👇

A channel that asks its readers to choose between trades has called none of them yet: the plan it posts
after the vote is the call. A poll is a poll word or a call to vote (the tables' ``POLL``: "poll", "Опрос",
"ENQUETE", "Votem", "Голосуем", "投票") and two option lines or more, each opened by a letter or number
label ("A)", "2)", "🅱️", "3️⃣", "②"), that name a side. A call's numbered targets ("1) 3300") name no side,
and a call without a poll word is read as before, so a ladder of sided lines stays a call.
"""
from __future__ import annotations

import re
import unicodedata

from .sections import stated_side
from .vocabulary import canonicalise, table_pattern

# An option's label at a line's start: a squared letter ("🅰️"), a keycap digit ("1️⃣"), a circled one ("②"), or a
# letter or digit closed by a bracket or a point ("A)", "(b)", "3.", "Б)"), not a decimal point ("1.5").
_OPTION = re.compile(
    r"^[ \t]*+(?:[\U0001F170-\U0001F189]\uFE0F?|[1-9]\uFE0F?\u20E3|[①-⑨]"
    r"|\(?(?:[A-Da-dАБВГабвг]|[1-9])[).](?![0-9]))[ \t]*+(?P<option>[^\n]*)",
    re.M,
)
# Two options naming a side make the choice the readers'; one is a call's own line.
_SIDED_OPTIONS = 2


def is_poll(raw: str) -> bool:
    """Whether the message has a poll word or a call to vote and two options or more that name a side."""
    # The labels are read as written: NFKC would make "①" a bare "1".
    if table_pattern("POLL").search(unicodedata.normalize("NFKC", raw)) is None:
        return False
    sided = 0
    for option in _OPTION.finditer(raw):
        if stated_side(canonicalise(option.group("option"))):
            sided += 1
            if sided >= _SIDED_OPTIONS:
                return True
    return False
