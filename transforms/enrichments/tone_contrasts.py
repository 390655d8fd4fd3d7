"""Where a sentence turns: a "but", "though" or "yet" that contrasts, not one that excepts ("all but two").

A quantity's move stops at a contrast (`tone_moves`) and a harm after one keeps a spared event's tone (`tone_spared`);
a "but" of "all but two regions", "every region but one", "nothing but a storeroom", "not only ... but also" excepts or
adds, and "has yet to", "not yet" wait: none of them turns the sentence ("Unemployment in all but two regions fell" read
bad, the fall cut off from its quantity). Nor does a negation that such a "but" excepts from negate what follows it
(`excepting_negations`: "received nothing but praise" read bad). A sentence that opens on what prevented a harm says the
harm that "would have" been was kept away (`counterfactual_harms`: "But for the rescuers, 40 people would have died",
"Without the crew, they would have drowned", "If the ambulance had come later, he would have died", "Had the pilot
not acted, the plane would have crashed"); "would have" with
no such opening is what someone supposes ("Police believe the victim would have died instantly" keeps the death), and
"without" of a manner opens none ("Without warning, the roof collapsed"). A harm whose object is "nothing" or "no one"
befell no one (`unharmed_objects`: "The storm hurt no one").
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.members import members
from transforms.enrichments.tone_easing import word_at

_EXCEPTING_BEFORE = "".join(f"(?<!\\b{word} )" for word in (
    "all", "none", "nothing", "anything", "everything", "anyone", "everyone", "nobody", "anybody", "everybody",
    "no one", "last", "only"))
_EXCEPTING_AFTER = r"(?!\s+(?:also|for|one|two|three|four|five|six|seven|eight|nine|ten|a few|\d)\b)"
# "but" after a word of all or none, or before a number, "also" or "for"; "yet" of a wait
BUT = re.compile(_EXCEPTING_BEFORE + r"\bbut\b" + _EXCEPTING_AFTER)
CONTRASTS = re.compile(_EXCEPTING_BEFORE + r"\bbut\b" + _EXCEPTING_AFTER
                       + r"|\b(?:though|although)\b|(?<!\bnot )(?<!\bas )\byet\b(?!\s+(?:to|again)\b)")


def first_contrast(text: str, begin: int, end: int, contrasts: re.Pattern[str] = CONTRASTS) -> int:
    """Return where the first contrast of `text[begin:end]` starts, −1 where there is none.

    >>> first_contrast("unemployment in all but two regions fell, but not in wales", 0, 60, BUT)
    42
    >>> first_contrast("the fire, which has yet to be put out, destroyed nothing", 0, 56)
    -1
    """
    found = contrasts.search(text, begin, end)
    return found.start() if found else -1


# The negations a "but" right after them excepts from (tone's keys): "nothing but praise", "not one but two"
EXCEPTING = ("nothing", "none", "no one", "nobody", "not one")


def excepting_negations(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray,
                        negating: np.ndarray) -> np.ndarray:
    """Return which negations (word numbers) "but" excepts from, negating nothing: "received nothing but praise".

    "nothing but", "none but", "no one but", "not one but two" say only or more, no negation of what follows ("The
    head teacher has received nothing but praise" read bad); a clause's "but" is not one ("said nothing, but ...").

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "nothing but praise. said nothing, but wept"
    >>> lowered = text.replace(",", " ").replace(".", " ")
    >>> excepting_negations(text, lowered, word_starts(text), np.zeros(7, int), np.array([0, 4])).tolist()
    [True, False]
    """
    after = negating + 1
    return np.array([bool(word < len(starts) and paragraph[word] == paragraph[word - 1]
                          and text.startswith("but ", int(starts[word])) and joined[int(starts[word]) - 2].isalpha())
                     for word in after.tolist()], dtype=bool)


# A sentence that opens on what kept a harm away, and the harm it would have been: "But for the rescuers, 40 people
# would have died" read bad (the lexicon's −2.6 of "died", as if they had), as did "If the ambulance had come later,
# he would have died"; each opening only as its sentence's or its "that" clause's first words ("said that but for ...").
# Tone's keys, found with the rest ("without" a negation's).
COUNTERFACTUALS = ("but for", "were it not for", "if it were not for", "if it was not for", "if not for",
                   "had it not been for", "if it had not been for", "if", "had", "without")
_WOULD_HAVE = re.compile(r"\b(?<!and )(?<!but )(?:would|could|might) (?:(?:almost|\w+ly) ){0,2}have (?:been )?"
                         r"(?:(?:almost|\w+ly) ){0,2}(?=\w)")
# "without" of a manner or a certainty, no thing that prevented a harm: "Without warning, the roof collapsed and ..."
_MANNER = re.compile(r"(?:a )?(?:warning|notice|doubt|question|hesitation|delay|fail|exception)\b")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
# An "if" of what had been otherwise, its clause closed by a comma: "If the ambulance had arrived later, he would have
# died" (not "If convicted, he would have faced ...", nor "if he would have died", a question)
_HAD_OTHERWISE = re.compile(r"[^,.;:!?]*\bhad\b[^,.;:!?]*,")
# An "if" left out, its "had" first, its clause closed by a comma: "Had the pilot not acted quickly, everyone on board
# would have died" (the inversion is English's only other form of a past conditional, so the comma is all it needs;
# "Had it not been for" is a key of its own); the "would have" after the comma, not in the clause it closes ("Had they
# kicked their points they would have beaten France and that would have ..., he said" opens nothing)
_CLAUSE = re.compile(r"(?:(?!\b(?:would|could|might)\b)[^,.;:!?])+,")


def counterfactual_harms(joined: str, text: str, starts: np.ndarray, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Return the word numbers of what "would have" been, in a sentence opening on what prevented it ("But for ...").

    `first` and `last` are the word numbers of each opening's first and last words.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "but for the crew, 40 would have died. he would have died"
    >>> counterfactual_harms(text, text.replace(",", " ").replace(".", " "), word_starts(text), np.array([0]),
    ...                      np.array([1])).tolist()
    [7]
    """
    found: list[int] = []
    # (the openings' starts read as lists, not a numpy scalar each: most openings are no sentence's, settled at once)
    for word, begin, end, closing in zip(first.tolist(), starts[first].tolist(), last.tolist(), starts[last].tolist(),
                                         strict=True):
        # the sentence's (or the paragraph's) first words, after a quote's mark at most
        before = joined[max(begin - 8, 0):begin].rstrip(" \"'\u201c\u2018")
        if (before or begin > 8) and not before.endswith((".", "!", "?", ":", "\n", " that")):
            continue
        after = closing + 1
        if text.startswith("without", closing) and _MANNER.match(text, after + len("without")):
            continue
        if text.startswith("if ", closing) and not _HAD_OTHERWISE.match(joined, after + 2):
            continue
        if word == end and text.startswith("had ", closing) and not _CLAUSE.match(joined, after + 3):
            continue
        sentence = _SENTENCE_END.search(joined, after)
        would = _WOULD_HAVE.search(text, after, sentence.start() if sentence else len(text))
        if would:
            found.append(int(np.searchsorted(starts, would.end())))
    return np.array(found, dtype=np.int64)


# The negations that stand as a harm's object, saying it befell no one (tone's keys): "The fire damaged nothing"
NO_OBJECTS = ("nothing", "no one", "nobody")


# What follows a negation to except some from it, or to compare: "killed no one else", "hurt nobody more than the
# chairman", "injured nobody except his wife" say a harm that befell someone
# ("damaged no fewer than 40 homes", "no other building": a "no" before its noun, tone's object negation)
_SOME_AFTER = re.compile(r" (?:else|except|excepting|besides|apart|other|more|less|fewer|but|save)\b")


# The past verbs of a harm done to a thing, whose "no" before a noun is their object's negation ("The wildfire
# damaged no homes", "The blast killed no one"); not a cry or a rule before "no" ("scream no", "a strict no-no",
# "said no"), no harm undone.
OBJECT_HARMS = frozenset("""hurt injured harmed killed wounded affected damaged destroyed flattened gutted razed
                         disrupted claimed""".split())


def no_objects(joined: str, text: str, starts: np.ndarray, nos: np.ndarray) -> np.ndarray:
    """Return which "no"s (word numbers) are the object of a verb of `OBJECT_HARMS` right before them, a noun after.

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> joined = "the storm damaged no homes. scream no no. damaged no. homes"
    >>> text = joined.replace(".", " ")
    >>> no_objects(joined, text, word_starts(text), np.array([3, 6, 7, 9])).tolist()
    [True, False, False, False]
    """
    found = np.zeros(len(nos), dtype=bool)
    for i, no in enumerate(nos.tolist()):  # a "no" after a harm: a few a batch
        after = word_at(text, starts, no + 1)
        found[i] = (no > 0 and word_at(text, starts, no - 1) in OBJECT_HARMS and after.isalpha() and after != "no"
                    and joined[int(starts[no + 1]) - 2].isalpha())  # no mark between: "damaged no. Homes"
    return found


def unharmed_objects(joined: str, starts: np.ndarray, bounds: tuple[np.ndarray, np.ndarray],
                     harms: np.ndarray) -> np.ndarray:
    """Return the harms (word numbers) right before a negation that is their object, its first and last words `bounds`.

    "The storm hurt no one" says what "No one was hurt by the storm" does (it read −12.0, the hurt and the storm); a
    mark between them is no object's ("It was damaged. Nothing was taken"), nor is a negation that excepts or compares
    ("The attack killed no one else").

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "the fire damaged nothing. damaged. nothing. killed no one else"
    >>> bounds = (np.array([3, 5, 7]), np.array([3, 5, 8]))
    >>> unharmed_objects(text, word_starts(text), bounds, np.array([2, 4, 6])).tolist()
    [2]
    """
    firsts, lasts = bounds
    keep = members(firsts - 1, harms)
    found = []
    for word, last in zip((firsts[keep] - 1).tolist(), lasts[keep].tolist(), strict=True):
        after = int(starts[last + 1]) if last + 1 < len(starts) else 0  # the negation's next word, with no mark between
        if joined[int(starts[word + 1]) - 2].isalpha() and not (
                after and joined[after - 2].isalpha() and _SOME_AFTER.match(joined, after - 1)):
            found.append(word)
    return np.array(found, dtype=np.int64)


def kept_away(joined: str, text: str, starts: np.ndarray, found: tuple[np.ndarray, ...],
              harms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the harms (word numbers) kept away or that befell no one, and those of them that befell no one.

    `found` is tone's keys' last words and lengths, and the marks of its `COUNTERFACTUALS` and of its `NO_OBJECTS` that
    negate; `harms` the words of a bad sense.
    """
    last_word, lengths, opening, objects = found
    counterfactual = counterfactual_harms(joined, text, starts, last_word[opening] - lengths[opening] + 1,
                                          last_word[opening])
    unharmed = unharmed_objects(joined, starts, (last_word[objects] - lengths[objects] + 1, last_word[objects]), harms)
    return np.concatenate((counterfactual, unharmed)), unharmed
