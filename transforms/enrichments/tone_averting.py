"""Verbs of averting a bad thing: "avoid bankruptcy", "averted a strike", "escaped injury", "released the hostages".

VADER reads the verb's own valence ("avoid" −1.2, "avoided" −1.4, "stop" −1.2) and the bad thing's, so a
bankruptcy avoided read as two bad things ("The airline secured a loan to avoid bankruptcy" −5.3). A bad word
(a negative valence) up to three words after one of `AVERTING` is negated as after "not" (× −0.74, VADER's
weight), and the verb then has no valence of its own. A negation or one of `UNDOING` up to three words before
the verb undoes it ("did not stop atrocities", "could not prevent the looting", "failed to avert a strike"):
the bad word keeps its valence, and the negation does not reach it past the verb, where VADER's rule had
flipped it ("The UN said the government did not stop atrocities" read +7.3). A verb with no bad word after it
keeps its valence ("The minister avoided questions"). "escape" averts only the word right after it ("escaped
injury", "escapes punishment"): one who "escapes a roadside bombing" survived a bombing that happened. A noun or
an adjective of the same letters averts nothing (`NOT_VERBS`): "stop" after an article, a determiner or a word of a
compound ("a stop", "the stop", "bus stop", "non-stop", "pit stop", "full stop"), unless "to" follows it ("put a
stop to the looting"; "that stop" is a relative's verb: "Drugs that stop cancer spreading"), and "escaped" after an
article or a possessive, or before one who escaped ("an escaped killer", "three escaped prisoners", "escaped convict";
"All four escaped injury" is the verb): "A bus stop attack" read +9.7 and "An escaped killer
is on the run" +8.7, the attack and the killer averted. A noun "stop" or "stops" has no valence either: VADER's −1.2 and
−0.6 are a command's and a verb's, not a bus's ("an unscheduled stop", "the next stop", "bus stops"), and one adjective
may come between an article or a possessive and the noun ("an unscheduled stop", "their last stop").

A verb of releasing averts only a captive (`RELEASING`, `CAPTIVES`): "released the hostages", "Myanmar Releases
Hundreds of Prisoners" read good, "have not released the hostages" and "refused to release the hostages" bad, and
"released a statement about the attack" leaves the attack as it was. A captive is released by a participle after it
too ("Hostages freed in Iraq", "the hostages were released"; "The hostages were not freed" is still bad news), and the
bad words between a captive and a passive's participle that frees it say which captives, part of the captivity freed
("The hostages held by their kidnappers were freed" is good news; not "Two hostages were killed and three were
freed": `CAPTIVITY`). A prisoner swap releases ("exchanged hundreds of
prisoners of war", "swapped prisoners"; "exchanged fire with the rebels" averts nothing).
A way out of insolvency averts it (`_LEAVING`): "came out of administration", "emerged from bankruptcy", "a way out of
crisis" read good; "out of" and "emerged from" avert nothing else ("out of blind panic", "emerged from the wreckage").
Clearing one of a charge reverses it (`CLEARING`: "cleared him of all charges", "cleared of racism", "acquitted of
corruption charges"; "cleared the way" and "cleared a plan" keep the lexicon's +0.4 of "cleared" and avert nothing).

A verb of easing reaches no worry past a mark or a word that opens a clause or a phrase (`_CLAUSE_WORDS`): a market's
"eased" is often intransitive, and "Shares eased as fears of a recession grew", "Prices eased, but concerns remain" and
"Stocks eased on fears of a slowdown" are still bad news ("eased investors' fears", "calmed some concerns" are eased).

Limits: the three words are VADER's window, not a parse, so a bad word in the next clause can be taken for the
verb's object ("stopped, and violence resumed": only a verb of easing, and what its worry is about, stop at the
comma), a verb not on the list averts nothing ("ended the war"), and a headline's participle may be another noun's
("New Video of CARE Hostage Released" reads as the hostage released).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.tone_phrases import make_phrases, phrases_found

# Verbs of releasing, which avert only a captive (`CAPTIVES`), after them or before them: "released the hostages",
# "Hostages freed"; "released a statement about the attack" leaves the attack as it was.
RELEASING = ("release", "releases", "released", "releasing", "free", "frees", "freed", "freeing",
             # a prisoner swap frees both sides' captives: "exchanged hundreds of prisoners of war"
             "exchange", "exchanges", "exchanged", "exchanging", "swap", "swaps", "swapped", "swapping")
# Those that release a captive before them, a passive's participles: "Hostages freed", "were released"; not a noun's
# "release" ("Fatwa Demands Release") or an active verb's object ("Hostages Say They Will Free").
RELEASED = ("freed", "released", "exchanged", "swapped")
# Those that release a captive before them only as a passive's ("are to be exchanged"; not "prisoners exchanged blows")
SWAPPED = ("exchanged", "swapped")
# The captives news reports the release of, each a bad word of tone (the lexicon's or tone's `NEWS_WORDS`).
# "trapped": people a disaster holds, freed as captives are ("Rescuers freed the climbers trapped by the avalanche").
CAPTIVES = ("hostage", "hostages", "prisoner", "prisoners", "kidnapped", "abducted", "trapped")
# A captive's captivity, the words a participle that frees it passes ("The hostages held by their kidnappers were
# freed"): a participle of captivity right after the captive; "Two hostages were killed and three were freed" has none.
CAPTIVITY = make_phrases({word: ("_ {held}", "_ of war {held}") for word in CAPTIVES},
                         {"held": "held taken seized captured kidnapped abducted detained jailed imprisoned"})
# Verbs of easing a worry, which avert only a worry (`WORRIES`) and what it is about, up to three words after it:
# "eased fears of a recession", "relieve concerns about the bank"; "eased into the lead", "oil eases" avert nothing.
EASING = ("ease", "eases", "eased", "easing", "relieve", "relieves", "relieved", "relieving", "allay", "allays",
          "allayed", "allaying", "calm", "calms", "calmed", "calming", "dispel", "dispels", "dispelled", "dispelling",
          "soothe", "soothes", "soothed", "soothing")
# What ends the object of a verb of easing before a worry: a word that opens a clause or a phrase of its own
# ("Shares eased as fears grew", "Oil eased while worries persisted", "Stocks eased on fears of a slowdown") or a mark
# between two words ("Prices eased, but concerns remain"). A market's "eased" is as often intransitive, and a worry
# past it is the news, not what was eased ("eased investors' fears", "calmed some concerns" are still eased).
_CLAUSE_WORDS = frozenset((
    "as while but and or nor yet so amid on over after despite because since though although when whereas if with in "
    "at for from before until than to that which who").split())
CLAUSE_MARKS = re.compile(r"[,;:.!?()\[\]\u2013\u2014]|\s-\s")
# What ends what an eased worry is about: a mark, or a word that opens a clause of its own ("The talks eased tensions,
# but violence erupted"); not a preposition, which says what the worry is about ("eased fears over the crisis").
_WORRY_ENDS = frozenset("as while but yet so amid despite because since though although when whereas".split())
# The worries a verb of easing averts, each a bad word of tone (the lexicon's or tone_senses' "concern").
WORRIES = ("fear", "fears", "worry", "worries", "concern", "concerns", "anxiety", "anxieties", "doubts", "tension",
           "tensions")
# Verbs of clearing one of a charge, which reverse the charge: "cleared of all charges", "cleared him of doping",
# "acquitted of murder"; "cleared" without "of" clears a way, a plan or a bank's bid, and keeps its valence.
CLEARING = ("acquit", "acquits", "acquitted", "acquitting",
            *(f"{verb} {whom}of" for verb in ("clear", "clears", "cleared", "clearing")
              for whom in ("", "him ", "her ", "them ", "it ", "us ", "me ")))
# The verbs, in every form news writes them, each with how many words after it it reaches (VADER's window of
# three, one for "escape").
ESCAPE = ("escape", "escapes", "escaped", "escaping")
# Ways out of insolvency, which avert only the word right after them and only one of `_INSOLVENT` (`NOT_VERBS`):
# "came out of administration", "emerged from bankruptcy"; not "out of blind faith", "emerged from the rubble".
_LEAVING = ("out of", "emerge from", "emerges from", "emerged from", "emerging from")
AVERTING = {verb: 1 if verb in (*ESCAPE, *_LEAVING) else 3 for verb in (
    "avoid", "avoids", "avoided", "avoiding", "avert", "averts", "averted", "averting", *ESCAPE,
    "prevent", "prevents", "prevented", "preventing",
    "stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting",
    "stave off", "staves off", "staved off", "staving off", "ward off", "wards off", "warded off", "warding off",
    "fend off", "fends off", "fended off", "fending off", *RELEASING, *CLEARING, *EASING, *_LEAVING,
    "spared",  # "was spared jail"; with no bad word after it, good news of its own (tone's `NEWS_WORDS`)
)}
# Words before a verb of averting that undo it, beside VADER's negations: "failed to stop the violence", "refused to
# release the hostages".
UNDOING = ("failed to", "fail to", "fails to", "failing to", "unable to", "refused to", "refuses to", "refusing to",
           "refuse to", "yet to")
# Where a verb's letters are a noun or an adjective, which averts nothing (written as tone_senses' `SENSES`: "_" the
# word, "{set}" one of `_SETS`, "!" any word but, "#" a number).
_SETS = {
    # not "that", "this" or "each": "Drugs that stop cancer spreading", "This stops the looting" (the dev corpora
    # hold "that stops an international group" and no "this stop" or "each stop" of a noun)
    "stop_before": "a an the every one first last next final bus non pit full request rest its his her their our",
    "stop_article": "a an its his her their our",  # an adjective between: "an unscheduled stop", "a brief stop"
    # not a number or "several": "All four escaped injury", "two escaped a possible ban" (the adjective's "three
    # escaped prisoners" is `escapee`'s)
    "escaped_before": "a an the his her their its",
    "escapee": "killer killers prisoner prisoners convict convicts inmate inmates murderer murderers criminal "
               "criminals slave slaves rapist rapists suspect suspects fugitive fugitives detainee detainees",
    "insolvent": "administration bankruptcy insolvency receivership recession crisis danger trouble poverty",
}
NOT_VERBS: dict[str, tuple[str, ...]] = {
    "stop": ("{stop_before} _ !to", "{stop_article} * _ !to"),
    "stops": ("{stop_before} _ !to", "{stop_article} * _ !to"),
    "escaped": ("{escaped_before} _", "_ {escapee}"),
    "of": ("out _ !{insolvent}",),  # "cleared of" ends in "of" too, and is always a verb
    "from": ("_ !{insolvent}",),
}
_NOT_VERBS = make_phrases(NOT_VERBS, _SETS)
# A passive's participle of releasing ("were freed", "have been released") reaches its captive, the sentence's subject,
# past the words that say which captives: "Twelve prisoners of war held by the rebels were freed".
_PASSIVE = make_phrases({word: ("{passive} _",) for word in RELEASED}, {"passive": "was were been is are be being"})
# The war of "prisoners of war" names the captives, no war of the news: "The prisoners of war were freed" is good news.
CAPTIVES_OF_WAR = make_phrases({"war": ("{captive} of _",)}, {"captive": "prisoner prisoners"})
# How far a negation before a verb reaches it, and the farthest a verb reaches after it: VADER's window.
WINDOW = 3
# How far before a passive's participle of releasing its captive may be (`released_captives`), and a worry before the
# verb of its waning (`tone_waning`): ten words, for the captivity a news sentence names between them ("The hostages,
# held by Hamas since October 2023, were freed" is nine; at seven it read as a captivity still going on).
FAR = 10


def passive_participles(text: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (each one of `RELEASED`), whether it is a passive's ("were freed")."""
    return phrases_found(text, starts, paragraph, words, _PASSIVE)


