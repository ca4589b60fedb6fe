"""A post that lays out alternative plans on opposite sides is no call.

    Cenário A – VENDA (apenas após confirmação): Entrada 0.402 – 0.408 / Stop 0.414 / TP1 0.385 …
    Cenário B – COMPRA (compra em retração): Entrada 0.360 – 0.352 / Stop 0.342 / TP1 0.382 …

    激进：现价 3941 轻仓短多 … / 稳健：等待跌穿 4239 后回抽 4245 做空 … / 保守：… 回踩 3990 做多 …

An analyst who writes "if it is rejected, sell; if it dips, buy" leaves the choice to the reader: a
copy-trader cannot open both, and opening either one is a guess. Such a post heads each plan with a
line that opens with a numbered alternative ("Scenario A", "Plan 2", "Вариант 1", "Senaryo 2",
"方案一", "Kịch bản 1": a noun of the tables' ``ALTERNATIVES`` and a letter or number) or a risk profile
("Aggressive:", "Консервативный:", "激进：", "Conservador:": the tables' ``PROFILES``). Two such heads or
more, whose plans state opposite sides, make the post a set of alternatives.

One plan with a scenario that only tells when it fails ("Scenario 2: if the low breaks → bias invalid →
cut loss") states no side against it, and two profiles of one side ("Aggressive entry 3300 / Conservative
3250", both long) are one call with two entries: both stay calls.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .sections import stated_side
from .vocabulary import LANGUAGES, canonicalise, fold

# "Scenario A", "Plan 2", "Option II", "方案一", "السيناريو ١": the alternative's letter or number.
_INDEX = r"(?:[A-Da-d]|[1-4]|I{1,3}|[一二三四]|[①②③④]|[١-٤]|[۱-۴])(?![\w]|[.,][0-9])"
# A plan's head ends its label with a colon, a dash, a bracket or the line's end: "Scenario A – SELL",
# "激进：", "Plan B (buy the dip)".
_LABEL_END = r"[ \t]{0,2}(?:[:：)(.\-–—]|$)"
# A plan's lines read for its side: its head and the few labelled lines under it, not the verdict below
# the last plan.
_PLAN_LINES = 6


@lru_cache(maxsize=1)
def _heads() -> re.Pattern:
    def words(kind: str) -> str:
        spellings = {fold(word) for module in LANGUAGES.values() for word in getattr(module, kind, ())}
        ordered = sorted(spellings, key=len, reverse=True)
        return "|".join(r"[ \t]{1,3}".join(re.escape(part) for part in word.split(" ")) for word in ordered)

    return re.compile(
        rf"^[^\w\n]{{0,6}}(?P<label>(?:{words('ALTERNATIVES')})[ \t]{{0,2}}[#№]?{_INDEX}"
        rf"|(?:{words('PROFILES')})(?![\w])){_LABEL_END}",
        re.I | re.M,
    )


def offers_alternatives(raw: str) -> bool:
    """Whether the post heads two plans or more as alternatives and the plans state opposite sides."""
    text = raw.replace("\r\n", "\n")
    heads = list(_heads().finditer(text))
    if len({fold(head.group("label")) for head in heads}) < 2:
        return False
    sides = set()
    for head, following in zip(heads, [*heads[1:], None]):
        plan = text[head.start(): following.start() if following else len(text)]
        side = stated_side(canonicalise("\n".join(plan.split("\n")[:_PLAN_LINES])))
        if side:
            sides.add(side)
    return sides == {"long", "short"}
