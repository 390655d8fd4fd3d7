"""A place's name before a North American team's nickname: the team's city or state, no person.

A name of places.toml's `people` ("Dallas", "Houston", "Washington") or a town's is no place before another
capitalised word, which is as often a surname ("Dallas Roberts", "Houston Nutt", "Denver Pyle"); before a
nickname of the major leagues' teams (`team_nicknames`: "Cowboys", "Astros", "Red Sox") it is the team's
place, as a larger city's name lends itself to its clubs ("Manchester United"). `place_context` asks
`nickname_follows` where it reads such a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.enrichments.place_table import places_toml


@lru_cache(maxsize=1)
def _nickname() -> re.Pattern[str]:
    nicknames = sorted(places_toml()["ambiguity"]["team_nicknames"], key=len, reverse=True)  # "Red Sox" over "Reds"
    # one space or two (texts joined from lines), and the nickname whole: no letter, digit or hyphen after it
    # ("Dallas Starsky" is a person's), an apostrophe being the possessive's ("the Broncos' coach")
    return re.compile(rf"  ?(?:{'|'.join(map(re.escape, nicknames))})(?![\w-])")


def nickname_follows(text: str, end: int) -> bool:
    """Return whether a team's nickname (`team_nicknames`) follows the name ending at `end` after a space.

    >>> [nickname_follows(t, t.index(" ")) for t in ("Dallas Cowboys", "Boston Red Sox", "Dallas Roberts")]
    [True, True, False]
    """
    return _nickname().match(text, end) is not None
