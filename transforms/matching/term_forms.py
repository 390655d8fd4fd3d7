"""The forms a taxonomy term is matched in: its inflections, and whether it is an acronym."""

from __future__ import annotations

import unicodedata

_VOWELS = set("aeiou")
# What a key's entry does for its theme: a term counts; an exclusion silences the theme's terms inside it; a verb
# reading ("<verb form> <determiner>") says that the theme's noun term or noun exclusion starting there is no hit; a
# noun reading ("<verb form> <determiner> <time>") says that it is the noun after all.
TERM, EXCLUSION, VERB, NOUN = 0, 1, 2, 3
# Words after which a `noun` term is a verb with its object ("match the forecast", "fine them"); not "this" or "that",
# which after a noun name a time or open a clause as often ("Nurses strike this week", "the teachers strike that
# closed 300 schools", "the match this weekend").
DETERMINERS = ("the", "a", "an", "these", "those", "their", "his", "her", "its", "our",
               "my", "your", "them", "him", "it", "us", "me", "expectations", "forecasts")
# A time after the determiner is when the noun happens, not the verb's object: "Teachers strike the week before
# exams", "Nurses strike a day after the budget" (no one strikes a week; "match the day" is as rare).
TIME_AFTER = tuple(f"{word} {time}" for word in ("the", "a", "these", "those")
                   for time in ("day", "days", "week", "weeks", "weekend", "month", "months", "year", "morning",
                                "afternoon", "evening", "night"))


def inflections(term: str, verb: bool = False) -> set[str]:
    """Return the forms of a term that match it: plural, and with `verb` the -ed and -ing forms.

    >>> sorted(inflections("policy"))
    ['policies', 'policy']
    >>> sorted(inflections("ban", verb=True))
    ['ban', 'baned', 'baning', 'banned', 'banning', 'bans']
    """
    head, _, last = term.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms = {last}
    if last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
        forms.add(last[:-1] + "ies")
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(last + "es")
    else:
        forms.add(last + "s")
    if verb:
        stem = last[:-1] if last.endswith("e") else last
        if last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
            forms.add(last[:-1] + "ied")
        forms.update({stem + "ed", stem + "ing"})
        if len(last) >= 3 and last[-1] not in _VOWELS | {"w", "x", "y"} and last[-2] in _VOWELS:
            forms.update({last + last[-1] + "ed", last + last[-1] + "ing"})
    return {prefix + form for form in forms if form}


def exclusion_forms(phrase: str) -> set[str]:
    """Return the forms of an `exclude` phrase that silence a theme's terms inside them: its plural, and for
    "X of Y" the plural of X ("wars of words"), as a term's plural is found inside them.

    >>> sorted(exclusion_forms("war of words")), sorted(exclusion_forms("safety net"))
    (['war of words', 'war of wordses', 'wars of words'], ['safety net', 'safety nets'])
    """
    forms = inflections(phrase)
    head, of, rest = phrase.partition(" of ")
    if of and head and rest:
        forms.update(f"{form}{of}{rest}" for form in inflections(head))
    return forms


def is_acronym(term: str) -> bool:
    """Return whether a term is written in capitals ("EU", "NHS"): an acronym, matched only so."""
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def spellings(form: str) -> set[str]:
    """Return a term form as written and in both Unicode normal forms, composed and decomposed.

    A text may write "é" as one character or as "e" and a combining accent (macOS file names, some CMS
    exports); the term matcher finds an acronym as written ("ÉU" is no "EU"), so it looks for both spellings.

    >>> sorted(map(len, spellings("café"))), spellings("cafe")
    ([4, 5], {'cafe'})
    """
    if form.isascii():
        return {form}
    return {form, unicodedata.normalize("NFC", form), unicodedata.normalize("NFD", form)}