def easing_reach(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each a verb of `EASING` in a batch's `lowered` text, `joined` its
    text as written), how many words after it its object may reach: `WINDOW`, or fewer where a word of `_CLAUSE_WORDS`
    or a mark of `CLAUSE_MARKS` comes first.

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "Prices eased, but fears grew. It eased investors' fears. Oil eased as fears grew"
    >>> text = "prices eased  but fears grew  it eased investors  fears  oil eased as fears grew"
    >>> starts = word_starts(text)
    >>> verbs = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 5] == "eased"])
    >>> easing_reach(joined, text, starts, np.zeros(len(starts), int), verbs).tolist()
    [0, 2, 0]
    """
    reach = np.full(len(verbs), WINDOW, dtype=np.int64)
    for i, verb in enumerate(verbs.tolist()):  # per verb of easing found: a few a batch
        for d in range(1, WINDOW + 1):
            word = verb + d
            if word >= len(starts) or paragraph[word] != paragraph[verb]:
                break
            if opens_clause(joined, text, starts, word, _CLAUSE_WORDS):
                reach[i] = d - 1
                break
    return reach


def worry_clauses(joined: str, text: str, starts: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, per word number (and `WINDOW` slots more, all False), whether a word up to two windows after a verb of
    `EASING` in `verbs` opens a clause of its own (a mark of `CLAUSE_MARKS` before it, or a word of `_WORRY_ENDS`):
    what a worry is about ends there ("eased tensions. Violence erupted", "calmed tensions, but violence erupted").

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "It eased fears of war. Riots broke out"
    >>> text = "it eased fears of war  riots broke out"
    >>> np.flatnonzero(worry_clauses(joined, text, word_starts(text), np.array([1]))).tolist()
    [5]
    """
    opens = np.zeros(len(starts) + 1 + WINDOW, dtype=bool)
    for verb in verbs.tolist():  # the worry is up to WINDOW words after its verb, what it is about WINDOW after that
        for word in range(verb + 2, min(verb + 2 * WINDOW + 1, len(starts))):
            opens[word] = opens_clause(joined, text, starts, word, _WORRY_ENDS)
    return opens


