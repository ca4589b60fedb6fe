"""A message's first word before its side is guessed as the coin ("mavia long 20x", "Zeta short here"),
but not when that word is a table's verb for a position taken: "galera entrei short no HIGH …" (pt "I
entered short on HIGH"), "entré short en HIGH" (es), "girdim short" (tr) tell the writer's own act, and the
coin is the listed ticker after the side word (``word_base_sides``), or none is named."""
import re

from .vocabulary import table_pattern


def is_held_verb(match: re.Match) -> bool:
    """Whether the leading word ``match["base"]`` is one of a table's "I entered / I opened" words."""
    return table_pattern("HELD").fullmatch(match["base"]) is not None
