"""The dollar of a town's council named in a paragraph, read from the places' gazetteer (`council_dollar`): "Hutt City
Council will spend $12 million" is in New Zealand dollars, as Lower Hutt and Upper Hutt are New Zealand's only."""

from __future__ import annotations

from functools import cache

from transforms.enrichments.geonames import packaged

# The countries whose towns' councils spend their own dollar, as their papers write it bare ("$12 million"): a council
# is local, so its sums are its town's currency, whatever else the paragraph names.
_DOLLARS = {"NZ": "NZD", "AU": "AUD", "CA": "CAD"}
# The words between a town's name and "Council" ("Hutt City Council", "Toowoomba Regional Council")
_COUNCIL_KINDS = frozenset("City District Regional Shire Town Municipal".split())
# The words a town's name may open with that its council leaves out: Lower Hutt's and Upper Hutt's is "Hutt City
# Council", as "Greater Wellington" is "Wellington Regional Council"
_QUALIFIERS = frozenset("Lower Upper Greater North South East West".split())
_LONGEST = 3  # words in a town's name a council may carry ("Palmerston North City Council")


# How many times larger than each other country's namesake a city is for its name's council to be its: Dunedin's
# (New Zealand's 133,000 to Florida's 36,000) and Wellington's are, as news of a council's sums is of a city's of
# news; Hamilton's is not (Canada's 569,000 to New Zealand's 192,000: each a city council of news), nor Richmond's.
# Lower than places' `DOMINANT_TIMES`: a council's budget is a city's of some size, seldom a small namesake's.
_DOMINANT_TIMES = 3


@cache
def _town_countries() -> dict[str, frozenset[str]]:
    """Return each city's name in the gazetteer, and its name without a qualifier, with the countries it is in: the
    one whose city of the name is `_DOMINANT_TIMES` larger than each other country's, where one is."""
    sizes: dict[str, dict[str, int]] = {}
    for place in packaged():
        if place.kind != "city":
            continue
        first, _, rest = place.name.partition(" ")
        for name in (place.name, rest) if first in _QUALIFIERS and rest else (place.name,):
            countries = sizes.setdefault(name, {})
            countries[place.country_code] = max(countries.get(place.country_code, 0), place.population)
    return {name: _dominant(countries) for name, countries in sizes.items()}


def _dominant(sizes: dict[str, int]) -> frozenset[str]:
    """Return the country of the largest city of a name where it is `_DOMINANT_TIMES` each other's size, else all.

    >>> sorted(_dominant({"NZ": 132_800, "US": 36_164})), sorted(_dominant({"CA": 569_353, "NZ": 192_100}))
    (['NZ'], ['CA', 'NZ'])
    """
    big = max(sizes, key=sizes.__getitem__)
    if all(sizes[big] >= _DOMINANT_TIMES * size for code, size in sizes.items() if code != big):
        return frozenset({big})
    return frozenset(sizes)


def _council_words(text: str, low: int, high: int) -> list[int]:
    """Return where "Council" or "council" starts in `text[low:high]`: a town's name in capitals before the word in
    lower case is its council too, as the papers write one they name again ("Lower Hutt council will spend $12m",
    "the Hutt city council"); the name's capitals, which `council_dollar` asks for, keep "the city council" out.

    >>> _council_words("Hutt City Council and the Lower Hutt council", 0, 44)
    [10, 37]
    """
    found = []
    for word in ("Council", "council"):
        at = text.find(word, low, high)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 7, high)
    return sorted(found)


def council_dollar(text: str, low: int, high: int) -> str | None:
    """Return the dollar of the one town of a dollar country whose council the paragraph `text[low:high]` names, or
    None: where its name is a town of several countries' too ("Hamilton City Council": New Zealand's, Canada's and
    Ohio's), or of none of those, the paragraph's "$" stays as it was.

    >>> t = "Hutt City Council will spend $12 million, Toowoomba Regional Council $4 million."
    >>> council_dollar(t, 0, 40), council_dollar(t, 40, len(t)), council_dollar("Hamilton City Council", 0, 21)
    ('NZD', 'AUD', None)
    >>> council_dollar("Lower Hutt council will spend $12 million", 0, 41)
    'NZD'
    >>> council_dollar("The town council of Taupo spent $2m.", 0, 36), council_dollar("The Council of Europe", 0, 21)
    ('NZD', None)
    """
    codes: set[str] = set()
    for at in _council_words(text, low, high):
        words = text[max(low, at - 80):at].split()
        if words and words[-1].capitalize() in _COUNCIL_KINDS:
            words.pop()
        names = [words[-size:] for size in range(min(_LONGEST, len(words)), 0, -1)]
        after = text[at + 7:min(high, at + 80)].split()
        if after[:1] == ["of"]:  # "the town council of Taupo": the town's name after the word, its first words
            # (its last word without the sentence's comma or stop, or a possessive: "of Taupo's")
            # (not one that goes on with "and" and a capital: "the council of Perth and Kinross" is Scotland's)
            names = [after[1:size] + [after[size].removesuffix("'s").rstrip(".,;:")]
                     for size in range(min(_LONGEST, len(after) - 1), 0, -1) if not _name_goes_on(after, size)]
        codes |= _town_dollar(names)
    return codes.pop() or None if len(codes) == 1 else None


def _name_goes_on(words: list[str], size: int) -> bool:
    """Return whether the name of `words[1:size + 1]` goes on after its last word with "and" and a capital."""
    last = words[size]
    return last[-1:].isalpha() and words[size + 1:size + 2] == ["and"] and words[size + 2:size + 3] != [] and \
        words[size + 2][:1].isupper()


def _town_dollar(names: list[list[str]]) -> set[str]:
    """Return the dollar of the first of `names` (longest first) in capitals that the gazetteer knows as a town: {""}
    where it is a town of several countries or of no dollar country's, {} where none is a town's."""
    for name in names:
        if not all(word[:1].isupper() for word in name):
            continue
        found = _town_countries().get(" ".join(name))
        if found is not None:  # the longest name the gazetteer knows, a dollar country's only or none
            return {_DOLLARS.get(next(iter(found)), "") if len(found) == 1 else ""}
    return set()
