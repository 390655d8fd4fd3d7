"""What never came: "The hoped-for recovery never came", "The promised pay rise never materialised".

A negation reaches the words after it (VADER's rule), but a verb of coming that a negation turns says that its subject,
before it, did not happen: "The hoped-for recovery never came" read +15.0 and "Help never arrived" +, the recovery and
the help counted as news that came. A word of tone up to three words before a negation (`_DENYING`) right before a verb
of `COMING`, in its clause, is negated (× −0.74) as if the negation stood before it: a good thing that never came is bad
news, and a bad one good ("The feared recession never materialised"). The auxiliary that carries the negation ("did not
happen") takes no place of those three, and an "in" or "of" among them reaches back to its head noun ("The recovery in
house prices never happened"). A relative's "that" or "which" right before the negation leads back to the thing that
never came ("waited for help that never came"); other clause words and marks stop the reach, and a relative further back
(up to four words) says the words after it are its clause's, no subject ("The update meant to fix the flaw that leaked
passwords never arrived" keeps the leak). Not where the verb says how a thing came (`_MANNER`: "Success never came
easily to him", "never came close"), nor a verb of another sense ("came to", "came from", "came out": `_NOT_COMING`). A
word of waiting (`WANTED`: "The long-awaited rate cut never came") is read up to five words back and says the thing was
wanted: its turn is bad news whatever its own sign (`tone_averted`). A passive relative after a remedy's "for" is its
target's ("The patch for the flaw that was exploited"). A reduced passive and its agent's phrase between the thing and
its negation are read past (`_past_agent`: "Help promised by the government never arrived"), and a word of `WANTED`
anywhere in the subject makes each of its words a thing wanted ("The bailout sought by the airline", "The long-awaited
pay deal": bad news that they never came, though "bailout" and "pay" are −). A verb of coming right before "too late" is
read as one that never came ("The help promised by the government came too late to save the firm", "came far too late":
`late_comings`), its "to" verb negated as after "unlikely to" (tone_tables' `LATE`), but only a good or wanted thing's
lateness is bad news: a bad thing that came too late still came and keeps its tone ("The feared recession came too late
to matter": `tone_averted`). A degree word between the verb and "too late" is read past (`LATE_DEGREES`: "came far too
late"). A perfect's "yet to" before such a verb denies it as "never" does ("The recovery has yet to come":
`yet_comings`), where "is yet to come" foretells it ("The worst is yet to come"). People named by what befell them
(`_PEOPLE`: "The victims of the attack did not come forward") are no thing that never came, nor the harm after their
"of", and "reached" before a count is a level ("The death toll has not reached 100"), no coming; "reach" after "did
not" is a coming as "reached" is ("The promised aid did not reach the survivors"). A word of a thing foreseen that
opens the subject's noun phrase (`_EXPECTING`: "The feared attack on refugees never happened") takes the window back
to it, however long the phrase (within `_WANTED`).
Python work per negation found: a few hundred a batch, each one word read.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import opens_clause, word_at
from transforms.enrichments.tone_phrases import word_at as word_from

# Verbs of a thing's coming about, whose subject is the thing: each says the thing happened, or with a negation did not.
# "reached" is one in its past only ("The aid convoy never reached the city"): its present follows a modal more often
# ("may not reach its sales target"), where the words before are a clause of their own ("posted a drop and warned it")
COMING = frozenset("""came come comes arrived arrive arrives materialised materialized materialise materialize
                   materialises materializes happened happen happens reached""".split())
# How far before the negation its subject's words of tone may be: VADER's window.
_SUBJECT = 3
# Words right after the verb that say how or whence it came, no coming denied: "never came easily", "came close".
_MANNER = frozenset("easily easy cheap cheaply close naturally quickly soon".split())
# ... or a verb of another sense: "came to power", "came from", "came out"
_NOT_COMING = _MANNER | frozenset("to from out across up into".split())
_RELATIVES = frozenset(("that", "which"))
# A relative's passive describes the thing that never came, its participle no verb of another subject ("the jobs that
# were promised", "the aid which had been pledged"); an active relative's verb is another's ("the flaw that leaked")
_PASSIVE = frozenset("was were is are had has have been being".split())
# The words of a thing waited for, before its noun ("the long-awaited rate cut", "the hoped-for deal"): the thing was
# wanted whatever its own tone, so one that never came is bad news even where the noun has none ("rate cut") and the
# word's own valence is a wait's ("awaited" −0.1, turned + by the negation); read up to `_WANTED` words back, as a
# premodifier stands before the noun of one or two words that it qualifies.
WANTED = frozenset("awaited hoped promised pledged anticipated sought".split())
_WANTED = _SUBJECT + 2
# The words of a thing foreseen, before its noun ("The feared attack on refugees never happened", "the predicted storm
# that never came"): the subject's phrase opens there, however long its noun's phrase ("attack on refugees" left the
# fear four words before the negation, read as a fear that came true). Only after a determiner or a degree word, or
# opening its paragraph: a verb's "feared" has a subject of its own ("Many feared the aid would never arrive").
_EXPECTING = WANTED | frozenset("feared dreaded expected predicted forecast threatened rumoured rumored".split())
_PREMODIFYING = frozenset("the a an this that these those its their his her our much long widely once oft".split())
# "reach" says a coming where a past's or a present's auxiliary carries its negation ("The promised aid did not reach
# the survivors"), as "reached" does; after a modal it is a level more often ("may not reach its target")
_REACHING = frozenset(("reach", "reached"))
_DID = frozenset(("did", "does", "do", "didn", "doesn", "don"))
# The prepositions of a remedy's target: "the patch for the flaw that was exploited" describes the flaw, not the patch
# that never came, so the passive relative is the target's
_TARGETS = frozenset(("for", "against", "to"))
# The negations that deny a coming ("never came", "did not come", "hasn't happened"), not a hedge of what is to come
# ("An increase is unlikely to come before June" is a forecast, no good thing lost); "yet" only as `yet_comings` finds
# it, before "to" and its verb ("The recovery has yet to come")
_DENYING = frozenset(("never", "not", "t", "yet"))
# Words that open another clause before the negation: its words of tone are another's ("He hoped, but help never came")
_CLAUSE_WORDS = frozenset("and but or while whereas as when because so that which who though although".split())
# The auxiliary that carries a negation ("did not happen", "hasn't come", "had never arrived"): no word of the subject,
# so it takes no place of the subject's window ("The expected recovery in exports did not happen" lost its recovery)
_AUXILIARIES = frozenset("did does do has have had didn doesn don hasn haven hadn is are was were".split())
# The prepositions that join a head noun to what it is of ("The recovery in house prices never happened", "the rise
# of wages"): the phrase after one is the head's, so the window reaches the head, two words before the preposition
# (its noun and a premodifier), within `_WANTED`
_LINKS = frozenset(("in", "of"))
# People named by what befell them or by whom they belong to ("the victims", "families of the victims"): that they did
# not come or arrive is no harm averted, and the harm that named them happened ("The victims of the attack did not come
# forward" read +7.0, the attack and the victims turned). Such a word is never a thing that never came, and the phrase
# after its "in" or "of" is its harm's, none either. A word list, since only the subject's head tells a person's coming
# from an event's ("Aid did not arrive in Gaza" is bad news, "Refugees did not arrive in Europe" none)
_PEOPLE = frozenset("""victims victim survivors survivor refugees refugee casualties evacuees families relatives
                    patients hostages prisoners migrants residents mourners wounded injured""".split())
# The first characters of a count or a sum: "reached" before one is a level a quantity reached, no thing's coming ("The
# death toll in the earthquake has not reached 100" turned the deaths)
_COUNT_STARTS = tuple("0123456789$£€")


def unmet_subjects(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, negations: np.ndarray,
                   words: np.ndarray, late: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Return which of `words` (sorted word numbers of the words of tone) a negation (`negations`: word numbers) right
    before a verb of `COMING` after them says never came, and which of those a word of `WANTED` in their subject says
    were wanted ("The bailout sought by the airline": the wish read even where its word has no tone of its own).
    A verb of `COMING` in `late` (word numbers: `late_comings`) came too late, read as one that never came.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "the hoped for recovery never came  waited for help that never came  success never came easily"
    >>> starts = word_starts(text)
    >>> unmet, wanted = unmet_subjects(text, text, starts, np.zeros(len(starts), int), np.array([4, 10, 14]),
    ...                                np.array([1, 3, 8, 13]))
    >>> unmet.tolist(), wanted.tolist()
    ([True, True, True, False], [True, True, False, False])
    """
    unmet, wanted = np.zeros(len(words), dtype=bool), np.zeros(len(words), dtype=bool)
    # each denial as (the word after its subject, its verb): a negation and the verb after it, or a verb come too late
    # ... "yet" (`yet_comings`) two words before its verb, "to" between them
    # (the negations' starts read as one list, and the verb's word tested before its paragraph: most negations are
    # before no verb of coming, and a numpy scalar read per test was most of this loop's time)
    denials = [(negation, negation + 1 + (word_from(text, start) == "yet"))
               for negation, start in zip(negations.tolist(), starts[negations].tolist(), strict=True)]
    denials += [(verb, verb) for verb in (late.tolist() if late is not None else [])]
    for negation, verb in denials:
        if (verb >= len(starts) or not _coming(text, starts, negation, verb) or paragraph[verb] != paragraph[negation]
                or (negation != verb and word_at(text, starts, negation) not in _DENYING)):
            continue
        after = verb + 1
        if after < len(starts) and paragraph[after] == paragraph[verb] and not opens_clause(
                joined, text, starts, after, frozenset()) and word_at(text, starts, after) in _NOT_COMING:
            continue
        if after < len(starts) and paragraph[after] == paragraph[verb] and word_at(text, starts, verb) in _REACHING \
                and text.startswith(_COUNT_STARTS, int(starts[after])):
            continue
        relative = negation > 0 and word_at(text, starts, negation - 1) in _RELATIVES  # "help that never came"
        first = negation - relative
        if not relative:  # "Help promised by the government never arrived": the help, before its agent's phrase
            if first > 0 and word_at(text, starts, first - 1) in _AUXILIARIES:
                first -= 1
            first = _past_agent(joined, text, starts, paragraph, first)
        found: list[int] = []
        wish = False
        reach = first - _SUBJECT  # the first word of the subject's window
        for word in range(first - 1, max(first - _WANTED - 1, 0) - 1, -1):
            if paragraph[word] != paragraph[negation]:
                break
            if word_at(text, starts, word) in _RELATIVES:
                if word + 1 < first and word_at(text, starts, word + 1) in _PASSIVE:
                    if {word_at(text, starts, before) for before in range(max(word - 3, 0), word - 1)} & _TARGETS:
                        found = []  # "the patch for the flaw that was exploited": the target's relative
                    break  # "The jobs that were promised never arrived": the passive's participle says the subject
                found = []  # "the flaw that leaked passwords never arrived": a relative's verb and object, no subject
                break
            opens = not (relative and word + 1 == first) and opens_clause(joined, text, starts, word + 1, _CLAUSE_WORDS)
            if word < first - _WANTED or opens:
                break
            wish |= word_at(text, starts, word) in WANTED
            if _expected(text, starts, paragraph, word):  # "The feared attack on refugees": its phrase, to its noun
                reach = min(reach, word)
            if word_at(text, starts, word) in _LINKS:
                if word > 0 and word_at(text, starts, word - 1) in _PEOPLE:  # "victims of the attack": its harm's
                    found = [at for at in found if words[at] < word]
                if word >= reach:
                    reach = max(word - 2, first - _WANTED)
            if word_at(text, starts, word) in _PEOPLE:
                continue
            at = int(np.searchsorted(words, word))
            if at < len(words) and words[at] == word:
                found.append(at)
        # the window is known once its words are read: an expectation's word lowers it past words read before
        found = [at for at in found if words[at] >= reach or word_at(text, starts, int(words[at])) in WANTED]
        unmet[found] = True
        wanted[found] = wish
    return unmet, wanted


