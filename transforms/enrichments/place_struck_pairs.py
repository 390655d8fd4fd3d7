"""A storm's pair of towns: "Storms battered Dover and Folkestone", "Floods hit Jackson and Memphis".

A striking verb ("hit", "battered", "lashed" ...) takes people and sides as objects as well as places ("the scandal hit
Tyler and Cologne"), so its pair is read as places only where the pair's names say so (`place_listed_towns`). Two
names that are more often something else are read so here: a name that is also a word ([ambiguity] words: "Dover",
"Bath"), a place only after a word introducing one, is one where it opens such a pair before another name of the
gazetteer (`opens_struck_pair`), as "and" introduces the second ("Folkestone and Dover" was read so); and a name
that is also a person's ("Jackson") is a place beside a name that is no person's where one of its towns lies within
a region's reach of the other's (`near_namesake`): two people's names seldom happen to be two neighbouring towns'.
"""

from __future__ import annotations

from transforms.enrichments.place_crossings import km_between
from transforms.enrichments.place_name_facts import NameFacts
from transforms.enrichments.place_names import gazetteer

# The verbs whose object is the places a storm, a flood or a quake reaches ("Floods hit Cologne and Akron")
STRUCK = tuple(f" {word} " for word in "hit hits struck strikes battered batters lashed lashes pounded pounds swept "
               "sweeps flooded floods rocked rocks".split())
# How far the text after a pair's "and" is read for the second name: a town's name of up to three words
_SECOND_NAME_CHARS = 40


def opens_struck_pair(text: str, start: int, end: int) -> bool:
    """Return whether the name at start:end follows a striking verb and opens a pair "X and Y" whose Y is a name of
    the gazetteer (of one, two or three capitalised words).

    >>> opens_struck_pair("Storms battered Dover and Folkestone.", 16, 21)
    True
    >>> [opens_struck_pair(t, 16, 21) for t in ("Storms battered Dover sole.", "Storms battered Dover and sank.")]
    [False, False]
    >>> opens_struck_pair("The ball hit Dover and Folkestone.", 13, 18)
    False
    """
    if not text.startswith(" and ", end) or not text[max(0, start - 12):start].endswith(STRUCK):
        return False
    words = text[end + 5:end + 5 + _SECOND_NAME_CHARS].split(" ")
    names = gazetteer()
    second = ""
    for word in words[:3]:
        word = word.rstrip(".,;:!?")
        if not word[:1].isupper():
            break
        second = f"{second} {word}" if second else word
        if second in names:  # ... unless a ball strikes: "The ball hit Dover and Folkestone" names players
            return not _ball_before(text, start)
    return False


def _ball_before(text: str, start: int) -> bool:
    """Return whether the sentence's subject before the verb is a ball's or a shot's ("The ball hit Dover")."""
    subject = text[max(0, start - 40):start].lower()
    return any(f"{ball} " in subject for ball in ("ball", "shot", "header", "volley"))


def near_namesake(info: NameFacts, person: int, other: int, code: str, km: float) -> bool:
    """Return whether a person's name (`person`, a name's index) has a town of country `code` within `km` of a place
    of the other name (`other`): "Jackson and Memphis", Tennessee's Jackson 120 km from Memphis.

    >>> from transforms.enrichments.place_name_facts import name_facts
    >>> info = name_facts()
    >>> at = info.index_of
    >>> near_namesake(info, at["Jackson"], at["Memphis"], "US", 150.0)
    True
    >>> near_namesake(info, at["Jackson"], at["Folkestone"], "GB", 150.0)
    False
    """
    ours = [p for p in info.table[info.names[person]] if p.country_code == code]
    theirs = [p for p in info.table[info.names[other]] if p.country_code == code]
    return any(km_between(p, q) <= km for p in ours for q in theirs)


def struck_people_pair(info: NameFacts, pair: list[int], codes: list[frozenset[str] | None], km: float) -> bool:
    """Return whether a struck pair of one person's name and one name no person's is of places: the person's name
    has a town near the other's place in a country both share ("Floods hit Jackson and Memphis"); two people's
    names are no such evidence ("the scandal hit Jackson and Lincoln")."""
    people = [info.names[n] in info.rules.people for n in pair]
    if people.count(True) != 1 or codes[0] is None or codes[1] is None:
        return False
    person = people.index(True)
    return any(near_namesake(info, pair[person], pair[1 - person], code, km) for code in codes[0] & codes[1])
