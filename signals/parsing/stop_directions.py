"""The direction word between a stop move and its new price: "move your stop up to 3,455", "drag the SL down
to 142.8", "Kéo SL của lệnh DOT lên 7,42" (pull the DOT trade's SL up to 7.42; Vietnamese "lên" up, "xuống"
down). The direction only says which way the stop goes; the price after it is where, so ``updates`` reads past
it as it reads past "to". Only right before a price or "entry" (with "to" between or not): "move SL up after
TP1" names no price and is left as it is.

Apart from ``updates`` because that module is at its size limit."""
from __future__ import annotations

import re

# Vietnamese "lên"/"xuống" stay untranslated by the tables: as a "to" they would turn "từ 63.850 lên 68.000"
# (from 63,850 up to 68,000, a recap) into a range; here they are read only after a stop move.
_DIRECTION = re.compile(
    r"(?<!\w)(?:up|down|back|higher|lower|lên|xuống)(?=[ ]{1,3}(?:to[ ]{1,3})?(?:[$]?\.?[0-9]|(?i:entry|breakeven)\b))",
    re.I,
)


def without_direction(after: str) -> str:
    """``after`` (the words after a stop-move phrase) without a direction word before the new price."""
    return _DIRECTION.sub(" ", after, count=1)