def opens_clause(joined: str, text: str, starts: np.ndarray, word: int, words: frozenset[str]) -> bool:
    """Return whether a word (its number, never the batch's first) is one of `words` or follows a clause's mark."""
    end = text.find(" ", starts[word])
    gap = joined[text.find(" ", starts[word - 1]):starts[word]]  # between the word before and this one
    return text[starts[word]:end if end >= 0 else len(text)] in words or bool(CLAUSE_MARKS.search(gap))


def _word_before(words: np.ndarray, distance: int, word_paragraph: np.ndarray) -> np.ndarray:
    """Return the word `distance` before each word, or len(word_paragraph) (an empty slot) where that word is in
    another paragraph or before the first."""
    before = words - distance
    same = (before >= 0) & (word_paragraph[np.maximum(before, 0)] == word_paragraph[words])
    return np.where(same, before, len(word_paragraph))


def not_verbs(text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each the last word of one of `AVERTING` in a batch's `lowered` text,
    whose word starts are `starts` and whose words' paragraphs are `paragraph`), whether it is a noun or an adjective
    (`NOT_VERBS`), which averts nothing.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = " a bus stop attack  stop the killings  put a stop to it  an escaped killer  escaped injury"
    >>> starts = word_starts(text)
    >>> verbs = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 4] in ("stop", "esca")])
    >>> not_verbs(text, starts, np.zeros(len(starts), int), verbs).tolist()
    [True, False, False, True, False]
    """
    return phrases_found(text, starts, paragraph, verbs, _NOT_VERBS)


def averting_verbs(
    words: np.ndarray, bad: np.ndarray, word_paragraph: np.ndarray, reach: np.ndarray, undoing: np.ndarray,
    captive: np.ndarray | None = None, releasing: np.ndarray | None = None,
    worry: np.ndarray | None = None, easing: np.ndarray | None = None, clauses: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Return, for each sentiment word (its word number in `words`), how many words before it the verb that
    averts it is (0: none averts it), and whether a negation before that verb undoes it.

    `bad` says which of the words can be averted (negative valence, no verb themselves); `reach` and
    `undoing` are per word number, one slot more than `word_paragraph` (always 0, False): the reach of the
    verb of `AVERTING` that ends there (0: none), whether a negation or one of `UNDOING` ends there. A verb of
    `RELEASING` (per word number in `releasing`, as `reach`) averts only a word of `CAPTIVES` (`captive`, as `bad`),
    and one of `EASING` (`easing`) only a word of `WORRIES` (`worry`) and a bad word up to three words after a worry
    it averts ("eased fears of a recession"), none past a word that opens a clause (`clauses`, per word number and
    `WINDOW` slots more: `worry_clauses`).

    >>> reach = np.zeros(7, int); reach[1] = 3; undo = np.zeros(7, bool)
    >>> averting_verbs(np.array([2, 4, 5]), np.array([True, True, True]), np.zeros(6, int), reach, undo)
    (array([1, 3, 0]), array([False, False, False]))
    >>> undo[0] = True
    >>> averting_verbs(np.array([2]), np.array([True]), np.zeros(6, int), reach, undo)[1]
    array([ True])
    """
    distance = np.zeros(len(words), dtype=np.int64)
    captive = np.zeros(len(words), dtype=bool) if captive is None else captive
    releasing = np.zeros(len(reach), dtype=bool) if releasing is None else releasing
    worry = np.zeros(len(words), dtype=bool) if worry is None else worry
    easing = np.zeros(len(reach), dtype=bool) if easing is None else easing
    clauses = np.zeros(len(reach) + WINDOW, dtype=bool) if clauses is None else clauses
    for d in range(1, WINDOW + 1):
        verb = _word_before(words, d, word_paragraph)
        averted = np.where(releasing[verb], captive, np.where(easing[verb], worry & bad, bad))
        distance[averted & (distance == 0) & (reach[verb] >= d)] = d
    eased = np.zeros(len(reach), dtype=np.int64)  # per word number: how far before an eased worry its verb is
    at = (distance > 0) & worry
    eased[words[at]] = distance[at] * easing[words[at] - distance[at]]
    ended = np.zeros(len(words), dtype=bool)  # a clause opened between the worry and the word
    for d in range(1, WINDOW + 1):  # what the worry is about: "eased fears of a recession"
        before = _word_before(words, d, word_paragraph)
        ended |= clauses[words - d + 1]
        about = bad & (distance == 0) & (eased[before] > 0) & ~ended
        distance[about] = d + eased[before[about]]
    undone = np.zeros(len(words), dtype=bool)
    averted = np.flatnonzero(distance)
    verbs = words[averted] - distance[averted]
    for d in range(1, WINDOW + 1):
        undone[averted] |= undoing[_word_before(verbs, d, word_paragraph)]
    return distance, undone


