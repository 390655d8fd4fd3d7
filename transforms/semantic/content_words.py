"""Which words carry meaning: not function words (in English and six other languages), not numbers."""

from __future__ import annotations

import unicodedata

import numpy as np

# Words that carry no meaning of their own (and leftovers of HTML entities in scraped news text).
FUNCTION_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each even ever few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself just
    me might more most much must my myself no nor not now of off on once only or other our ours out over
    own per rather said same say says she should since so some such than that the their theirs them
    themselves then there these they this those through to too under until up upon us very was we well
    were what when where which while who whom why will with within without would yet you your yours
    mr mrs ms s t m re ve ll d quot amp lt gt nbsp apos""".split()
) | frozenset(
    # The commonest function words of German, French, Spanish, Italian, Portuguese and Dutch: a quote in
    # one of them inside an English paragraph (or a paragraph in one of them, with a taxonomy that declares
    # no languages: transforms.pipeline.own_languages) is labelled by its content words
    # ("Regierung", "ministre"), not by "der" and "und" leaning to whatever theme their vectors lean
    # to. Words that are also English words, names or abbreviations with a meaning in news are left
    # out: die, den, war, man, hat, bin, kind, gift, rat, van, met, hay, con, son, par, pour, plus,
    # tout, para, sin, non; MIT, ESA, CES, DEI, OS, ER, EM, ALS, UN, AU, EST, ET, NE, SE; and name
    # parts (El Niño, Los Angeles, Las Vegas, Al Qaeda, Des Moines, Han, Che, Di, Ed, Elle, La, Da, Dan).
    """der und das ist nicht ein eine einer eines einem einen zu sich auf für von werden wird wurde wurden
    sind bei nach auch wie noch über dass daß oder aber wenn nur sie ihr ihre ihren ihrem ihrer sein
    seine seinen seinem seiner wir ich du es im vom zum zur um durch gegen ohne vor schon sehr kann
    können muss müssen soll sollen hatte hatten habe haben waren worden diese dieser dieses diesen
    diesem kein keine mehr jetzt dann doch denn weil le les du une dans pas qui que sur aux avec ce
    cette il ils elles nous vous leur leurs sont ont été être avoir mais ou où donc ses mon mes qu aussi
    très comme entre sans sous chez fait peut tous toutes toute lui dont cela ça je del una uno su sus
    lo como pero más muy ya fue ser está están este esta estos estas ese sobre cuando también donde
    porque según hasta desde nos qué il della delle degli gli alla alle nel nella nei sono è anche più
    questo questa essere hanno dal dalla sul sulla tra das um uma não são ao aos na nas pelo pela mais
    seu sua foi ter tem mas eles het een en de dat niet zijn voor aan ook wordt worden naar bij maar om
    te ze nog wel hij wij ik heeft hebben deze""".split()
)
# Numbers in words carry no theme, as numbers in digits do not: their vectors lean wherever the
# model's training text used them most ("second" to sport, "hundreds" and "thousands" to science,
# "ten" to politics), and in a headline of six words one of them is a sixth of its meaning ("Monsoon
# floods displace thousands in Assam" was science and technology). Cardinals, ordinals to tenth and
# scale words (a number with letters, "5bn", "1990s", "5G", still counts). On the dev corpora bbc-dev
# went from 0.9515 to 0.9524 and agnews-dev from 0.8326 to 0.8353; no half went down (docs/labels.md, "Measure").
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
    dozen hundreds thousands dozens tens million millions billion billions trillion trillions first
    second third fourth fifth sixth seventh eighth ninth tenth""".split()
)


def is_content_word(word: str) -> bool:
    """Return whether a (lower-case) word counts: not a function word, a letter or a number, in
    digits or in words (`NUMBER_WORDS`).

    A word written with combining accents is read composed (`composed`): "e\u0301te\u0301" is "été".

    A number written with a decimal point or commas ("1,500", "4.5": transforms.semantic.number_words)
    is a number too; one with letters ("4.5bn") counts, as "5bn" does.

    >>> [is_content_word(w) for w in ("the", "x", "2004", "thousands", "second", "tariff", "tre\u0300s")]
    [False, False, False, False, False, True, False]
    >>> [is_content_word(w) for w in ("1,500", "4.5", "4.5bn")]
    [False, False, True]
    """
    word = composed(word)
    return (word not in FUNCTION_WORDS and len(word) > 1 and word not in NUMBER_WORDS
            and not word.replace(",", "").replace(".", "").isdigit())


def composed(word: str) -> str:
    """Return a word in Unicode's composed form (NFC), as function words are listed and as the
    tokenizer reads a word best: a text may write "é" as "e" and a combining U+0301 (some exports),
    and the word must count, and weigh, as it does written composed.

    >>> composed("e\u0301te\u0301") == "été", composed("tariff")
    (True, 'tariff')
    """
    return word if word.isascii() else unicodedata.normalize("NFC", word)


def contraction_heads(text: np.ndarray, start: np.ndarray, end: np.ndarray, code: np.ndarray,
                      distinct: list[str]) -> np.ndarray:
    """Return, per word occurrence (in text order, as transforms.semantic.batch_words gives them),
    whether it is the head of a negative contraction: "don" of "don't", "won" of "won't", "couldn",
    "haven", a word followed at once, across one apostrophe, by "t" of the same text.

    Words are split at apostrophes, so "didn't" was "didn" and "t": "t" is a function word, but the
    head was a content word with a vector of its own, and it carried themes as semantic evidence
    (a quote's "couldn", "doesn", "don" leaning to whatever their vectors lean to; "won" of "won't"
    read as a win, sport). A head is no semantic evidence (transforms.semantic.layer): "won" in
    "they won the cup" still is, as "haven" in "tax haven". The article vectors `learn` fits on
    (transforms.semantic.occurrences) keep the heads: there they are features of the fitted model,
    shown to no one, and without them agnews-dev's cross-validated accuracy went from 0.8806 to
    0.8797, below its 0.88 target (0.8808 with them; bbc-dev 0.9776 either way).

    >>> contraction_heads(np.array([0, 0, 0]), np.array([0, 4, 6]), np.array([3, 5, 9]),
    ...                   np.array([0, 1, 2]), ["don", "t", "go"]).tolist()
    [True, False, False]
    """
    heads = np.zeros(len(code), dtype=bool)
    try:
        t = distinct.index("t")
    except ValueError:
        return heads
    heads[:-1] = (code[1:] == t) & (start[1:] == end[:-1] + 1) & (text[1:] == text[:-1])
    return heads
