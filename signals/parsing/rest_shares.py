"""A rest word written before its own share ("amankan 50% di TP1, 30% di TP2, sisanya 20% di TP3", "30% at
TP2, the remaining 20% at TP3"): the share names the rest, so the rule is a plain share per target. The
rest word is dropped only when a share follows it right away; "rest at TP3" or "rest 50/50 at TP3 and TP4"
stay for the rest rules (``hints._share_then_rest``), and shares that do not add up to 100 % stay unread
(``share_tokens.allocations``).
"""
from __future__ import annotations

import re

from .vocabulary import english_pattern

_REST_THEN_SHARE = re.compile(
    rf"(?:{english_pattern('rest').pattern})[ ]{{1,3}}(?:of[ ]{{1,3}})?(?=[0-9]{{1,3}}(?:\.[0-9]{{1,2}})?[ ]?%|%[ ]?[0-9])",
    re.I,
)


def named_shares(text: str) -> str:
    """``text`` with each rest word that only introduces its share dropped ("rest 20% TP3" → "20% TP3")."""
    return _REST_THEN_SHARE.sub("", text)
