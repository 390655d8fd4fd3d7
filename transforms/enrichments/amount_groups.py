"""Capitalised plurals an amount counts: a people ("40 Palestinians"), members by their letters ("30 MPs"), and a
group named in the plural before its verb ("200 Maoists launched", "killed 35 Taliban.").

A capitalised word after a number is as often a name's ("21 Grams", "60 Minutes", "Six Flags") or a headline's
word in Title Case, so a plural of any other name is the object only where no lower-case noun follows it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.enrichments.amount_currencies import NATIONAL_CURRENCIES
from transforms.enrichments.place_names import demonym_plural, gazetteer
from transforms.enrichments.place_table import places_toml


def people(word: str) -> bool:
    """Return True when a capitalised word is a people or a group in the plural, as wire copy counts the dead and
    the evacuated by their nation ("40 Palestinians", "2,000 Britons": the demonyms of `places.toml`) and members
    by their letters ("30 MPs", "three DJs"). Not any capitalised plural: after a number one is as often a
    title's or a firm's ("21 Grams", "60 Minutes", "Six Flags") or a headline's word in Title Case ("12 Days").

    >>> [people(w) for w in ("Palestinians", "MPs", "US", "Texas", "Minutes")]
    [True, True, False, False, False]
    """
    return word in _peoples() or _LETTERS_PLURAL.fullmatch(word) is not None


_LETTERS_PLURAL = re.compile(r"[A-Z]{2,4}s")
# A people's two-word name in the plural ("Sri Lankans", "New Zealanders", "South Africans"): its first word
_NEXT_NAME = re.compile(r"[^\S\n]+([A-Z][a-z]+)\b")


def people_named(text: str, position: int, word: str) -> tuple[str, int] | None:
    """Return the people in the plural that starts with `word`, which ends at `position`, and where it ends: the
    word itself ("Palestinians") or it and the next ("400,000 Sri Lankans" counts "Sri Lankans", not "Lankans").

    >>> people_named("Sri Lankans work", 3, "Sri"), people_named("Iraqis", 6, "Iraqis"), people_named("Sri", 3, "Sri")
    (('Sri Lankans', 11), ('Iraqis', 6), None)
    """
    if people(word):
        return word, position
    second = _NEXT_NAME.match(text, position) if word in _first_words() else None
    if second and f"{word} {second.group(1)}" in _peoples():
        return f"{word} {second.group(1)}", second.end()
    return None


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    """Return the plurals of the demonyms of `places.toml` that name people ("Russians", "Iraqis", "Britons",
    "Serbs", "Greeks", "New Zealanders"), and of a few peoples that are no nation's ("Kurds", "Tutsis")."""
    demonyms = places_toml()["demonyms"]
    return frozenset(plural for demonym in (*demonyms, *_NO_NATIONS) if (plural := _plural(demonym)))


# Peoples of no nation of `places.toml` that news counts ("1,200 Tutsis", "300 Kurds", "40 Uighurs")
_NO_NATIONS = ("Kurd", "Tutsi", "Hutu", "Uighur", "Uyghur", "Yazidi", "Pashtun", "Tamil", "Bedouin", "Berber")


def _plural(demonym: str) -> str | None:
    """Return a demonym's plural that names people: `demonym_plural`'s ("Russians"), or an "-s" after a noun
    ("Serbs", "Greeks", "Danes", "Filipinos", "New Zealanders"); None for an adjective ("Chinese", "French",
    "British", "Swiss", "Icelandic") or a plural already ("Scots").

    >>> [_plural(d) for d in ("Russian", "Serb", "New Zealander", "Chinese", "Dutch", "Czech", "Swiss", "Scots")]
    ['Russians', 'Serbs', 'New Zealanders', None, None, 'Czechs', None, None]
    """
    if plural := demonym_plural(demonym):
        return plural
    if demonym.endswith(("ese", "sh", "ch", "s", "ic")) and demonym != "Czech":
        return None
    return demonym + "s"


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Return the first words of the peoples of two words ("Sri", "New", "South", "North")."""
    return frozenset(name.split()[0] for name in _peoples() if " " in name)


# Peoples whose plural is the adjective ("5,000 Chinese", "1.5 million Rohingya"): the group counted where no noun
# follows (`amount_objects`: "5,000 Chinese work" counts them, "5,000 Chinese companies" the companies)
PEOPLES_WITHOUT_S = frozenset("Chinese Japanese Vietnamese Lebanese Sudanese Portuguese Taiwanese Congolese "
                              "Burmese Nepalese Senegalese Swiss British English French Irish Welsh Dutch "
                              "Rohingya Inuit Maasai Hmong".split())


# A plural name of a group: a capital, lower-case letters and an "s" ("Maoists", "Democrats", "Oscars"), not "ss"
# ("Congress"), nor a name of the gazetteer that ends so ("Texas", "Athens", "Wales", "Leeds", "Illinois": a results
# line's "Chelsea 2 Leeds 1" counts no Leeds; a hand-kept list of 21 such places missed the others).
_GROUP_PLURAL = re.compile(r"[A-Z][a-z]{2,}(?<!s)s")


# A measure or a span capitalised after a number in prose is a title's ("21 Grams", "the 12 Days of Christmas", "127
# Hours"), and a currency's a sum's (`amount_pattern` reads "5.45m Euros")
_TITLE_MEASURES = frozenset("Seconds Minutes Hours Days Nights Weeks Months Years Decades Centuries Miles Grams "
                            "Kilos Pounds Dollars Euros Rupees Cents".split()) | {
    # ... and so is a currency several countries call so, whose country is not named ("300 Pesos", "40 Dinars")
    word.capitalize() for word in NATIONAL_CURRENCIES}


# A name that starts its sentence right before the number: a score's team, and the capitalised plural after it a
# scorer's name ("Ireland 17 Jones kicked", "Wales 21 Adams said"), no group (`group_plural`)
_TEAM_BEFORE = re.compile(r"(?:\A|\n|[.!?;:]['\"’”]?[^\S\n]+)"
                          r"(?!(?:Yesterday|Today|Now|Then|Meanwhile|Last|Only|Some|About|Nearly|Almost|Over|Under|Around|Roughly|All|The|These|Those|Its|Their|In|On|At|By|For|Of"
                          r"|And|But|With|From|After|Before|Since)\b)[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?[^\S\n]+\Z")


def group_plural(word: str) -> bool:
    """Return True when a capitalised word read past after a number may be the group it counts, if no lower-case noun
    follows it ("About 200 Maoists launched an attack", "300 Democrats voted for"; not "Texas", "Congress").

    >>> [group_plural(w) for w in ("Maoists", "Democrats", "Texas", "Congress", "Korean", "MPs", "Grams")]
    [True, True, False, False, False, False, False]
    """
    return _GROUP_PLURAL.fullmatch(word) is not None and word not in _TITLE_MEASURES and (
        people(word) or word not in gazetteer())  # "Palestinians" is also a name of the territory


def after_team(text: str, start: int) -> bool:
    """Return True when the amount at `start` follows a name that starts its sentence, as a score follows its team
    ("Ireland 17 Jones kicked": "Jones" is a scorer, no group; not "In Gaza 200 Maoists", "Some 200 Maoists").

    >>> [after_team(t, t.index("2")) for t in ("Wales 21 Adams", "It ended. Wales 21 Adams", "In Gaza 200", "Some 200")]
    [True, True, False, False]
    """
    return start >= 0 and _TEAM_BEFORE.search(text, max(0, start - 40), start) is not None