def _coming(text: str, starts: np.ndarray, negation: int, verb: int) -> bool:
    """Return whether `verb` is a verb of `COMING`, or "reach" after a past's or a present's "did not", "does not"."""
    word = word_at(text, starts, verb)
    return word in COMING or (word in _REACHING and negation > 0 and verb == negation + 1
                              and word_at(text, starts, negation - 1) in _DID)


def _expected(text: str, starts: np.ndarray, paragraph: np.ndarray, word: int) -> bool:
    """Return whether `word` is a word of `_EXPECTING` that premodifies the noun after it ("The feared attack")."""
    if word_at(text, starts, word) not in _EXPECTING:
        return False
    return word == 0 or paragraph[word - 1] != paragraph[word] or word_at(text, starts, word - 1) in _PREMODIFYING


def late_comings(text: str, starts: np.ndarray, paragraph: np.ndarray) -> np.ndarray:
    """Return the word numbers of the verbs of `COMING` right before "too late" ("The help came too late to save the
    firm": a help that did not help, read as one that never came); found where "too late" stands, not at every word.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "the help came too late  it is not too late  aid arrived far too late"
    >>> late_comings(text, word_starts(text), np.zeros(20, int)).tolist()
    [2, 11]
    """
    found: list[int] = []
    at = text.find(" too late")
    while at != -1:
        verb = int(np.searchsorted(starts, at, side="right")) - 1  # the word that ends at this space
        late = verb + 2
        if verb >= 1 and word_at(text, starts, verb) in LATE_DEGREES:  # "came far too late": the verb a word back
            verb -= 1
        if verb >= 0 and late < len(starts) and paragraph[verb] == paragraph[late] \
                and word_at(text, starts, verb) in COMING and word_at(text, starts, late) == "late":
            found.append(verb)
        at = text.find(" too late", at + 1)
    return np.array(found, dtype=np.int64)


