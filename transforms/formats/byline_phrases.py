"""Whether the words after a "By" are a heading's, not a writer's names: "By Popular Demand", "By Royal Appointment",
"By Invitation Only", "By the Numbers" open a standfirst or a section, as a byline opens with "By".

A person's name holds no adjective and no abstract noun of English: a word with their endings ("Popular", "Famous",
"Exclusive", "Appointment", "Subscription") or one of the nouns a "by" idiom takes ("Demand", "Request", "Design",
"Default", "Accident") makes the words a phrase. Surnames that are such nouns ("Hand", "Chance", "Law", "Day", "Way")
are not among them, and the endings are long ones no given name or surname of news writes ("Clive", "Omar", "Eric",
"Constance", "Felicity", "Martial" and "Lawless" keep theirs: "-ive" only from seven letters, and no "-ar", "-ic",
"-ance", "-ity", "-ial" or "-less").
"""

from __future__ import annotations

from collections.abc import Iterable

# The nouns (and "only") a "by" idiom or a rubric writes, which no name of news holds
_IDIOM_WORDS = frozenset(
    """numbers appointment invitation only request demand design default comparison contrast definition proxy
    accident mistake degrees nature""".split()
)
# Endings of English adjectives and abstract nouns, each with the least length of a word read by it: "Popular",
# "Famous", "Grateful", "Historical", "Exclusive" (not "-less": "Lawless" and "Bayless" are surnames); "Appointment",
# "Invitation", "Permission", "Partnership" ("Clement" is shorter than eight letters, and "Clive", "Olive" than seven)
_ENDINGS = (("ular", 6), ("ous", 6), ("ful", 6), ("ical", 7), ("ive", 7),
            ("ment", 8), ("tion", 8), ("sion", 8), ("ship", 8))


def is_heading_phrase(words: Iterable[str]) -> bool:
    """Return whether the words after a byline's "By" are a heading's phrase, not a person's name.

    >>> is_heading_phrase("Popular Demand".split()), is_heading_phrase("Royal Appointment".split())
    (True, True)
    >>> is_heading_phrase("Jane Doe".split()), is_heading_phrase("Jacques Clement".split())
    (False, False)
    >>> is_heading_phrase("Jude Law".split()), is_heading_phrase("Clive Myrie".split())
    (False, False)
    """
    for word in words:
        lowered = word.strip(".,;:!?").lower()
        if lowered in _IDIOM_WORDS or any(
                len(lowered) >= least and lowered.endswith(ending) for ending, least in _ENDINGS):
            return True
    return False
