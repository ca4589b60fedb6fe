"""Targets told "in turn": "Mục tiêu lần lượt 66.900 / 65.700 / 64.200", "Hedefler sırasıyla 1,20 - 1,35",
"目标依次 0.52 / 0.55", "targets respectively 36.2, 34.75". Canonicalised, the order word stands between
the label and its prices ("Target respectively 66900 / …"), where the section grammar expects the prices, so
the targets were lost. The word only says the prices come in the order written, which a target list says
anyway: it is dropped there. Elsewhere ("(25%/25%/50% respectively)") it stays for the share rules.
"Targets pehle 3,360, phir 3,290", "Цели сначала 3.36, потом 3.29" ("Targets first 3,360, then …"): "first"
opening the list says the same, and is dropped as well; not before a share ("بيع 30% عند الهدف الأول و30%",
sell 30% at the first target and 30%: "Target first 30%"), where it numbers the target."""
from __future__ import annotations

import re

# The label, then the order word, then a price: bounded runs of spaces and a colon only, so the cost is linear.
_TARGETS_IN_TURN = re.compile(
    r"\b(Targets?|TPs?)(?:[ ]{0,3}:)?+[ ]{1,3}(?:respectively|in[ ]{1,3}(?:turn|order)|one[ ]{1,3}by[ ]{1,3}one|(?:first(?:ly)?+|at[ ]{1,3}first)(?![ ]{0,3}[0-9][0-9.,]*+[ ]{0,2}%))(?:[ ]{0,3}:)?+(?=[ ]{0,3}[$]?\.?[0-9])", re.I
)


def without_order_word(text: str) -> str:
    """``text`` (canonical) with "respectively" dropped between a target label and its first price."""
    return _TARGETS_IN_TURN.sub(r"\1", text)
