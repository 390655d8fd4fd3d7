"""Where "no" is no word of tone: a number's ("No 10", "No. 1") and an answer's ("The answer is no."), and how far one
negates: a third word where it is a passive's participle ("No data was lost").

VADER's lexicon gives "no" −1.2, and tone reads it as a negation of the two words after it ("no problem"). A "No"
before a number is a number's abbreviation, one before a comparative of a size or a time and "than" a limit ("Contracts
will run for no longer than three years", "no later than Friday" read −3.3 and −2.7, "no longer" a negation with
nothing to negate; "no better than a placebo" still negates), and a "no" that a mark, "and", "but" or the paragraph's
end follows is an answer or a vote ("The default answer is no." read −6.0; "voted no,", "No, he said", "said no and
was attacked" read +4.1, the attack negated): none of them says bad news, and none negates.
A "no" before a noun and a passive's auxiliary negates the participle after them too, one word past VADER's two: "no
data was lost", "no lives were lost", "no shots were fired" say the bad thing did not happen, and so a participle four
words on after two auxiliaries ("no lives have been lost", "no lives are being lost") ("The outage was fixed
within an hour, and no data was lost" read −5.2, "lost" its only word of tone but the outage).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.members import members
from transforms.enrichments.tone_phrases import FINITE_BE, PASSIVE

# The marks after an answer's "no": its sentence's or its clause's end, or a closing quote; and the conjunctions
# ("said no and was attacked" read as an attack that did not happen; not "or": "no or little warning" negates).
_ANSWER_ENDS = frozenset(".,;:!?\"”’)\n")
_ANSWER_AND = (" and ", " but ")
# A passive's auxiliaries between a "no" and its noun's participle: "no data was lost", "no lives being lost".
_PASSIVE = frozenset(PASSIVE.split())
# Two words between them, four words on: a finite verb, then a participle of "be" ("no lives have been lost", "no lives
# are being lost", "no data will be lost"): "No lives are being lost" read −12.5, the loss.
_AUXILIARY = frozenset(f"{FINITE_BE} has have had will would could can may might".split())
_BE = frozenset(("be", "been", "being"))
# Or a noun of two words, then a finite "be": "no customer data was compromised", "no bank accounts were affected"; not
# where the word before "be" opens a clause of its own ("no doubt it was stolen", "no sign that was lost").
_FINITE = frozenset(FINITE_BE.split())
_CLAUSE_SUBJECTS = frozenset("it he she they we i you this that there which who what and or but".split())


def toneless_no(lowered: str, joined: str, starts: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (each a "no" of a batch's `lowered` text, which `joined` spells with its
    marks), whether it is a number's or an answer's "no", with no tone.

    >>> from transforms.enrichments.batch import ParagraphBatch
    >>> from transforms.enrichments.tone import word_starts
    >>> batch = ParagraphBatch(["No. 10 said no, the answer is no", "There is no doubt", "said no and left"],
    ...                        ["p", "q", "r"], ["a", "a", "a"])
    >>> starts = word_starts(batch.lowered)
    >>> toneless_no(batch.lowered, batch.joined, starts, np.array([0, 3, 7, 10, 13])).tolist()
    [True, True, True, False, True]
    """
    toneless = np.zeros(len(words), dtype=bool)
    after = words + 1
    inside = after < len(starts)  # "No 10", "No. 1": a digit after it (`lowered` has no marks)
    toneless[inside] = [lowered[i : i + 3].lstrip(". ")[:1].isdigit() for i in starts[after[inside]].tolist()]
    ends = starts[words] + 2
    toneless |= limits(lowered, starts, words)
    toneless |= [end >= len(joined) or joined[end] in _ANSWER_ENDS or lowered.startswith(_ANSWER_AND, end)
                 for end in ends.tolist()]
    return toneless


# The comparatives of a size or a time a limit's "no" sets ("no longer than 18 weeks"); a comparative of quality is
# negated ("worked no better than a placebo" is bad news).
_LIMITS = frozenset("longer later more fewer less earlier sooner higher lower greater bigger larger smaller "
                    "shorter".split())


