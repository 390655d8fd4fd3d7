"""Whether a date's "listopada" is October (Croatian) or November (Polish), where its language is not written.

"listopada" is the genitive of Croatian's October and of Polish's November (`month_names`). A page's `lang` or a
record's language decides; where neither is written, the date's own words do ("dnia" before it, "r." after its
year: Polish), else the page's or record's other words: a handful of the commonest words of each language that the
other does not write ("się", "że", "jest", "który" against "je", "su", "će", "što", "koji"). A text that shows neither
clearly (a few words, a quote in the other language) leaves the date to the rule a date alone is read by, its day's
full stop ("15. listopada 2024.", Croatian's ordinal: October; "15 listopada 2024": November), as before: that rule
was right for most such dates, and a date left unread would lose them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from transforms.formats.month_names import croatian_october, polish_november

# Polish's and Croatian's (Bosnian's and Serbian's in Latin letters too) commonest words that the other language
# does not write as a word of its own ("na", "za", "do", "od", "i", "w" are both's, or too short to tell).
_POLISH = frozenset("się że jest nie oraz przez który która które których dla już jak być został została będzie "
                    "tylko także jego jej ich może powiedział".split())
_CROATIAN = frozenset("je su će što koji koja koje kojem nije kao bi iz ili biti bilo jer kako također prema "
                      "njegov njezin rekao godine".split())
_WORD = re.compile(r"\w+")
_SAMPLE = 20_000  # characters of the text read: a page's first screens say its language
_MIN_WORDS = 3  # of one language's, and twice the other's: a quote's or a name's few words decide nothing


def words_language(text: str) -> str | None:
    """Return "pl" or "hr" where a text's common words say Polish or Croatian clearly, else None.

    >>> words_language("Rząd przyjął projekt, który zakłada, że deficyt nie wzrośnie, jak powiedział minister.")
    'pl'
    >>> words_language("Vlada je rekla da će mjere, koje su najavljene, stajati kao i prošle godine.")
    'hr'
    >>> words_language("The minister said on Tuesday that the budget would pass.") is None
    True
    """
    polish = croatian = 0
    for word in _WORD.findall(text[:_SAMPLE].lower()):
        polish += word in _POLISH
        croatian += word in _CROATIAN
    if polish >= _MIN_WORDS and polish >= 2 * croatian:
        return "pl"
    if croatian >= _MIN_WORDS and croatian >= 2 * polish:
        return "hr"
    return None


def listopad_month(date: str, context: str, language: str, text: Callable[[], str]) -> str:
    """Return a date with its "listopada" written as the month it is, October or November, where its language (else
    its `context`'s words, else the page's or record's `text`, asked for only then) says which; else as it is.

    >>> listopad_month("3 listopada 2024", "3 listopada 2024", "", lambda: "Vlada je rekla da će i što kao koji.")
    '3 October 2024'
    >>> listopad_month("15. listopada 2024", "", "", lambda: "Rząd przyjął projekt, który jest, że się nie.")
    '15. November 2024'
    >>> listopad_month("15. listopada 2024.", "", "", lambda: "No words of either.")
    '15. listopada 2024.'
    """
    if "istopad" not in date and "ISTOPAD" not in date:  # a cheap test first: most dates name no such month
        return date
    language = language or words_language(text()) or ""
    october = croatian_october(date, language.lower().partition("-")[0])
    return october if isinstance(october, str) and october != date else polish_november(date, context, language)
