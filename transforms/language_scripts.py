"""The languages of the script a text is written in, where few languages write it."""

from __future__ import annotations

import re

# A script only a few languages write (Arabic's, Devanagari, Greek, Hebrew, Hangul, India's others, ...): where nearly
# all of a text's letters are in one, py3langid's guess among its languages is right but less sure, as among Chinese
# and Japanese (an Arabic news sentence: 0.55 to 0.86, as it weighs Persian and Urdu; a Hindi one 0.90): an Arabic or
# Hindi records file's articles were of unknown language. Latin and Cyrillic scripts, which many languages share, are
# none of these: a guess there needs transforms.language.MIN_CONFIDENCE.
_SCRIPTS = (
    (re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"), frozenset("ar fa ur ps ug ku".split())),
    (re.compile(r"[\u0900-\u097f]"), frozenset("hi mr ne".split())),
    (re.compile(r"[\u0980-\u09ff]"), frozenset("bn as".split())),
    (re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), frozenset({"el"})),
    (re.compile(r"[\u0590-\u05ff]"), frozenset({"he"})),
    (re.compile(r"[\uac00-\ud7a3]"), frozenset({"ko"})),
    (re.compile(r"[\u0a00-\u0a7f]"), frozenset({"pa"})),
    (re.compile(r"[\u0a80-\u0aff]"), frozenset({"gu"})),
    (re.compile(r"[\u0b80-\u0bff]"), frozenset({"ta"})),
    (re.compile(r"[\u0c00-\u0c7f]"), frozenset({"te"})),
    (re.compile(r"[\u0c80-\u0cff]"), frozenset({"kn"})),
    (re.compile(r"[\u0d00-\u0d7f]"), frozenset({"ml"})),
    (re.compile(r"[\u10a0-\u10ff]"), frozenset({"ka"})),
    (re.compile(r"[\u0530-\u058f]"), frozenset({"hy"})),
)
_SCRIPT_SHARE = 0.8
_LETTER = re.compile(r"[^\W\d_]")


def script_languages(text: str) -> frozenset[str]:
    """Return the languages of the script nearly all of a text's letters are in, where few languages write it
    (`_SCRIPTS`); else none.

    >>> sorted(script_languages("ويستمر المعرض حتى منتصف الشهر المقبل.")), script_languages("Rates rose 2%.")
    (['ar', 'fa', 'ku', 'ps', 'ug', 'ur'], frozenset())
    """
    letters = len(_LETTER.findall(text))
    for script, languages in _SCRIPTS:
        if letters and len(script.findall(text)) >= _SCRIPT_SHARE * letters:
            return languages
    return frozenset()
