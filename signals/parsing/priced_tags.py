"""A tagged everyday word priced in its clause ("Closed #NOT manually at 0.0081", "Closed #HIGH @ 1.92"):
a listed base that spells a word ("NOT", "ONE", "MOVE"), tagged in capitals, is the coin when a few
words after it an "at" word ties a price to it. Canonical text keeps English "at" and "@"; other tables'
"at" words ("по", "en") are read as a space by then, so only those two are met in practice. ``symbols`` reads such a tag as a ticker
though its line says no side; "#NOT financial advice, BTC long 65000" ties no price to the tag.

Apart from ``symbols`` because that module is at its size limit."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary


@lru_cache(maxsize=1)
def _priced() -> re.Pattern:
    words = "|".join(sorted((re.escape(w) for w in vocabulary.attach_words()), key=len, reverse=True))
    # up to two words between the tag and its "at" ("manually", "closed"), then the price.
    return re.compile(rf"(?:[ ]{{1,2}}[^\W\d_]+){{0,2}}[ ]{{1,2}}(?:(?:{words})[ ]{{1,2}}|@[ ]{{0,2}})[$]?[0-9]", re.I)


def is_priced_tag(text: str, match: re.Match) -> bool:
    """Whether the tag that ``match`` ends on is followed by its price, tied to it by "at"."""
    return _priced().match(text, match.end()) is not None