def released_captives(
    words: np.ndarray, captive: np.ndarray, word_paragraph: np.ndarray, reach: np.ndarray, released: np.ndarray,
    undoing: np.ndarray,
) -> np.ndarray:
    """Return, for each sentiment word (its word number in `words`), how many words after it a participle of `RELEASED`
    that releases it is (0: none): a captive (`captive`) up to three words before the verb ("Hostages freed"), ten
    before a passive's ("The prisoners of war were freed", "The three hostages taken in the raid were released"), no
    negation or one of `UNDOING` between them ("The hostages were not freed").

    `reach` and `undoing` are per word number, as `averting_verbs` reads them (a verb's reach is 0 where its letters
    are a noun or an adjective), and so is `released`: how many words before it a participle of `RELEASED` that ends
    there reaches (0: none; `WINDOW`, or `FAR` after a passive's auxiliary: `passive_participles`).

    >>> reach = np.zeros(7, int); reach[[2, 5]] = 3; released = reach; undo = np.zeros(7, bool); undo[4] = True
    >>> released_captives(np.array([0, 3]), np.array([True, True]), np.zeros(6, int), reach, released, undo)
    array([2, 0])
    """
    distance = np.zeros(len(words), dtype=np.int64)
    blocked = np.zeros(len(words), dtype=bool)
    n_words = len(word_paragraph)
    for d in range(1, FAR + 1):
        after = np.minimum(words + d, n_words)
        same = (words + d < n_words) & (word_paragraph[np.minimum(words + d, n_words - 1)] == word_paragraph[words])
        after = np.where(same, after, n_words)  # the last slot is always empty
        found = captive & (distance == 0) & ~blocked & (released[after] >= d) & (reach[after] > 0)
        distance[found] = d
        blocked |= undoing[after]
    return distance
