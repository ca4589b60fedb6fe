"""A post about a trade that is over: it names a pair, a side, an entry, a stop and a target, but
its trade is closed, so it is no call and no instruction for a running trade.

- A position liquidated: "Position: Liquidated Long", "#BNB Liquidated Short: $5.3K at $586.8",
  "Posición: largo liquidado", "лонг ликвидирован".
- A result given as the trade's status: "Results | Status: loss", "Result: TP hit", "Estado: pérdida",
  "Статус: закрыта".
- A review of a trade's profit as the post's title: "🚀 Profit review of a 3x BTC trade",
  "Revisión de ganancias …", "Revisão de lucros …", "Разбор сделки …".

Read on the message as written (NFKC), so every language's wording is its own.
"""
from __future__ import annotations

import re
import unicodedata

_LIQUIDATED = re.compile(
    r"(?<!\w)(?:liquidated[ ]+(?:long|short)|(?:long|short)[ ]+(?:position[ ]+)?(?:got[ ]+|was[ ]+)?liquidated"
    r"|position[ ]{0,2}:[ ]{0,2}liquidated"
    r"|(?:largo|corto|long|short)[ ]+liquidad[oa]|posici[oó]n[ ]+liquidada|posi[cç][aã]o[ ]+liquidada"
    r"|(?:лонг|шорт)[ ]+ликвидирован\w*|ликвидирован\w*[ ]+(?:лонг|шорт)|позиция[ ]+ликвидирована)(?!\w)",
    re.I,
)
# The status or result label and its outcome, on the same line or the next: "Status:\nloss".
_OUTCOME = re.compile(
    r"(?<!\w)(?:status|result|outcome|estado|resultado|статус|результат)[ ]{0,2}:\s{0,3}"
    r"(?:loss|lost|win|won|closed|stopped(?:[ ]out)?|sl[ ]hit|tp[ ]?[0-9]?[ ]hit|hit[ ](?:sl|tp)"
    r"|p[eé]rdida|ganancia|cerrad[ao]|perda|lucro|fechad[ao]|убыток|прибыль|закрыт[аоы]?)(?!\w)",
    re.I,
)
_REVIEW_TITLE = re.compile(
    r"(?<!\w)(?:profit[ ]review|trade[ ]review|revisi[oó]n[ ]de[ ](?:las[ ])?ganancias|revis[aã]o[ ]de[ ](?:lucros|ganhos)"
    r"|разбор[ ]сделки|обзор[ ]прибыли)(?!\w)",
    re.I,
)


def reports_closed(raw: str) -> bool:
    """Whether the message tells of a trade already closed: liquidated, given its outcome, or reviewed."""
    text = unicodedata.normalize("NFKC", raw)
    title = next((line for line in text.split("\n") if line.strip()), "")
    return bool(_LIQUIDATED.search(text) or _OUTCOME.search(text) or _REVIEW_TITLE.search(title))
