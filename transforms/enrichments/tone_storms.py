"""A storm the weather services named ("Storm Darragh left 400,000 homes without power") is the weather's bad sense of
"storm", which `tone_senses` reads only beside a word that says the weather's ("tropical storm", "storm damage"): such
a sentence read 0. A team, an operation, a thing or a person called "Storm" is none ("Storm Reid starred in the
film", "the actress Storm Reid" read −9.2). A storm of no weather's after "by" and a take is a success, as the lexicon's
"triumph" ("The band took Glastonbury by storm" read 0: `taken_by_storm`)."""

from __future__ import annotations

import numpy as np

# What "Storm" names before a capitalised noun that is no storm's name: a missile ("Storm Shadow"), a forecaster's
# desk or a broadcaster's ("the Storm Prediction Center", "Storm Center forecasters", "Storm Team 4"), a club's
# chasers: each read as a named storm, bad news
_STORM_THINGS = frozenset("Shadow Shadows Center Centre Prediction Team Tracker Chaser Chasers Troopers".split())
# What a person does after a name, what a storm never does ("Storm Reid starred in the film", "Storm Keating said"), and
# what a person is before it ("the actress Storm Reid")
_DEEDS = frozenset("said says told added wrote starred stars starring plays played sang sings directed appeared "
                   "appears married posted shared wore won wins attended attends joined joins".split())
_ROLES = frozenset("actress actor singer model star presenter author director rapper designer daughter son".split())


def named_storms(joined: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (a "storm" of a batch's text, `joined` as written), whether it names a
    storm the weather services named: "Storm" before a capitalised name, after no capitalised word but a sentence's
    first ("Storm Darragh left 400,000 homes without power"; not "Operation Desert Storm", "the Seattle Storm", nor
    a thing's name, `_STORM_THINGS`: "Storm Shadow missiles", nor a person's, `_DEEDS` after it or `_ROLES` before
    it: "Storm Reid starred", "Storm Reid and Zendaya").

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "Storm Darragh hit. The Seattle Storm Won. a storm of applause. Storm Shadow missiles. Storm Reid said"
    >>> named_storms(joined, word_starts(joined), np.zeros(16, int), np.array([0, 5, 8, 11, 13])).tolist()
    [True, False, False, False, False]
    """
    named = np.zeros(len(words), dtype=bool)
    for i, word in enumerate(words.tolist()):
        start = int(starts[word])
        if joined[start:start + 1] != "S" or word + 1 >= len(starts) or paragraph[word + 1] != paragraph[word]:
            continue
        name = joined[starts[word + 1]:starts[word + 1] + 16].split(maxsplit=1)[0].strip(".,;:!?'’")
        if not name[:1].isupper() or name in _STORM_THINGS:
            continue
        deed = joined[starts[word + 2]:starts[word + 2] + 16].split(maxsplit=1)[0] if word + 2 < len(starts) else ""
        before = joined[max(start - 40, 0):start].rstrip()
        if deed.strip(".,;:!?'’") in _DEEDS or (before and before.split()[-1].lower() in _ROLES) or _listed(
                joined, starts, paragraph, word):
            continue
        named[i] = not before or before[-1] in ".!?:\"'“‘(" or not before.split()[-1][:1].isupper()
    return named


def _listed(joined: str, starts: np.ndarray, paragraph: np.ndarray, word: int) -> bool:
    """Return whether "Storm" and its name (`word` its number) are listed with another capitalised name, no storm's:
    a person's ("Storm Reid and Zendaya attended the premiere" read −6.1; "Storm Ciarán and Storm Domingos" are
    storms), or her or his kin's ("Storm Reid and her mother")."""
    if word + 3 >= len(starts) or paragraph[word + 3] != paragraph[word]:
        return False
    joint = joined[starts[word + 2]:starts[word + 3]].strip()
    other = joined[starts[word + 3]:starts[word + 3] + 16].split(maxsplit=1)[0]
    # or with her or his kin: "Storm Reid and her mother walked the red carpet" (a storm is never "her" in news)
    return joint in ("and", "&") and (other[:1].isupper() and not other.startswith("Storm") or other in ("her", "his"))


# A take's forms before "by storm": the idiom of a success ("The band took Glastonbury by storm", "has taken the charts
# by storm"), which read 0, the storm of no weather's
_TAKING = frozenset("take takes took taken taking".split())
# ... but a place seized by force, its old sense: "Protesters took the presidential palace by storm", "Troops took the
# fortress by storm" (a building between the take and "by", or an armed or angry crowd right before the take)
SEIZED = frozenset("""palace parliament building buildings embassy fortress fort fortifications compound barracks prison
    jail castle capitol headquarters hq airport base stronghold citadel garrison bastille ministry""".split())
_SEIZING = frozenset("""protesters protestors rioters troops soldiers rebels militants forces fighters insurgents mob
    demonstrators army marines commandos militia militias gunmen""".split())
TRIUMPH = 2.1  # the lexicon's "triumph" (a test checks it)


def taken_by_storm(text: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (a "storm" of a batch's lowered `text` of no weather's sense), whether it
    ends the idiom "took ... by storm": "by" right before it and a form of "take" one to four words before "by" in its
    paragraph ("took Glastonbury by storm", "taken the world of fashion by storm"; not "hit by storm Bert", nor a
    place seized by force: "took the palace by storm", "Rebels took the city by storm").

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "the band took glastonbury by storm  homes were hit by storm bert  rebels took the palace by storm"
    >>> taken_by_storm(text, word_starts(text), np.zeros(19, int), np.array([5, 12, 18])).tolist()
    [True, False, False]
    """
    taken = np.zeros(len(words), dtype=bool)
    for i, word in enumerate(words.tolist()):  # a few a batch: the storms of no weather's sense
        if word < 2 or not text.startswith("by ", int(starts[word - 1])) or paragraph[word - 1] != paragraph[word]:
            continue
        take = next((at for at in range(max(word - 6, 0), word - 2) if paragraph[at] == paragraph[word]
                     and text[starts[at]:starts[at + 1]].strip() in _TAKING), -1)
        taken[i] = take >= 0 and not any(
            text[starts[at]:starts[at + 1]].strip(" ,.'’") in (SEIZED if at > take else _SEIZING)
            for at in range(max(take - 3, 0), word - 1) if at != take and paragraph[at] == paragraph[word])
    return taken
