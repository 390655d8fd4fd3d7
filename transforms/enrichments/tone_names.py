"""Words of praise inside a capitalised name, which carry no tone: "Great Barrier Reef", "Good Friday", "Best Buy".

A name is recognised by its case, not by a list of names: news capitalises each word of a proper name and no other word
but a sentence's first, so a capitalised word of praise within a sentence, right before another capitalised word ("the
Great Lakes", "in Happy Valley", "the Golden State Warriors", "shares in Best Buy") or right after one ("at Lake
Superior", "Bob Hope") or after one and a name's lower-case "of" ("the Statue of Liberty", "the Order of Merit"), stands
in a name, where the same word as an adjective does not ("Great news for savers", "Good results lifted shares": a
lower-case word follows). A sentence's first word is capitalised whatever it is, so there it
stands in a name only before a name of two words or more ("Great Barrier Reef suffers", "Great Ormond Street") or one
its article writes within a sentence too ("in Great Britain"): before a name of one word it is an adjective as often
("Jubilant Spain revels", "Faultless Federer", "Strong Chinese demand" in the dev corpora). A gazetteer would know the
places only, not the shops, films, firms and feasts that news names as often; of the dev corpora's 608 words of praise
so read, all but a few are in names ("Certain Pioneer TVs" is not). A headline in title
case capitalises every word of weight ("Crude Futures Ease on News of Good Supply", "Seeks Reconciliation with
Oil-Rich Venezuela"), so a paragraph whose lower-case words are all short or its little words of relation ("from",
"with", "after") is read as one and keeps its words' tone, and so is a paragraph's opening run of capitalised words that
holds a capitalised word of relation ("Kansas Gets Chance For Revenge Against Nevada The Jayhawks were...", "Treo With
Faster Chip, Better Display"): a headline run into its story's first line, where a name would leave "for" and "with" in
lower case. At a sentence's start, a word with an adjective's ending ("-ful", "-ous", "-ive", "-ant", "-ent": "Exuberant
Red Sox fans", "Powerful Typhoon Chaba", "Impressive New Zealand") is read as an adjective before a name of any length
unless its article writes the pair mid-sentence: news opens with such a word to describe a side or a storm, where names
open with the plainer "Great", "Golden", "Happy", "Best". A participle in "-ed" is not so read: firms open their names
with one ("Advanced Micro Devices", "Applied Materials", "Allied Irish Banks") as often as news describes with one
("Favored Pleasantly Perfect"). A sentence's first word and a one-word name before a lower-case noun that words follow
are one name that qualifies the noun ("Top Gear presenter to host", "Good Friday traffic jams": `_names_a_noun`), and a
word of praise in a run that the places' gazetteer names is a town's ("Pleasant Grove City Council", "Mount Pleasant
police": `_in_place`). The noun may be a plural where a plural's verb follows it ("Best Picture nominees were
announced": `_PLURAL_VERBS`), and a body's head closing the run makes it a firm's name whatever its first word's ending
("Elegant Hotels Group": `_BODY_HEADS`). Only words of praise are read so: a bad word in a name is
often the event it names ("Hurricane Katrina", "the Great Depression"). Python work per capitalised word of praise
found: a few hundred a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.tone_feelings import feeling_before_people

# what ends a sentence or opens an aside, a quote or a headline's body ("Reuters - Defense Secretary", "(Good"), so a
# capitalised word after it may be one of case alone
_SENTENCE_ENDS = frozenset(".!?:;\"“”'‘’-–—([\\…")
# the shortest lower-case word that a title-case headline would capitalise ("of", "on", "a" it leaves), and the longer
# words of relation that some styles leave lower-case too ("Profits from Anger Over Reforms")
_TITLE_WORD = 4
# the words of relation a title-case headline capitalises ("Chance For Revenge", "Treo With Faster Chip"), which a
# name leaves lower-case ("Statue of Liberty", "Trinity and All Saints"): "of", "and" and "the" are left out for the
# names that capitalise them ("Bank Of America", "Kansas City The Jayhawks" would not need them)
_HEADLINE_RELATIONS = frozenset(
    "for with against from into onto upon over after amid despite before behind during since until across toward "
    "towards on in at to as vs".split()
)
# the endings of adjectives that describe rather than name (Exuberant, Powerful; a feeling's participle before people:
# `tone_feelings`); a word of fewer letters than `_ADJECTIVE_LETTERS` ("Red", "Good") is too short to tell by its end
_ADJECTIVE_ENDS = ("ful", "ous", "ive", "ant", "ent")
_ADJECTIVE_LETTERS = 6
# the lower-case words after a one-word name that are no noun it qualifies: a verb's past without "-ed", a modal, a
# word of relation ("Faultless Federer won", "Happy Valley to get", "Brave Murray and Henman"); a noun is of
# `_NOUN_LETTERS` letters at least ("star")
_NOT_NOUNS = frozenset(
    "and but or nor the for with from into onto over after amid than that this then will would can could may might "
    "must shall should did does had has have was were are won beat lost took made ran led hit set saw got came went "
    "fell rose kept left held gave sent met put cut let win lose take make run lead keep hold give meet seal "
    "claim".split()
)
_NOUN_LETTERS = 3
# the verbs that follow a plural subject and no verb ("Best Picture nominees were announced", "Happy Valley residents
# have"): a plural noun before one is the noun a name qualifies, where a verb's "-s" before a word is a one-word name's
# verb ("Jubilant Spain revels in")
_PLURAL_VERBS = frozenset("are were have had will would can could may might must should shall".split())
# the words that close a firm's or a body's name, whatever words of praise open it ("Elegant Hotels Group", "Brilliant
# Earth Holdings", "Progressive Care Inc"): an adjective's ending no longer says the opening word describes
_BODY_HEADS = frozenset(
    "group holdings inc corp corporation company co ltd plc llc limited partners industries enterprises trust "
    "foundation association society institute".split()
)
_TITLE_LOWER = frozenset(
    "from with into onto upon over than that this after amid among about against between through under without within "
    "despite before behind during since until near past across along around toward towards while when".split()
)


def named_praise(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray,
                 article: np.ndarray | None = None) -> np.ndarray:
    """Return which of `words` (word numbers of words of praise in `text`, the batch's `lowered`; `joined` as written)
    stand in a capitalised name. A name written mid-sentence counts for its own article only (`article`: each
    paragraph's article number): a paragraph's tone is the same whichever files share its batch.

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> text = "Great Barrier Reef suffers. Great news for savers at Lake Superior"
    >>> lowered = text.lower().replace(".", " ")
    >>> named_praise(lowered, text, word_starts(lowered), np.zeros(11, int), np.array([0, 4, 10])).tolist()
    [True, False, True]
    >>> text = "Statue of Liberty. But Qualifying: Surprises. Jubilant Spain won"
    >>> lowered = text.lower().replace(".", " ").replace(":", " ")
    >>> named_praise(lowered, text, word_starts(lowered), np.zeros(9, int), np.array([2, 5, 6])).tolist()
    [False, False, False]
    """
    named = np.zeros(len(words), dtype=bool)
    opening: list[tuple[int, int]] = []  # (index in `words`, word number) of those that open their sentence
    # each article's names of two words seen mid-sentence: (article, "great", "britain")
    names: set[tuple[int, str, str]] = set()
    owner = np.zeros(int(paragraph.max(initial=0)) + 1, dtype=np.int64) if article is None else article
    titled: dict[int, int] = {}  # per paragraph, the word number after its title-case headline
    for at in np.flatnonzero(_capitalised_words(joined, starts[words])).tolist():
        word = int(words[at])
        if _titled(text, joined, starts, paragraph, word, titled):
            continue
        run = _capitals_after(text, joined, starts, paragraph, word)
        if _opens_sentence(joined, starts, paragraph, word):
            opening.append((at, word))
            continue
        before = _same(paragraph, word, word - 1) and _joined(text, joined, starts, word - 1) \
            and _capitalised(joined, int(starts[word - 1])) and not _opens_sentence(joined, starts, paragraph, word - 1)
        named[at] = run > 0 or before or _after_of(text, joined, starts, paragraph, word) \
            or _in_place(text, joined, starts, paragraph, word)
        if run:
            names.add((int(owner[paragraph[word]]), *_pair(text, starts, word)))
    # a sentence's first word is capitalised whatever it is, so before a name it is an adjective as often as a part of
    # it ("Jubilant Spain revels", "Faultless Federer": a name of one word after it); a name of two words or more after
    # it ("Great Barrier Reef suffers", "Great Ormond Street"), or a name its article writes mid-sentence too ("in Great
    # Britain"), says it is one
    # ("Exuberant Red Sox fans", "Powerful Typhoon Chaba": an adjective's ending says it describes, `_ADJECTIVE_ENDS`)
    for at, word in opening:
        run = _capitals_after(text, joined, starts, paragraph, word)
        described = _adjective_form(text, int(starts[word])) or feeling_before_people(text, joined, starts, paragraph,
                                                                                      word, run)
        described = described and not (run >= 2 and _written(text, joined, starts, word + 2).lower() in _BODY_HEADS)
        written = run >= 1 and (int(owner[paragraph[word]]), *_pair(text, starts, word)) in names
        named[at] = (run >= 2 and not described) or written \
            or _in_place(text, joined, starts, paragraph, word) \
            or (run == 1 and _names_a_noun(text, joined, starts, paragraph, word))
    return named


def _same(paragraph: np.ndarray, word: int, other: int) -> bool:
    """Whether word number `other` exists and is in `word`'s paragraph."""
    return 0 <= other < len(paragraph) and paragraph[other] == paragraph[word]


def _capitals_after(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, word: int) -> int:
    """Return how many capitalised words (up to 2) follow `word`, only spaces between them ("I" is no name's)."""
    run = 0
    while run < 2 and _same(paragraph, word, word + run + 1) and _joined(text, joined, starts, word + run):
        start = int(starts[word + run + 1])
        if not joined[start].isupper() or text[start + 1:start + 2] == " ":  # "Hopefully I can": a pronoun
            break
        run += 1
    return run


def _after_of(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, word: int) -> bool:
    """Whether `word` follows "of" after a capitalised word, only spaces between them ("the Statue of Liberty", "the
    Order of Merit"): a name's "of" stays lower-case, and a word capitalised mid-sentence after it is the name's; not
    after a sentence's first word, capitalised whatever it is ("Lack of Confidence hit shares": a headline's case)."""
    return _same(paragraph, word, word - 2) and _joined(text, joined, starts, word - 2) \
        and _joined(text, joined, starts, word - 1) and text.startswith("of ", int(starts[word - 1])) \
        and _capitalised(joined, int(starts[word - 2])) and not _opens_sentence(joined, starts, paragraph, word - 2)


def _in_place(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, word: int) -> bool:
    """Whether `word` stands in a run of two or three capitalised words, only spaces between them, that the places'
    gazetteer names ("Pleasant Grove City Council", "Mount Pleasant police"): a town's name opens a sentence as any
    name does, and its word of praise is no adjective of the words after it."""
    for first in range(word - 2, word + 1):
        for last in range(max(first + 1, word), first + 3):
            run = range(first, last + 1)
            if all(_same(paragraph, word, at) and _capitalised(joined, int(starts[at])) for at in run) \
                    and all(_joined(text, joined, starts, at) for at in run[:-1]) \
                    and " ".join(_written(text, joined, starts, at) for at in run) in gazetteer():
                return True
    return False


def _names_a_noun(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, word: int) -> bool:
    """Whether the sentence's first `word` and the capitalised word after it stand before a lower-case noun ("Top
    Gear presenter", "Good Friday traffic", "Brilliant Blue dye"): a pair so placed is one name that qualifies the
    noun, where an adjective before a one-word name is its sentence's subject and a verb follows ("Jubilant Spain
    revels", "Faultless Federer won"). A noun is told by its form: not a verb's "-s", "-ed" or a word of
    `_NOT_NOUNS`; a place or a people as the second word ("Strong Chinese demand", "Brave Britain team") is the noun's
    qualifier, the first word its own, and so is an initialism ("Top TV cult hit": `_capitalised` wants a lower-case
    second letter)."""
    after = word + 2
    if not (_same(paragraph, word, after) and _joined(text, joined, starts, word + 1)) \
            or not _capitalised(joined, int(starts[word + 1])) \
            or _written(text, joined, starts, word + 1) in gazetteer():
        return False
    # the noun is qualified, so words follow it in its sentence: a lower-case word that ends it is the pair's verb
    # ("Happy Mondays reunite", a plural name's verb without its "-s")
    noun = _written(text, joined, starts, after)
    if not (_same(paragraph, word, after + 1) and _joined(text, joined, starts, after) and noun.isalpha()
            and noun.islower() and len(noun) >= _NOUN_LETTERS and not noun.endswith(("ed", "ly"))
            and noun not in _NOT_NOUNS):
        return False
    # a plural noun is told from a verb's "-s" by the plural's verb after it ("Best Picture nominees were announced")
    return not noun.endswith("s") or _written(text, joined, starts, after + 1).lower() in _PLURAL_VERBS


def _written(text: str, joined: str, starts: np.ndarray, word: int) -> str:
    """The word `word` as `joined` writes it (its end where `text`, the marks blanked, has a space)."""
    start = int(starts[word])
    end = text.find(" ", start)
    return joined[start:end if end != -1 else len(text)]


def _pair(text: str, starts: np.ndarray, word: int) -> tuple[str, str]:
    """The lower-cased words `word` and the next, as `text` writes them."""
    first, second = int(starts[word]), int(starts[word + 1])
    return text[first:text.find(" ", first)], text[second:text.find(" ", second)]


def _titled(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, word: int,
            titled: dict[int, int]) -> bool:
    """Whether `word` stands in a title-case headline: its paragraph is one (`_title_case`), or the paragraph opens
    with one run into its story (`_headline_end`); where the headline ends is remembered per paragraph in `titled`."""
    key = int(paragraph[word])
    if key not in titled:  # the paragraph's words from where its first is: `paragraph` is sorted (a batch's words)
        first, end = (int(at) for at in np.searchsorted(paragraph, (key, key + 1)))
        titled[key] = end if _title_case(joined, starts[first:end]) else _headline_end(text, joined, starts, first, end)
    return word < titled[key]


def _headline_end(text: str, joined: str, starts: np.ndarray, first: int, end: int) -> int:
    """Return the word number after the paragraph's opening run of capitalised words (its words `first` to `end`),
    parted by spaces or commas only, if a capitalised word of relation stands in it ("Kansas Gets Chance For Revenge
    Against Nevada The Jayhawks were"), else `first` (no headline). The first word may be any case ("palmOneUpgrades
    Treo With Faster Chip")."""
    word, relation = first, False
    while word + 1 < end and _parted_by_commas(text, joined, starts, word) \
            and _capitalised(joined, int(starts[word + 1])):
        word += 1
        start = int(starts[word])
        relation = relation or text[start:text.find(" ", start)] in _HEADLINE_RELATIONS
    return word + 1 if relation else first


def _parted_by_commas(text: str, joined: str, starts: np.ndarray, word: int) -> bool:
    """Whether only spaces and commas stand between `word` and the next ("Faster Chip, Better Display")."""
    end = text.find(" ", int(starts[word]), int(starts[word + 1]))
    return end != -1 and not joined[end:int(starts[word + 1])].strip(" ,")


def _adjective_form(text: str, start: int) -> bool:
    """Whether the lower-cased word at `start` ends as an adjective that describes (`_ADJECTIVE_ENDS`)."""
    end = text.find(" ", start)
    word = text[start:end if end != -1 else len(text)]
    return len(word) >= _ADJECTIVE_LETTERS and word.endswith(_ADJECTIVE_ENDS)


def _capitalised_words(joined: str, starts: np.ndarray) -> np.ndarray:
    """Return which of the words at `starts` are `_capitalised`, read array-wise: a batch's words of praise are
    mostly lower-case, and a Python test of each (some 3,000 in a 600-article batch) was most of `named_praise`.

    >>> _capitalised_words("Great news. GREAT Élan éa", np.array([0, 6, 12, 18, 23])).tolist()
    [True, False, False, True, False]
    """
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)  # one per character
    inside = starts + 1 < len(points)
    first, second = points[np.where(inside, starts, 0)], points[np.where(inside, starts + 1, 0)]
    capitalised = inside & (first >= ord("A")) & (first <= ord("Z")) & (second >= ord("a")) & (second <= ord("z"))
    # letters beyond ASCII ("Élan"): Python's own case, for those few
    for at in np.flatnonzero(inside & ((first > 127) | (second > 127))).tolist():
        capitalised[at] = _capitalised(joined, int(starts[at]))
    return capitalised


def _capitalised(joined: str, start: int) -> bool:
    """Whether the word at `start` is written with a capital and then a lower-case letter ("Great", not "GREAT")."""
    return joined[start].isupper() and start + 1 < len(joined) and joined[start + 1].islower()


def _joined(text: str, joined: str, starts: np.ndarray, word: int) -> bool:
    """Whether only spaces stand between `word` and the next (no comma, colon or full stop parts them): `text` blanks
    the marks, so the word ends at its first space there, and `joined` shows what stood in that gap."""
    if word + 1 >= len(starts):
        return False
    end = text.find(" ", int(starts[word]), int(starts[word + 1]))
    return end != -1 and joined[end:int(starts[word + 1])].isspace()


def _opens_sentence(joined: str, starts: np.ndarray, paragraph: np.ndarray, word: int) -> bool:
    """Whether `word` is its paragraph's first or follows a sentence's end."""
    if word == 0 or paragraph[word - 1] != paragraph[word]:
        return True
    at = int(starts[word]) - 1
    while at >= 0 and joined[at].isspace():  # back over the spaces only, not a copy of the text before it
        at -= 1
    return at < 0 or joined[at] in _SENTENCE_ENDS


def _title_case(joined: str, starts: np.ndarray) -> bool:
    """Whether a paragraph (its words' `starts`) has no lower-case word of `_TITLE_WORD` letters or more but words of
    `_TITLE_LOWER`."""
    for start in starts.tolist():
        if joined[start].islower() and joined[start:start + _TITLE_WORD].isalpha():
            end = start + _TITLE_WORD
            while end < len(joined) and joined[end].isalpha():
                end += 1
            if joined[start:end] not in _TITLE_LOWER:
                return False
    return True
