"""A target's "hit" inside a plan's standing rule, said mid-plan: no report of a running trade.

    "… Alvos em 14,10, 15 e 16,30. Bateu o alvo 1, sobe o stop pro preço de entrada. Alavancagem 5x …"
    "… Targets 14.10 / 15 / 16.30. Hits target 1 -> stop to entry. Leverage 5x …"
    "… Stop: 2,66 … A cada alvo batido, mover o stop pro alvo anterior." (at each target hit, move the stop
    to the previous target)

Spoken Portuguese, Spanish or Russian rules drop the "when": "Bateu o alvo 1, sobe o stop" is "(once) target 1
hits, raise the stop". Once canonical the sentence reads "hit Target 1, move stop Entry", which the update
reader takes for a hit notice. A sentence that is a break-even rule (``hints.breakeven_after`` reads it) or a
trailing rule (``hints.trailing``: the stop following each target) is the plan's rule, so the notices are
looked for in the rest of the message only. The caller keeps the message's own done words ("hit", "already",
"✅", ``_DONE``) as a report: this is for the rule's wording only.
One pass over the sentences, so the cost stays linear in the message's length.
"""
from __future__ import annotations

import re

from .hints import breakeven_after, trailing
from .share_tokens import rule_lines


def without_breakeven_rules(text: str) -> str:
    """The text without its sentences that state a break-even or trailing rule ("hit Target 1, move stop Entry.")."""
    return "\n".join(part for part in rule_lines(text) if breakeven_after(part) is None and trailing(part) is None)


# "Each target hit, move the stop to the previous target.", "every TP reached → SL to the one before": a hit said
# of each target to come is the rule's condition, never a report that one was reached.
_EACH_HIT = re.compile(r"\b(?:each|every)[ ]{1,3}(?:target|tp|take[ ]profit)s?[ ]{1,3}(?:hit|reached|achieved)\b", re.I)


def without_each_hits(raw: str) -> str:
    """The message without the hits it says of each target ("Each target hit, …"), to look for done words."""
    return _EACH_HIT.sub(" ", raw)