def limits(lowered: str, starts: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (each a "no" of a batch's `lowered` text, whose word starts are
    `starts`), whether it sets a limit: a comparative of a size or a time (`_LIMITS`) and "than" after it ("no longer
    than 18 weeks", "no later than Friday", "no more than 5%"; not "no better than").

    >>> from transforms.enrichments.tone import word_starts
    >>> lowered = "wait no longer than 18 weeks  no longer in danger  no better than that"
    >>> limits(lowered, word_starts(lowered), np.array([1, 6, 10])).tolist()
    [True, False, False]
    """
    than = words + 2
    inside = np.flatnonzero(than < len(starts))
    found = np.zeros(len(words), dtype=bool)
    found[inside] = [lowered[start: start + 5] in ("than ", "than") for start in starts[than[inside]].tolist()]
    inside = inside[found[inside]]  # a few a batch
    found[inside] = [lowered[start: lowered.find(" ", start)] in _LIMITS
                     for start in starts[words[inside] + 1].tolist()]
    return found


def passive_after_no(lowered: str, starts: np.ndarray, words: np.ndarray, gap: int = 3) -> np.ndarray:
    """Return, for each word number in `words` (each a word of tone `gap` words after a "no" of a batch's `lowered`
    text, whose word starts are `starts`), whether the words before it are a passive's auxiliary: one three words on
    ("no data was lost"), two four words on, a finite verb and a participle of "be" ("no lives have been lost"), or a
    finite "be" after a noun's second word ("no customer data was compromised").

    >>> from transforms.enrichments.tone import word_starts
    >>> lowered = "no data was lost  no data and lost  no lives are being lost  no lives in the lost"
    >>> starts = word_starts(lowered)
    >>> passive_after_no(lowered, starts, np.array([3, 7])).tolist()
    [True, False]
    >>> passive_after_no(lowered, starts, np.array([12, 17]), 4).tolist()
    [True, False]
    >>> lowered = "no customer data was lost  no doubt it was lost"
    >>> passive_after_no(lowered, word_starts(lowered), np.array([4, 9]), 4).tolist()
    [True, False]
    """
    def word(start: int) -> str:
        return lowered[start: lowered.find(" ", start)]
    if gap == 3:
        return np.array([word(start) in _PASSIVE for start in starts[words - 1].tolist()], dtype=bool)
    auxiliaries, bes = starts[words - 2].tolist(), starts[words - 1].tolist()
    return np.array([word(aux) in _AUXILIARY and word(be) in _BE
                     or word(be) in _FINITE and word(aux) not in _AUXILIARY and word(aux) not in _CLAUSE_SUBJECTS
                     for aux, be in zip(auxiliaries, bes, strict=True)], dtype=bool)


def no_passives(lowered: str, starts: np.ndarray, word_paragraph: np.ndarray, last_word: np.ndarray,
                is_no: np.ndarray, sentiment: np.ndarray,
                felt: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return which keys of a batch (`last_word` their last word numbers) are a "no" a passive's participle three or
    four words on follows ("no data was lost", "no lives have been lost": the "no" has no valence, the participle
    negated), the word numbers such a participle three words on is (`True` at each, one slot more than the words:
    negated as VADER's "no" two words on is), and those four words on (past VADER's window: negated after it).
    `felt` says per word number whether a word of tone ends there; `sentiment` which keys are one."""
    toneless = np.zeros(len(last_word), dtype=bool)
    no_passive, far_passive = np.zeros(len(starts) + 1, dtype=bool), np.zeros(0, dtype=np.int64)
    for gap in (3, 4):
        at = np.flatnonzero(is_no & sentiment & felt[last_word + gap])  # a few a batch
        at = at[word_paragraph[np.minimum(last_word[at] + gap, len(starts) - 1)] == word_paragraph[last_word[at]]]
        at = at[passive_after_no(lowered, starts, last_word[at] + gap, gap)]
        toneless[at] = True
        if gap == 3:
            no_passive[last_word[at] + gap] = True
        else:
            far_passive = last_word[at] + gap
    return toneless, no_passive, far_passive


def none_of_passives(lowered: str, starts: np.ndarray, word_paragraph: np.ndarray, ones: np.ndarray,
                     felt: np.ndarray) -> np.ndarray:
    """Return the word numbers of the passive participles that a "not one of" or "not a single one of" (`ones`: the
    word numbers of its "one" or "single", in a batch's `lowered` text) says befell none of them, four to six words
    on, past VADER's window: "Not one of the hostages was harmed", "not one of them was hurt". `felt` says per word
    number whether a word of tone ends there (five slots more than the words).

    >>> from transforms.enrichments.tone import word_starts
    >>> lowered = "not one of the hostages was harmed  not one of them was hurt  not one of us said it was lost  x x"
    >>> felt = np.zeros(30, bool); felt[[6, 12, 20]] = True
    >>> none_of_passives(lowered, word_starts(lowered), np.zeros(23, int), np.array([1, 8, 14]), felt).tolist()
    [6, 12]
    """
    found = []
    for one in ones[(ones + 2 < len(starts))].tolist():  # a few a batch
        if lowered.startswith("one of ", int(starts[one + 1])):  # "not a single one of them"
            one += 1
        if not lowered.startswith("of ", int(starts[one + 1])):
            continue
        for gap in (4, 5, 6):  # "not one of the 300 passengers was injured"
            at = one + gap
            if at >= len(starts) or not felt[at] or word_paragraph[at] != word_paragraph[one]:
                continue
            before = [lowered[start: lowered.find(" ", start)] for start in starts[at - 2: at].tolist()]
            # a clause's own subject before the auxiliary is no "one of": "not one of us said it was lost"
            if before[-1] in _PASSIVE and before[0] not in _CLAUSE_SUBJECTS:
                found.append(at)
                break
    return np.array(found, dtype=np.int64)


def lonely_no_longer(last_word: np.ndarray, is_longer: np.ndarray, felt: np.ndarray) -> np.ndarray:
    """Return which keys of a batch (`last_word` their last word numbers) are the "no" of a "no longer" (`is_longer`
    says which keys are one) that no word of tone follows within three words (`felt`: per word number whether one ends
    there, three slots more than the words): it keeps the −1.2 of its "no", a state lost ("could no longer afford it",
    "the tunes will no longer play"); before one it negates it and has none ("no longer in danger").

    >>> lonely_no_longer(np.array([0, 1, 1, 3]), np.array([False, True, True, False]), np.zeros(8, bool)).tolist()
    [True, False, False, False]
    """
    longer = last_word[is_longer]
    if not len(longer):
        return np.zeros(len(last_word), dtype=bool)
    lonely = longer[~(felt[longer + 1] | felt[longer + 2] | felt[longer + 3])]
    return members(last_word + 1, lonely)
