"""British and Commonwealth spellings of VADER's American words, each read with its American word's valence.

VADER's lexicon holds some British forms ("honour", "favoured", "sceptical", "defence") but not all of each family:
"favourable", "favourite", "humourless", "tumour", "sombre", "marvellous" had no tone, while BBC, Guardian, ABC and
CBC copy spells them so. `british_spellings` writes each lexicon word as British style guides do, by the rules of
`_RULES` (Oxford's -our words, -ise, -ence, -re, a doubled "l", "fulfil", "manoeuvre"), and `lexicon` adds each form
it lacks with its American word's valence; a form the lexicon has keeps its own.
"""

from __future__ import annotations

import re

# The -or words British spelling writes -our. A list, not a rule: "error", "horror", "terror", "tenor", "inferior" keep
# their -or in British English too. The -our stays before an ending of English ("favourable", "favourite",
# "humourless", "honourably") and goes before a Latin one ("humorous", "honorary", "honorific", "vigorous").
_OUR_STEMS = ("favor", "honor", "humor", "rumor", "labor", "behavior", "color", "neighbor", "tumor", "vigor",
              "glamor", "splendor", "savor", "harbor", "valor", "clamor", "candor", "ardor", "rancor", "odor", "vapor",
              "endeavor", "armor", "flavor", "fervor", "parlor", "demeanor")
_OUR = "|".join(stem[:-2] for stem in _OUR_STEMS)
_OUR_ENDINGS = ("", "s", "ed", "ing", "er", "ers", "able", "ably", "ableness", "ite", "ites", "itism", "itisms",
                "ited", "less", "lessness", "ful", "fully", "y")
# The American -er words British spelling writes -re ("sombre", "meagre"); "better", "bitter", "matter" keep -er.
_RE_STEMS = ("somb", "meag", "cent", "theat", "spect", "lust", "fib", "sab", "calib", "sepulch")

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^((?:un|dis|mis)?(?:{_OUR}))or(?=({'|'.join(_OUR_ENDINGS)})$)"), r"\1our"),
    # -ize, -ization, -izer as -ise, -isation, -iser, after three letters or more: "prize" and "size" are no suffix
    (re.compile(r"(?<=[a-z]{3})iz(?=(e|ed|es|ing|er|ers|ation|ations)$)"), "is"),
    # the nouns of "defend" and "offend" ("defence", "offences"), not their adjectives ("defensive", "offensive")
    (re.compile(r"^(de|of)fense(?=(s|less|lessly|lessness|man|men)?$)"), r"\1fence"),
    (re.compile(rf"^({'|'.join(_RE_STEMS)})er(?=(s|ly|ness)?$)"), r"\1re"),
    # the "l" of an "-el" doubled before an ending ("marvellous", "crueller", "funnelled", "libellous"); not
    # "feeling", "smiled", nor the "-ul" of "fabulous", "ridiculous", "beautifuler"
    (re.compile(r"(?<=[^aeiou]e|ue)l(?=(ed|ing|er|ers|est|ous|ously)$)"), "ll"),
    (re.compile(r"^(un)?fulfill(?=(s|ment|ments)?$)"), r"\1fulfil"),
    (re.compile(r"maneuver(?=(ed|ing)$)"), "manoeuvr"),  # "outmanoeuvred": the "e" of "-vre" drops before "-ed"
    (re.compile(r"maneuver(?=s?$)"), "manoeuvre"),
    (re.compile(r"^(sk)(?=eptic)"), "sc"),
    (re.compile(r"^coz(?=(y|ier|iest|ily|iness)$)"), "cos"),
)


def british_spelling(word: str) -> str:
    """Return a word of VADER's lexicon as British style writes it (itself where it has no other spelling).

    >>> [british_spelling(w) for w in ("favorable", "humorous", "tumor", "apologize", "prize", "defenseless")]
    ['favourable', 'humorous', 'tumour', 'apologise', 'prize', 'defenceless']
    >>> [british_spelling(w) for w in ("somber", "better", "marvelous", "feeling", "fulfillment", "outmaneuvered")]
    ['sombre', 'better', 'marvellous', 'feeling', 'fulfilment', 'outmanoeuvred']
    """
    for pattern, replacement in _RULES:
        word = pattern.sub(replacement, word)
    return word


def british_spellings(words: dict[str, float]) -> dict[str, float]:
    """Return the British forms of `words` that are not among them, each with the valence of its American word."""
    added: dict[str, float] = {}
    for word, valence in words.items():
        british = british_spelling(word)
        if british != word and british not in words:
            added.setdefault(british, valence)
    return added