_PERFECT = frozenset(("has", "have", "had"))


def yet_comings(text: str, starts: np.ndarray, paragraph: np.ndarray) -> np.ndarray:
    """Return the word numbers of each "yet" that an auxiliary, "to" and a verb of `COMING` stand around ("The recovery
    has yet to come": a thing that has not come, read as one that never came); found where " yet to " stands.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "the recovery has yet to come  the worst is yet to come  it has yet to be decided"
    >>> yet_comings(text, word_starts(text), np.zeros(20, int)).tolist()
    [3]
    """
    found: list[int] = []
    at = text.find(" yet to ")
    while at != -1:
        yet = int(np.searchsorted(starts, at, side="right"))  # the word after this space
        verb = yet + 2
        # only after a perfect's auxiliary, which says it has not come so far ("has yet to"); "is yet to come" is a
        # forecast that it will ("The worst is yet to come", "The best is yet to come"), "and yet to come" no denial
        if 0 < yet and verb < len(starts) and paragraph[yet - 1] == paragraph[verb] \
                and word_at(text, starts, yet - 1) in _PERFECT and word_at(text, starts, verb) in COMING:
            found.append(yet)
        at = text.find(" yet to ", at + 1)
    return np.array(found, dtype=np.int64)


# The degree words that stand between a verb of coming and "too late" ("came far too late", "arrived much too late"):
# they say the lateness more, so the thing came no less too late. A word of another kind there is another clause's
# ("it came, but too late" keeps the reading of its own words), so only these are read past.
LATE_DEGREES = frozenset("far much way just simply".split())


# A reduced passive after the thing that never came, with its agent's phrase ("Help promised by the government never
# arrived", "The storm predicted by forecasters never came"): the agent's words stand where the subject's would, so the
# subject is read before the participle instead. A participle is a word of `WANTED` or one of a past's ending; the agent
# up to `_AGENT` words after "by", in the clause.
_AGENT = 4
_PARTICIPLE_ENDS = ("ed", "en")
# the irregular participles of a thing expected or sought, which no ending shows
_IRREGULAR = frozenset("forecast sought brought made paid sent".split())


def _past_agent(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, first: int) -> int:
    """Return the word number after a participle whose "by" phrase ends right before `first` (the negation's), or
    `first` where none does: the words before it are then the subject's."""
    for by in range(first - 2, max(first - _AGENT - 2, 0), -1):
        if paragraph[by] != paragraph[first] or opens_clause(joined, text, starts, by + 1, _CLAUSE_WORDS):
            return first
        if word_at(text, starts, by) == "by":
            participle = word_at(text, starts, by - 1)
            if participle in WANTED or participle in _IRREGULAR or participle.endswith(_PARTICIPLE_ENDS):
                return by
            return first
    return first
