"""A post about a trade that is over: it names a pair, a side, an entry, a stop and a target, but
its trade is closed, so it is no call and no instruction for a running trade.

- A position liquidated: "Position: Liquidated Long", "#BNB Liquidated Short: $5.3K at $586.8",
  "Posición: largo liquidado", "лонг ликвидирован".
- A result given as the trade's status: "Results | Status: loss", "Result: TP hit", "Estado: pérdida",
  "Статус: закрыта".
- A review of a trade's profit as the post's title: "🚀 Profit review of a 3x BTC trade",
  "Revisión de ganancias …", "Revisão de lucros …", "Разбор сделки …".
- A bot's notice that the position closed, on a line of its own: "❎ Position closed", "پوزیشن بسته شد".

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

# A bot's notice that a position closed, the line's whole text: "❎ Position closed", "پوزیشن بسته شد",
# "تم إغلاق الصفقة", "Позиция закрыта", "Pozisyon kapatıldı", "仓位已平仓", "Posición cerrada",
# "Posição fechada", "Đã đóng vị thế", "Posisi ditutup", "Position close ho gayi". Alone on its line,
# so "close the position at 3,300" (an instruction) or a plan's "closed at TP1" note stay what they are.
_POSITION_CLOSED = re.compile(
    r"[^\w\n]{0,6}(?:(?:position|trade|order)[ ]+(?:closed|close[ ]ho[ ]gay[ai]|band[ ]ho[ ]gay[ai])"
    r"|closed[ ]+(?:position|trade)|پوزیشن[ ]+بسته[ ]+شد|معامله[ ]+بسته[ ]+شد"
    r"|تم[ ]+إغلاق[ ]+(?:الصفقة|المركز)|تم[ ]+اغلاق[ ]+(?:الصفقة|المركز)|(?:الصفقة|المركز)[ ]+مغلق[ةه]?"
    r"|(?:позиция|сделка)[ ]+закрыта|pozisyon[ ]+kapat[ıi]ld[ıi]|pozisyon[ ]+kapand[ıi]|(?:仓位|倉位|订单|訂單)?已平仓|(?:仓位|倉位)?已平倉"
    r"|posici[oó]n[ ]+cerrada|operaci[oó]n[ ]+cerrada|posi[cç][aã]o[ ]+fechada|opera[cç][aã]o[ ]+fechada"
    r"|đã[ ]+đóng[ ]+(?:vị[ ]+thế|lệnh)|(?:vị[ ]+thế|lệnh)[ ]+đã[ ]+đóng|posisi[ ]+(?:di)?tutup|posisi[ ]+sudah[ ]+ditutup)"
    r"[^\w\n]{0,6}",
    re.I,
)


def reports_closed(raw: str) -> bool:
    """Whether the message tells of a trade already closed: liquidated, given its outcome, or reviewed."""
    text = unicodedata.normalize("NFKC", raw)
    title = next((line for line in text.split("\n") if line.strip()), "")
    closed_line = any(_POSITION_CLOSED.fullmatch(line.strip()) for line in text.split("\n"))
    return bool(_LIQUIDATED.search(text) or _OUTCOME.search(text) or _REVIEW_TITLE.search(title) or closed_line)
