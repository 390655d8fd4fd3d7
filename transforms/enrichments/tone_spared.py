"""The event of a harm that befell no one: "No one was hurt in the crash", "No accounts were affected by the outage".

A harm's participle that a negation reached ("No one was injured", "None of the passengers was hurt", "No customer
accounts were affected") is the news; the event it names after "in", "by" or "during" is where the harm did not come,
no bad news of its own, as an escape's event is none (`tone_escapes`: "escaped injury in the crash"). "Not one of the
200 passengers was injured in the emergency landing" read bad, the emergency's −1.6 outweighing the injury undone, and
"The bank said no customer accounts were affected by the outage" (the outage's −1.5). Only the event's noun and the word
before it, after an article at most, in the participle's clause; a harm that came keeps its event ("10,000 homes were
affected by flooding", "Two were hurt in the crash": no negation reached the participle), and so does one that did harm
after all: an event its own clause of harm follows ("None of the rescued was hurt in the blaze that killed 12", "in the
crash, which destroyed the engine": `OWN_HARMS`), or one whose sentence goes on, past "but" or "though", to a harm
that came ("No one was hurt in the fire, but 30 families lost their homes"); not past a "but" that excepts ("No one
but the pilot", `tone_contrasts`), and "it could have been far worse" is a relief, no harm (tone's `NEWS_TERMS`).
The active voice says the same with the event as its subject: "The earthquake hurt nobody" (`_subject_events`), past
its phrase of where ("The wildfire in Alberta destroyed no homes"); and a clause of time names the event as "in" does
("No one was injured when a freight train derailed": `_clause_events`).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.tone_contrasts import first_contrast
from transforms.enrichments.tone_easing import opens_clause, word_at

# The participles of a harm that befalls someone or something in an event (each a word of the lexicon or of tone's
# `NEWS_WORDS`: one with no tone is no harm that a negation turns).
HARMED = ("hurt", "injured", "harmed", "killed", "wounded", "affected", "damaged", "destroyed")
_IN = frozenset(("in", "by", "during"))
_ARTICLES = frozenset(("the", "a", "an", "this", "that", "its", "their", "last", "friday's", "sunday's"))
# The verbs of an event's own clause of harm, after "that" or "which": the event harmed others than the ones spared.
# Not "that struck off the coast", "which happened at 8am": the event's coming is no harm done.
OWN_HARMS = frozenset((*HARMED, "destroyed", "gutted", "razed", "flattened", "claimed", "left", "displaced",
                       "devastated", "crippled", "disrupted"))
_RELATIVES = frozenset(("that", "which"))
# A contrast after the event, whose clause tells the harm that came: "..., but 30 families lost their homes".
# (`tone_contrasts`: not "No one but the pilot", "has yet to").
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")


def _did_harm(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, event: int,
              kept: np.ndarray) -> bool:
    """Return whether the event (its word number) did harm after all: its own clause of harm follows it ("the blaze
    that killed 12"), or its sentence's contrast tells of a harm that came (`kept`: the sorted word numbers of the bad
    words no negation reached)."""
    for relative in (event + 1, event + 2):  # "the blaze that killed", "the crash landing, which destroyed"
        if relative >= len(starts) - 1 or paragraph[relative] != paragraph[event]:
            break
        if word_at(text, starts, relative) in _RELATIVES:
            if {word_at(text, starts, relative + 1), word_at(text, starts, relative + 2)} & OWN_HARMS:
                return True
            break
    end = len(text) if paragraph[-1] == paragraph[event] else int(starts[np.searchsorted(paragraph, paragraph[event],
                                                                                              side="right")])
    begin = int(starts[event])
    sentence = _SENTENCE_END.search(joined, begin, end)
    stop = sentence.start() if sentence else end
    contrast = first_contrast(text, begin, stop)
    if contrast < 0:
        return False
    low, high = np.searchsorted(starts, (contrast, stop))
    return bool(np.searchsorted(kept, high) > np.searchsorted(kept, low))


def spared_events(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, harms: np.ndarray,
                  bad: np.ndarray, kept: np.ndarray) -> np.ndarray:
    """Return the word numbers of the bad words (`bad`: their sorted word numbers in a batch's `lowered` text, `joined`
    with its marks, whose word starts are `starts`) that name the event of a negated harm in `harms` (word numbers of
    the words a negation reached): "in the emergency landing" after "No one was injured", unless the event did harm
    after all (`kept`: the sorted word numbers of the bad words no negation reached). Python work per such word: a few
    a batch.

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "no one was hurt in the crash  two were hurt in the crash  none was hurt  in the end"
    >>> text = joined
    >>> starts = word_starts(text)
    >>> spared_events(joined, text, starts, np.zeros(len(starts), int), np.array([3, 14]), np.array([6, 11]),
    ...               np.array([8, 11])).tolist()
    [6]
    >>> joined = "no one was hurt in the blaze that killed 12. no one was hurt in the fire, but homes were lost"
    >>> text = joined.replace(".", " ").replace(",", " ")
    >>> starts = word_starts(text)
    >>> spared_events(joined, text, starts, np.zeros(len(starts), int), np.array([3, 13]), np.array([6, 8, 16, 20]),
    ...               np.array([6, 8, 16, 20])).tolist()
    []
    >>> joined = "the earthquake hurt nobody. after the storm, it hurt nobody"
    >>> text = joined.replace(".", " ").replace(",", " ")
    >>> starts = word_starts(text)
    >>> spared_events(joined, text, starts, np.zeros(len(starts), int), np.array([2, 9]), np.array([1, 6]),
    ...               np.array([], int)).tolist()
    [1]
    """
    events: list[int] = []
    bad_words: set[int] | None = None  # made only where a harm names its event: most batches' have none
    for harm in harms.tolist():
        at = harm + 1
        if word_at(text, starts, at) in _NO_OBJECTS and word_at(text, starts, harm) in HARMED:  # "hurt nobody"
            bad_words = set(bad.tolist()) if bad_words is None else bad_words
            events.extend(_subject_events(joined, text, starts, paragraph, harm, bad_words, kept))
            continue
        if (word_at(text, starts, harm) not in HARMED or at >= len(starts) or paragraph[at] != paragraph[harm]
                or opens_clause(joined, text, starts, at, frozenset())):
            continue
        if word_at(text, starts, at) in _WHEN:  # "No one was injured when a freight train derailed"
            bad_words = set(bad.tolist()) if bad_words is None else bad_words
            events.extend(_clause_events(joined, text, starts, paragraph, at, bad_words, kept))
            continue
        if word_at(text, starts, at) not in _IN:
            continue
        bad_words = set(bad.tolist()) if bad_words is None else bad_words
        at += word_at(text, starts, at + 1) in _ARTICLES
        for event in (at + 1, at + 2):  # "in the emergency landing", "by the outage"
            if event >= len(starts) or paragraph[event] != paragraph[harm] or opens_clause(joined, text, starts, event,
                                                                                            frozenset()):
                break
            if event in bad_words and not _did_harm(joined, text, starts, paragraph, event, kept):
                events.append(event)
    return np.array(events, dtype=np.int64)


# A clause of time after the harm that befell no one names its event as "in the crash" does: "No one was injured when
# a freight train derailed" read bad, the derailment's −1.4 outweighing the injury undone. Its subject and verb, up to
# `_CLAUSE` words, no mark between; not one whose own verb did harm ("when the bomb destroyed the station":
# `OWN_HARMS`).
_WHEN = frozenset(("when", "after"))
_CLAUSE = 5


def _clause_events(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, when: int,
                   bad_words: set[int], kept: np.ndarray) -> list[int]:
    """Return the bad words of the clause of time that `when` (its word number) opens, unless it did harm."""
    clause = []
    for word in range(when + 1, min(when + 1 + _CLAUSE, len(starts))):
        if paragraph[word] != paragraph[when] or opens_clause(joined, text, starts, word, _RELATIVES):
            break
        if word_at(text, starts, word) in OWN_HARMS:
            return []  # the event harmed others than the ones spared
        clause.append(word)
    events = [word for word in clause if word in bad_words]
    return events if events and not _did_harm(joined, text, starts, paragraph, clause[-1], kept) else []


# The objects that say a harm befell no one (`tone_contrasts`' `unharmed_objects` read them first): "hurt nobody"
_NO_OBJECTS = frozenset(("nobody", "no", "nothing"))


def _subject_events(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, harm: int,
                    bad_words: set[int], kept: np.ndarray) -> list[int]:
    """Return the bad words that are the subject of a harm (its word number) whose object is no one, unless the event
    did harm after all: "The earthquake hurt nobody" read bad, the hurt turned but the earthquake keeping its −, where
    "No one was hurt in the earthquake" gives it none. The noun right before the verb and the word before it, after an
    article at most, with no mark between ("After the storm, it hurt nobody": no event of tone its subject)."""
    events = []
    harm = _past_where(joined, text, starts, paragraph, harm)
    for event in (harm - 1, harm - 2):  # "the earthquake hurt", "the tropical storm injured"
        if event < 0 or paragraph[event] != paragraph[harm] or opens_clause(joined, text, starts, event + 1,
                                                                            frozenset()):
            break
        if word_at(text, starts, event) in _ARTICLES:
            break
        if event in bad_words and not _did_harm(joined, text, starts, paragraph, event, kept):
            events.append(event)
    return events


# The prepositions of a phrase of where between an event and its verb: "The wildfire in Alberta destroyed no homes",
# "The earthquake off the coast of Japan". The subject's noun stands before the first of them.
_WHERE = frozenset("in off near at on across along outside".split())
_WHERE_FAR = 6


def _past_where(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, verb: int) -> int:
    """Return the word number of the first preposition of a phrase of where right before the verb, in its clause, or
    the verb's when there is none: the subject's words stand before it."""
    first = verb
    for word in range(verb - 1, max(verb - _WHERE_FAR - 1, 0), -1):
        if paragraph[word] != paragraph[verb] or opens_clause(joined, text, starts, word + 1, _RELATIVES):
            break
        if word_at(text, starts, word) in _WHERE:
            first = word
    return first
