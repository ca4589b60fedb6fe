"""A share said before the entries it weighs: "half on each entry", "metade em cada entrada",
"mitad en cada entrada", "половина на каждый вход" (canonical "half each Entry"), "30% per entry".

``hints`` reads the share after the entries ("entries, half each"); here it comes first. The entry
word must follow: "half on each target" is a share of the targets, never of the entries.
"""
import re

_SHARE_EACH_ENTRY = re.compile(
    # "50% of the position on each entry", "25% da mão em cada entrada": a few words may name what the share is of.
    # Dropped words leave wide gaps ("25% de la banca" → "25%     capital").
    r"\b(?P<share>half|[0-9]{1,2}(?:\.[0-9]{1,2})?[ ]?%)[ ]{1,8}(?:(?!(?:tp|target|sl|stop|each|every|per)\b)[^\W\d_]{1,12}[ ]{1,8}){0,3}"
    r"(?:(?:on|at|in|for|of)[ ]{1,2})?(?:each|every|per)[ ]{1,3}"
    r"(?:entry|entries|order|orders|buy|buys|leg|legs|parts?|rungs?|steps?|tranches?)\b",
    re.I,
)
# "her kademeye %25" (canonical "each parts %25"), "25% on every rung", "each entry 25%": the share after the
# ladder's word. A target word never stands for the entries.
_EACH_ENTRY_SHARE = re.compile(
    r"\b(?:each|every|per)[ ]{1,3}(?:entry|entries|order|orders|buy|buys|leg|legs|parts?|rungs?|steps?|tranches?)[ ]{0,3}[:=]?[ ]{0,3}"
    r"(?P<share>(?<![0-9.,])[0-9]{1,2}(?:\.[0-9]{1,2})?[ ]?%|%[ ]?[0-9]{1,2}(?:\.[0-9]{1,2})?(?![0-9.,]))",
    re.I,
)


def share_each_entry(text: str) -> re.Match | None:
    """The share and its entry word, matched as ``hints`` reads "entries, half each" (group "share")."""
    return _SHARE_EACH_ENTRY.search(text) or _EACH_ENTRY_SHARE.search(text)


def without_entry_share(line: str) -> str:
    """``line`` with its each-entry share blanked: "50% on each entry, split 25% per target" leaves the targets' one."""
    return _EACH_ENTRY_SHARE.sub(" ", _SHARE_EACH_ENTRY.sub(" ", line))
