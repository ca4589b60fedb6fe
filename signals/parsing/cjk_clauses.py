"""Chinese channels end a clause with a space, not a comma: "20倍全仓 仓位别超过本金5%" (20x cross, keep the
position under 5 % of the capital) is two clauses, the leverage and a sizing note. Read as one, the note's
"%" would make the leverage look like a gain or a size (``leverage``)."""
from __future__ import annotations

import re

# A space before a Han character starts a new clause; a space before a digit or a Latin word does not
# ("本金3% 10倍" keeps its size and its multiple together).
_CLAUSE_SPACE = re.compile(r"[ ]++(?=[\u4e00-\u9fff])")


def comma_separated(line: str) -> str:
    """The line with a comma where a space ends a Chinese clause."""
    return _CLAUSE_SPACE.sub(", ", line)
