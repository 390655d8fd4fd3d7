"""US counties and parishes: the state after one's name ("Maricopa County, Ariz.", "Cook County, IL", "Orleans
Parish, La."), and the county's name, which is no city of its name ("Maricopa County" is not the town of Maricopa).

US local news places a story in a county as often as in a city, with its state after it as after a city. A
state spelt out is a mention by its own name ("Harris County, Texas"), but an AP abbreviation or a postal code
is one only after a name of the gazetteer (`place_states.stated_states`: "Springfield, Ill."), and a county's
name is seldom one ("Harris", "Tarrant", "Cook"): `county_states` finds them after the county's word instead.
"""

from __future__ import annotations

import re

import numpy as np

# " County" or " Parish" (Louisiana's counties) after a name (a lower-case letter) and before ", ": where a state
# may follow. Found with `str.find`, not a pattern that starts by looking behind: the regex engine tried that
# lookbehind at every character of a batch's text (9 ms of a 2,000-article batch, for a handful of counties).
_COUNTY_WORDS = (" County, ", " Parish, ")


def county_states(text: str, pattern: re.Pattern[str], name_of: dict[str, str]) -> list[tuple[int, int, str]]:
    """Return the start, end and state's name of each state's abbreviation or postal code after a county's
    name, in text order: `pattern` matches ", " and one (group 1 an abbreviation, group 2 a postal code),
    `name_of` names its state.

    >>> pattern = re.compile(r", (?:(Ariz\\.)|([A-Z]{2})(?![\\w.]))")
    >>> county_states("Maricopa County, Ariz., and Cook County, IL, and Kent County, UK", pattern,
    ...               {"Ariz.": "Arizona", "IL": "Illinois"})
    [(17, 22, 'Arizona'), (41, 43, 'Illinois')]
    """
    found = []
    for word in _COUNTY_WORDS:
        at = text.find(word)
        while at >= 0:
            if at and "a" <= text[at - 1] <= "z":
                m = pattern.match(text, at + len(word) - 2)
                if m and (state := name_of.get(m.group(1) or m.group(2))):
                    found.append((m.start() + 2, m.end(), state))
            at = text.find(word, at + 1)
    return sorted(found)


def county_names(text: str, end: np.ndarray) -> np.ndarray:
    """Return, per mention end, whether " County" or " Parish" follows it as a word: a county's name, whose
    city of the same name it is not ("Maricopa County", "Washington County", "Santa Clara County Superior Court").

    >>> county_names("Maricopa County, Ariz. and Dallas Countywide", np.array([8, 32]))
    array([ True, False])
    """
    return np.array([text.startswith(_COUNTY_WORDS_BARE, e) and not text[e + 7: e + 8].isalnum()
                     for e in end.tolist()], dtype=bool)


_COUNTY_WORDS_BARE = tuple(word[:-2] for word in _COUNTY_WORDS)
