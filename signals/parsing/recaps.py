"""A results post titled as one: "Weekly recap 📊 …", "Итоги недели …", "复盘一下昨天姨太那单：…",
"Tổng kết tuần 📈 7 lệnh thắng …". Its prices are past trades' entries, stops and exits, so a plan
read from it is no call; the title opening the message is what says so, in every family
(``RECAP_TITLES`` rows). A new call labelled inside a newsletter is found before this
(``desk_posts``, ``plan_blocks.lone_call``). A recap word further down ("… see our weekly recap")
titles nothing.
"""
from __future__ import annotations

import re

from .vocabulary import fold, table_pattern

# Emoji, "#", "*", "|" and spaces before a title's first word.
_LEAD = re.compile(r"[\W_]*")


def titled(raw: str) -> bool:
    """Whether the message's first line opens with a results post's title."""
    first = next((line for line in raw.split("\n") if line.strip()), "")
    title = fold(first)
    return table_pattern("RECAP_TITLES").match(title, _LEAD.match(title).end()) is not None
