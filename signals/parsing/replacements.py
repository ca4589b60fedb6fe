"""A cancel of the earlier order followed by the call that replaces it.

    Cancel the old ETH order.
    ETH long
    Entry 3400 - 3450 / SL 3320 / TP 3520 / 3600

    Отменяем старый ордер по SOL. Новый вход: SOL шорт 152, стоп 156, цели 148 144

The message asks for two things: withdraw the unfilled order of the earlier call, and open the new one. Read
whole, the cancel word made it an update and the new call was lost; read as the new call alone, the old order
would stay and could fill beside the new one. So the message is read as the call that follows its opening
cancel, carrying that cancel (``ParsedSignal.replaces``), which the Telegram path applies before it copies the
call. Only a whole plan (a stop and targets) after the cancel counts: "Cancel the ETH order. BTC looks weak" stays
a cancel. And only when a word says one call replaces another (the tables' ``REPLACING``: "the old order", "New
entry:"): "❌ Señal cancelada ❌\n#GALA/USDT largo 0,0412-0,0405, stop …" repeats the plan it cancels. The cancel
keeps the pair it names ("Cancel the old ETH order.\nBTC long …" withdraws ETH's order and calls BTC), else it is
the call's.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .results import ParsedSignal, ParsedUpdate
from .vocabulary import table_pattern

Parse = Callable[[str], "ParsedSignal | ParsedUpdate | None"]

# Where the opening instruction may end: a line break, or a sentence's end before more text.
_BREAK = re.compile(r"\n+|(?<=[.!。！])[ \t]+")
# The cancel is said at the start: it is the first or second sentence, never the close of a long post.
_MAX_OPENING_BREAKS = 2


def call_after_cancel(text: str, whole: ParsedSignal | ParsedUpdate | None, parse: Parse) -> ParsedSignal | ParsedUpdate | None:
    """``whole``, or the call that follows the message's opening cancel, carrying that cancel."""
    if not isinstance(whole, ParsedUpdate) or whole.kind != "cancel":
        return whole
    for number, cut in enumerate(_BREAK.finditer(text)):
        if number >= _MAX_OPENING_BREAKS:
            break
        opening, rest = text[: cut.start()], text[cut.end():]
        if not _says_replaced(opening, rest):
            continue
        cancel, call = parse(opening), parse(rest)
        if not (isinstance(cancel, ParsedUpdate) and cancel.kind == "cancel" and isinstance(call, ParsedSignal)):
            continue
        if call.stop_loss is None or not call.take_profits:
            continue
        return replace(call, replaces=replace(cancel, symbol=cancel.symbol or call.symbol))
    return whole


def _says_replaced(opening: str, rest: str) -> bool:
    """The cancel names the earlier order ("the old ETH order", "предыдущий сигнал") or the call opens as the new
    one ("New entry:", "Yeni giriş"). A "❌ Signal cancelled" notice over the plan it cancels says neither."""
    first_line = rest.lstrip().split("\n", 1)[0]
    return table_pattern("REPLACING").search(opening) is not None or table_pattern("REPLACING").search(first_line) is not None
