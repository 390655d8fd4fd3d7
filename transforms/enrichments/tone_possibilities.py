"""Where a negation keeps a possibility open: "not ruled out", "cannot rule out", "did not rule out".

A negation before "rule out" says that what is not ruled out remains possible: "Police have not ruled out foul play" is
a suspicion of crime, "Officials cannot rule out an attack" a threat. VADER's negation reaches three words, past "ruled
out" to the thing itself, and flipped it: "Police have not ruled out foul play" read +6.6, "had not ruled out murder"
+8.6. Such a negation negates nothing: the thing keeps its own valence (a crime bad, "a full recovery" good). "ruled
out" with no negation before it is a negation of what it rules out, where what follows it is a thing ruled out: an
article or a determiner ("ruled out a quick recovery", "ruled out any chance of winning"), or a word of tone right after
it ("Police ruled out foul play" read bad, the crime; "have ruled out poisoning"). A player "ruled out of the match",
"for six weeks", "with injury" or "injured", a try "ruled out for offside", is left as it is (what follows is none of
these; a passive's subject is what it rules out: "was ruled out injured"), and so is what a negation or a refusal leaves
open ("not ruled out", "refused to rule out future tax rises") and a "ruled out" its sentence ends, read in the text
with its marks. A passive's "ruled out" whose clause ends right after it negates its subject, a word of tone up to three
words before its auxiliaries ("Foul play has been ruled out, police said" read −7.8, the crime, as "Police ruled out
foul play" is good news; `passive_subjects`), and so does one its doer follows ("Foul play was ruled out by police"
read −8.9), unless a negation before it keeps it open ("Foul play has not been ruled out", "cannot be ruled out"); a
subject further off is left as it is ("reviews into five other deaths in southern Iraq were ruled out": the reviews
were), and so is a word that describes a person, as a player's noun, a name right after it or "who" before it says ("The
injured Kane has been ruled out", "Kane, who is injured, has been ruled out": a player left out, bad news; as "ruled out
the injured Kane" is, whose name after the bad word says so).
Read at the negations tone found, by the numbers of the words after them (numpy: no
Python work per negation).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import PASSIVE, word_at
from transforms.matching.key_words import KeyWords

# The forms of "rule" before "out", and how many words after a negation they may come: right after it ("not ruled
# out", "cannot rule out") or past an adverb or an auxiliary ("not yet ruled out", "did not entirely rule out",
# "could not have ruled out").
_RULE = ("rule", "rules", "ruled", "ruling")
_REACH = 2


def open_possibilities(words: KeyWords, negations: np.ndarray) -> np.ndarray:
    """Return, for each word number in `negations` (each a negation's last word among a batch's `words`, its
    `lowered` text's), whether a form of "rule" and "out" follow it within `_REACH` words: a negation that keeps a
    possibility open ("not ruled out foul play"), which negates nothing. "rule" and "out" are looked up once in
    the batch's dictionary of words, and the words after each negation compared with them by number.

    >>> from transforms.matching.key_words import key_words
    >>> words = key_words("police have not ruled out foul play  not yet ruled out  not ruled it  it is not out")
    >>> open_possibilities(words, np.array([2, 7, 12, 17])).tolist()
    [True, True, False, False]
    """
    import pyarrow.compute as pc  # the words' dictionary is Arrow's (`key_words`)

    found = np.zeros(len(negations), dtype=bool)
    out = pc.index(words.dictionary, "out").as_py()
    rule = [code for code in (pc.index(words.dictionary, form).as_py() for form in _RULE) if code >= 0]
    if out < 0 or not rule or not len(negations):  # no "out" or no "rule" in the batch: most batches have both
        return found
    code, last = words.code, len(words.code) - 1
    for gap in range(1, _REACH + 1):
        at = np.minimum(negations + gap, last - 1)  # "rule" and "out" within the batch's words
        found |= np.isin(code[at], rule) & (code[at + 1] == out) & (negations + gap < last)
    return found


# The forms of "rule out": a negation of what they rule out, where `ruled_out` says they rule out a thing.
RULING_OUT = tuple(f"{form} out" for form in _RULE)
# The words that open a thing ruled out right after "ruled out" ("ruled out a rate rise", "ruled out any link"); a
# player's or a try's "ruled out" is followed by none ("ruled out of", "for", "with", "injured", "until").
_PASSIVE = frozenset(PASSIVE.split())
_OPENING = frozenset("a an the any all every another further future its his her their our".split())
# A person a side rules out ("ruled out the injured captain", "the suspended striker") is a player left out, bad
# news for the side: the word of tone describes him and is no possibility or event ruled out ("foul play", "a
# strike", "a recession"). Looked for among the few words after "out" up to a word that ends a noun phrase.
_PERSONS = frozenset(f"{noun}{plural}" for noun in (
    "captain skipper player striker forward winger midfielder defender goalkeeper keeper full-back centre-back "
    "playmaker star bowler batsman batter opener seamer spinner pitcher quarterback fly-half scrum-half prop hooker "
    "lock flanker jockey driver rider boxer fighter veteran teenager youngster international signing").split()
    for plural in ("", "s"))
_ENDS_PHRASE = frozenset("of to on in for from with by at over about and or but that which who as than".split())
_PHRASE_REACH = 4  # "the injured veteran Welsh captain": an opening word and three describing words
# What may follow a person's name that ends the noun phrase it closes ("the injured Kane for the final", "The injured
# Kane has been ruled out"); any other word after a capitalised one is the noun it describes, a nation's or a
# disease's ("a violent Russian incursion", "a deadly Ebola outbreak": things ruled out)
_NAME_ENDS = _ENDS_PHRASE | frozenset(PASSIVE.split()) | frozenset(
    "has have had will would could should may might can after until since because before against ahead".split())


def ruled_out(lowered: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, outs: np.ndarray,
              open_before: np.ndarray, keys: tuple[np.ndarray, np.ndarray, np.ndarray], sentiment: int) -> np.ndarray:
    """Return, for each word number in `outs` (each the "out" of one of `RULING_OUT` in a batch's `lowered` text,
    which `joined` spells with its marks), whether it negates what follows it: a thing ruled out, opened by one of
    `_OPENING` or a word of tone (a key of kind `sentiment` among `keys`, the batch's keys' last word numbers, in text
    order, numbers of words and kinds, starting right after it), in its paragraph and sentence, no passive's auxiliary
    before it, and no negation or refusal before it (`open_before`: the word numbers of the negations that keep a
    possibility open and of the refusals, "refused to", each two or three words before its "out"). A passive's subject
    that it rules out ("Foul play has been ruled out") is `passive_subjects`'.

    >>> from transforms.enrichments.tone import word_starts
    >>> lowered = "police ruled out foul play  ruled out of the match  not ruled out a recovery  was ruled out injured"
    >>> starts = word_starts(lowered)
    >>> keys = (np.array([4, 14, 18]), np.array([2, 1, 1]), np.array([0, 0, 0]))  # "foul play", "recovery", "injured"
    >>> outs = np.array([2, 6, 12, 17])
    >>> ruled_out(lowered, lowered, starts, np.zeros(len(starts), int), outs, np.array([10]), keys, 0).tolist()
    [True, False, False, False]
    """
    after = np.minimum(outs + 1, len(starts) - 1)
    found = (outs + 1 < len(starts)) & (paragraph[after] == paragraph[outs]) & ~np.isin(outs - 2, open_before)
    found &= ~np.isin(outs - 3, open_before) & (outs >= 2)
    at = np.flatnonzero(found)  # a few a batch
    ends = [lowered.find(" ", start) for start in starts[outs[at]].tolist()]
    found[at] = [end >= 0 and joined[end] == " " for end in ends]  # no mark right after "out": its sentence goes on
    at = np.flatnonzero(found)
    found[at] = [word_at(lowered, start) not in _PASSIVE for start in starts[outs[at] - 2].tolist()]
    at = np.flatnonzero(found)
    found[at] = [word_at(lowered, start) in _OPENING or _tone_starts(keys, sentiment, word)
                 for start, word in zip(starts[outs[at] + 1].tolist(), (outs[at] + 1).tolist(), strict=True)]
    at = np.flatnonzero(found)
    found[at] = [not _rules_out_person(lowered, joined, starts, paragraph, word, keys, sentiment)
                 for word in outs[at].tolist()]
    return found


# The words between a passive's subject and its "been ruled out" ("has", "could have", "will now be"), and the negations
# that keep what a passive's "ruled out" names possible ("has not been ruled out", "cannot be ruled out").
_AUXILIARIES = frozenset(f"{PASSIVE} has have had will would could can may might must should now also already".split())
_KEEPS_OPEN = frozenset("not never cannot can't couldn't won't wouldn't hasn't haven't hadn't isn't wasn't weren't "
                        "yet".split())
_SUBJECT_REACH = 3  # VADER's window: "foul play", "a rate rise", "a link to terrorism" (its last three words)


def passive_subjects(lowered: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, outs: np.ndarray,
                     open_before: np.ndarray, keys: tuple[np.ndarray, ...], sentiment: int) -> None:
    """Negate (× −0.74, in `keys`' valences: last word numbers, numbers of words, kinds, valences) each word of tone of
    kind `sentiment` up to `_SUBJECT_REACH` words before the auxiliaries of a passive "ruled out" in `outs` (word
    numbers of its "out") whose clause ends right after it (a mark in `joined`, or the text's end), with no negation
    before it (one of `_KEEPS_OPEN`, or in `open_before`) and its subject in its paragraph.

    >>> from transforms.enrichments.tone import word_starts
    >>> lowered = "foul play has been ruled out  police said  foul play was not ruled out "
    >>> keys = (np.array([1, 9]), np.array([2, 2]), np.array([0, 0]), np.array([-2.0, -2.0]))
    >>> joined = lowered.replace("out  p", "out, p").replace("out ", "out.")
    >>> passive_subjects(lowered, joined, word_starts(lowered), np.zeros(15, int), np.array([5, 14]), np.array([]),
    ...                  keys, 0)
    >>> keys[3].tolist()
    [1.48, -2.0]
    """
    last_word, _, kinds, values = keys
    for out in outs[outs >= 4].tolist():  # a few a batch
        if word_at(lowered, int(starts[out - 2])) not in _PASSIVE:
            continue
        end = lowered.find(" ", int(starts[out]))
        # "was ruled out injured", "ruled out for six weeks": a player's; "was ruled out by police" has its doer
        by = out + 1 < len(starts) and word_at(lowered, int(starts[out + 1])) == "by"
        if end >= 0 and joined[end] == " " and not by:
            continue
        word = out - 2
        while word > 0 and paragraph[word - 1] == paragraph[out] and word_at(lowered, int(starts[word - 1])) in (
                _AUXILIARIES | _KEEPS_OPEN):
            word -= 1
        if np.isin(np.arange(word, out), open_before).any() or any(
                word_at(lowered, int(start)) in _KEEPS_OPEN for start in starts[word:out - 1].tolist()):
            continue
        low, high = np.searchsorted(last_word, [word - _SUBJECT_REACH, word])
        subject = np.arange(low, high)
        subject = subject[(kinds[subject] == sentiment) & (paragraph[last_word[subject]] == paragraph[out])]
        described = [_describes_person(lowered, joined, starts, paragraph, word)
                     for word in last_word[subject].tolist()]
        values[subject[~np.array(described, dtype=bool)]] *= -0.74


def _rules_out_person(lowered: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, out: int,
                      keys: tuple[np.ndarray, ...], sentiment: int) -> bool:
    """Return whether the noun phrase after word number `out` (an "out" of "ruled out") names a person: one of
    `_PERSONS` ("the injured captain") or a name (a capital in `joined`) right after a word of tone (of kind `sentiment`
    among `keys`, no mark between, that ends its noun phrase: "the injured Kane"; not "a Russian attack", the name
    before it, nor "a violent Russian incursion": `_ends_name`), its words read up to `_PHRASE_REACH` of them, in its
    paragraph, before one of `_ENDS_PHRASE` ("a strike by the players" rules out the strike)."""
    last_word, kinds = keys[0], keys[2]
    for word in range(out + 1, min(out + 1 + _PHRASE_REACH, len(starts))):
        if paragraph[word] != paragraph[out]:
            return False
        found = word_at(lowered, int(starts[word]))
        if found in _ENDS_PHRASE:
            return False
        if found.rstrip(",.;:") in _PERSONS:
            return True
        # a look-up of the key before it, no scan; no mark between them ("ruled out poisoning, Le Monde reported")
        if joined[starts[word]].isupper() and word > out + 1 and joined[starts[word] - 2].isalnum():
            before = int(np.searchsorted(last_word, word - 1))
            if before < len(last_word) and last_word[before] == word - 1 and kinds[before] == sentiment:
                return _ends_name(lowered, joined, starts, paragraph, word)
    return False


def _describes_person(lowered: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, word: int) -> bool:
    """Return whether the word of tone at word number `word` describes a person ruled out: one of `_PERSONS` or a name
    (a capital in `joined`, no mark between, that ends its noun phrase: `_ends_name`) right after it ("The injured
    captain has been ruled out", "The injured Kane has been ruled out"; not "A violent Russian incursion was ruled
    out"), or "who" up to three words before it ("Kane, who is injured, has been ruled out")."""
    after = word + 1
    if after < len(starts):
        start = int(starts[after])
        if word_at(lowered, start) in _PERSONS or (joined[start].isupper() and joined[start - 2].isalnum()
                                                 and _ends_name(lowered, joined, starts, paragraph, after)):
            return True
    return any(word_at(lowered, int(start)) == "who" for start in starts[max(word - 3, 0):word].tolist())


def _ends_name(lowered: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, word: int) -> bool:
    """Return whether the capitalised word at word number `word`, with the capitalised words right after it, ends its
    noun phrase as a person's name does: a mark, its paragraph's end or one of `_NAME_ENDS` after it.

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "the injured Harry Kane for  the suspended Rodri.  a violent Russian incursion"
    >>> lowered = joined.lower().replace(".", " ")
    >>> starts, paragraph = word_starts(lowered), np.array([0] * 5 + [1] * 3 + [2] * 4)
    >>> [_ends_name(lowered, joined, starts, paragraph, word) for word in (2, 7, 10)]
    [True, True, False]
    """
    for _ in range(3):  # a name of three words at most ("Harry Kane", "Jude Victor Bellingham")
        end = lowered.find(" ", int(starts[word]))
        if end < 0 or joined[end] != " " or word + 1 >= len(starts) or paragraph[word + 1] != paragraph[word]:
            return True
        word += 1
        if not joined[int(starts[word])].isupper():
            return word_at(lowered, int(starts[word])) in _NAME_ENDS
    return True


def _tone_starts(keys: tuple[np.ndarray, ...], sentiment: int, word: int) -> bool:
    """Return whether a key of kind `sentiment` among `keys` (last word numbers in text order, numbers of words, kinds)
    starts at word number `word`: one ending on it or up to a phrase's length after it (a look-up, no scan)."""
    last_word, lengths, kinds = keys[:3]
    low, high = np.searchsorted(last_word, [word, word + int(lengths.max(initial=1))])
    at = slice(int(low), int(high))
    return bool(((last_word[at] - lengths[at] + 1 == word) & (kinds[at] == sentiment)).any())


def ruled_things(lowered: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, outs: np.ndarray,
                 open_before: np.ndarray, keys: tuple[np.ndarray, np.ndarray, np.ndarray],
                 sentiment: int) -> tuple[np.ndarray, np.ndarray]:
    """Return the word numbers of the "out"s in `outs` that negate what follows them (`ruled_out`, which takes the same
    arguments) and those of the words of tone four words after them that end what they rule out (`ruled_out_far`)."""
    outs = outs[ruled_out(lowered, joined, starts, paragraph, outs, open_before, keys, sentiment)]
    return outs, ruled_out_far(lowered, joined, starts, paragraph, outs, keys, sentiment)


def ruled_out_far(lowered: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, outs: np.ndarray,
                  keys: tuple[np.ndarray, ...], sentiment: int) -> np.ndarray:
    """Return the word numbers of the words of tone (of kind `sentiment` among `keys`: last word numbers in text order,
    numbers of words, kinds) that end a thing ruled out four words after its "out" (word numbers in `outs`, each one
    that `ruled_out` says negates), past VADER's window: an opening word, then two words of its noun phrase (none of
    `_ENDS_PHRASE`, no mark between) and the noun ("ruled out a deadly Ebola outbreak", "ruled out a major terrorist
    attack"; not "ruled out a rise in violent crime").

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "ruled out a deadly Ebola outbreak  ruled out a rise in violent crime  ruled out a deadly, new flu"
    >>> lowered = joined.lower().replace(",", " ")
    >>> keys = (np.array([3, 5, 12, 17, 19]), np.array([1, 1, 1, 1, 1]), np.array([0, 0, 0, 0, 0]))
    >>> ruled_out_far(lowered, joined, word_starts(lowered), np.zeros(20, int), np.array([1, 7, 15]), keys, 0).tolist()
    [5]
    """
    last_word, _, kinds = keys[:3]
    far = []
    for out in outs[outs + 4 < len(starts)].tolist():  # a few a batch
        noun = out + 4
        if paragraph[noun] != paragraph[out] or word_at(lowered, int(starts[out + 1])) not in _OPENING:
            continue
        if any(word_at(lowered, int(starts[word])) in _ENDS_PHRASE for word in (out + 2, out + 3)):
            continue
        if any(joined[lowered.find(" ", int(starts[word]))] != " " for word in range(out + 1, noun)):
            continue  # a mark ends the phrase first: "ruled out a deadly, new outbreak" is read in VADER's window
        at = int(np.searchsorted(last_word, noun))
        if at < len(last_word) and last_word[at] == noun and kinds[at] == sentiment:
            far.append(noun)
    return np.array(far, dtype=np.int64)
