"""An added entry leg told as a wish in prose: "adding more if it dips to 21.90", "will add another chunk
if it pokes 39.6", "add some more when it comes back to 0.52". The price is the trade's second entry, as
"DCA 21.90" is; the section grammar reads that label, so this rewrites the wish to it. Other languages'
wishes ("доливка если дадут 0,1740") are their tables' "dca" rows already."""
from __future__ import annotations

import re

# The verb, what is added, the condition and the move, each a fixed short word list: no unbounded
# repetition, so a long message costs its length.
_WISHED_ADD = re.compile(
    r"\badd(?:ing)?+(?:[ ]{1,3}(?:more|some[ ]{1,3}more|another[ ]{1,3}(?:chunk|leg|bit|piece|layer)|a[ ]{1,3}(?:second|2nd)[ ]{1,3}(?:chunk|leg)|to[ ]{1,3}it))?+"
    r"[ ]{1,3}(?:if|when|once|should)[ ]{1,3}(?:it|price)[ ]{1,3}"
    r"(?:dips|pokes|drops|wicks|tags|taps|hits|retests|retraces|comes[ ]{1,3}back|pulls[ ]{1,3}back|gets|spikes|pumps|bounces)"
    r"(?:[ ]{1,3}(?:down[ ]{1,3}|up[ ]{1,3}|back[ ]{1,3})?(?:to|into|at|toward|towards))?+"
    r"(?=[ ]{1,3}[$]?\.?[0-9])",
    re.I,
)


def as_dca(text: str) -> str:
    """``text`` (canonical) with a wished-for added leg written as "DCA at" before its price."""
    return _WISHED_ADD.sub("DCA at", text)
