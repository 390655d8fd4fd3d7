"""A poll's measure after a share ("29% voting intention", "22% support"), which names the share's people and counts
none of them: `poll_measure`, read for `amount_objects`."""

from __future__ import annotations

import re

from transforms.enrichments.amount_compounds import compound_head

# A poll's measure after a share, which names the share's people and counts none of them, as "51.9% voting to leave"
# does: "29% voting intention", "60% vote intention among the young", "22% support", "44% job approval", "a 40%
# approval rating" (they counted "intention", "voting", "support", "job", "approval"); not "a 10% voting stake"
POLL_MEASURE = re.compile(r"[^\S\n]+(?:(?:voting|vote|poll)[^\S\n]+(?:intentions?|share)|(?:job[^\S\n]+)?approval"
                          r"(?:[^\S\n]+ratings?)?|support|(?:voting[^\S\n]+)?intentions?)\b(?![-'’])")



def poll_measure(text: str, end: int) -> bool:
    """Return True when a poll's measure follows a share ending at `end` (`POLL_MEASURE`: "29% voting intention", "22%
    support for"), not the first word of a compound ("a 3% support payment", "22% approval threshold").

    >>> [poll_measure(t, 3) for t in ("22% support.", "22% support the plan", "3% support payment for", "9% vote")]
    [True, True, False, False]
    """
    poll = POLL_MEASURE.match(text, end)
    if poll is None:
        return False
    last = poll.group().rsplit(None, 1)[-1]
    return compound_head(text, poll.end(), last) == last
