"""Questions a member asks about a plan, read where ``questions`` does not see them; no call, in any language.

- A plan offered beside waiting: "Брать лонг от 142,5 со стопом 137 или ждать отката к 135?", "long here or
  wait?", "¿entro en 0,52 o espero?", "2.480'den girilir mi yoksa beklemeli mi?". A sentence ending in "?" that
  holds "or wait" (``WAIT_OR`` in the tables) leaves the choice to the readers; a channel never asks it of its
  own call. The question need not hold the prices ("… 142,5 со стопом 137 или ждать отката к 135?" holds
  them, but "SOL long 142.5, stop 137. Now or wait?" asks about them too).
- An opening question followed by doubt: "anyone else think SEI at 0.41 is a steal?? was eyeing 0.38 as a
  stop and 0.52 as the target but idk man". The message opens asking the group (``questions``' test of a
  question) and a later sentence doubts (``DOUBTS``: "idk", "не знаю", "no sé"); the prices between are
  the member's thoughts, not an order. A call that opens with a rhetorical question and never doubts
  ("Ready? LONG BTC …") is still a call. Fear is a doubt too ("… but BTC dominance scares me", "боюсь").
- An opening question followed by a trade weighed now: "what do u guys think about SUI at 3.10? thinking of
  longing with stop 2.85 and tp 3.60", "кто что думает по TON? думаю взять от 5,4". The words of weighing
  (``CONSIDERING``: "thinking of longing", "думаю взять", "pensando em comprar", "在考虑") after a question put
  to the group tell a plan still asked about; without the question they stay the "ask" role's plan.

Each sentence is read once: linear in the message's length.
"""
from __future__ import annotations

import unicodedata

from .questions import _SENTENCE, _is_question  # one test of what a question is, shared with ``questions``
from .vocabulary import table_pattern


def asks_unsure(raw: str) -> bool:
    """Whether the message asks the readers to choose between a plan and waiting, or opens with a
    question and later doubts what it said."""
    text = unicodedata.normalize("NFKC", raw)
    sentences = [m.group() for m in _SENTENCE.finditer(text) if any(c.isalnum() for c in m.group())]
    waits = table_pattern("WAIT_OR")
    if any(s.rstrip().endswith(("?", "؟")) and waits.search(s) for s in sentences):
        return True
    doubts, weighs = table_pattern("DOUBTS"), table_pattern("CONSIDERING")
    return len(sentences) >= 2 and _is_question(sentences[0]) and any(doubts.search(s) or weighs.search(s) for s in sentences[1:])
