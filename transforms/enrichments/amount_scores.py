"""A game's score written as its teams' names and points, "Astros 10, Pirates 5", as sports pages and agency results
list them (`score_first`): no amount of anything. Inside a sentence the number after a capitalised name is read as the
name's ("Pirates 5"); a score that starts its sentence or line was counted ("Astros 10" → 10).
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_headline_verbs import headline_verb

# After a team's points: a comma (or in a results line none: "Braves 16 Rockies 4"), the other team's name (one to
# three capitalised words) and its points, then the line's or the clause's end or a lower-case word ("Astros 10,
# Pirates 5 on Sunday", "Real Madrid 3, Bayern Munich 2"); not a name's capitals or a unit ("Orders 100 Boeing 737
# Jets", "Costs 5.5%")
_OTHER_TEAM = re.compile(r",?[^\S\n]+(?P<team>[A-Z][\w.'’&-]*)[^\S\n]+(?:[A-Z][\w.'’&-]*[^\S\n]+){0,2}\d{1,3}"
                         r"(?=[^\S\n]*(?:$|\n|[,;:!?(]|\.(?!\d)|[a-z]))")


def score_first(text: str, label: str, digits: str, end: int) -> bool:
    """Return True when the number `digits` ending at `end` after the capitalised word `label` is a team's points,
    the other team's after a comma or a space ("Astros 10, Pirates 5", "Lakers 112 Celtics 108"); not where either
    name is a headline's verb ("Blast Kills 9, Hurts 173").

    >>> [score_first(t, t.split()[0], t.split()[1].strip(","), t.index(",")) for t in (
    ...     "Astros 10, Pirates 5", "Real 3, Bayern Munich 2 on Sunday", "Sales 10, Costs 5.5%", "Some 10, said 5")]
    [True, True, False, False]
    >>> [score_first(t, t.split()[0], t.split()[1], t.index(" ", t.index(" ") + 1)) for t in (
    ...     "Lakers 112 Celtics 108", "Gaza 40 Children Killed", "Braves 6 Rockies 4 (AP)",
    ...     "Orders 100 Boeing 737 Jets")]
    [True, False, True, False]
    >>> score_first("Blast Kills 9, Hurts 173", "Kills", "9", 13)
    False
    """
    gap = 2 if text[end: end + 1] == "," else 1
    if not (text[end + gap - 1: end + gap] == " " and text[end + gap: end + gap + 1].isupper() and label[:1].isupper()
            and len(digits) <= 3) or headline_verb(label):
        return False
    other = _OTHER_TEAM.match(text, end)
    return other is not None and not headline_verb(other.group("team"))  # "Blast Kills 9, Hurts 173": a headline
