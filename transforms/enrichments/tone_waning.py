"""A worry that waned: "Tensions eased after the talks", "Fears of a trade war faded", "Fears proved unfounded".

A verb of easing averts a worry after it ("eased fears of a recession": `tone_averting`); news as often puts the worry
first, as the subject of an intransitive verb, and then read it as a worry that is still there ("Tensions eased after
the talks" −2.5, the lexicon's +1.2 of "eased" outweighed by "tensions"). A verb of `WANING` up to `FAR` words after a
worry (`tone_averting`'s `WORRIES`, a service's fault of `FAULTS`: "The outage was fixed", and a bad event of
`ENDING_HARMS`: "The war ended after four years") averts it and the bad
words between, what the worry was about ("Fears of a trade war eased"), and has no valence of its own, as a verb of
averting has none once it averts. Not past a mark, a word that
opens a clause of its own or a negation ("Fears grew as shares eased", "Fears that prices would rise eased", "Fears
have not eased" are bad news). Tone finds each worry in its scan and asks `waning_verbs` which verb follows it (Python
work per worry with such a verb after it in its paragraph: a few a batch). A fault that a verb of `MENDING` before it
names as the time it mended ("Power was restored after the blackout", "fixed following the outage") is past and no
bad news, and so is one, or a disaster, that good news names as its time ("Rescuers pulled a girl alive from the rubble
after the earthquake": `mended_faults`).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import opens_clause, word_at
from transforms.enrichments.tone_quantities import QUANTITIES
from transforms.enrichments.tone_releasing import FAR

# Verbs of a worry that waned or was never founded: "Tensions eased", "Worries faded", "Fears ended", "Fears proved
# unfounded". The market's "eased" is a fall of a quantity before it (`tone_moves`), which a worry is not.
WANING = ("ease", "eases", "eased", "easing", "fade", "fades", "faded", "fading", "recede", "recedes", "receded",
          "receding", "subside", "subsides", "subsided", "subsiding", "abate", "abates", "abated", "abating",
          "evaporate", "evaporates", "evaporated", "dissipate", "dissipates", "dissipated", "dimmed", "waned", "ended",
          "ends",
          "unfounded", "groundless", "misplaced", "overblown",
          # a fault mended: "The outage was fixed within an hour", "Concerns were resolved"
          "fixed", "resolved", "restored", "repaired",
          # an outbreak brought to an end: "The measles outbreak had been contained", "The Ebola outbreak has been
          # declared over" read bad, the outbreak kept; a passive's only ("The crisis contained lessons" holds them)
          *(f"{be} contained" for be in ("been", "was", "were", "is", "are", "being")), "declared over")
# A failure of a service, which wanes as a worry does ("The outage ended", "The outage was fixed") and is bad news where
# none of `WANING` follows it (tone's `NEWS_WORDS`: "A power outage left 40,000 homes without electricity").
FAULTS = ("outage", "outages", "blackout", "blackouts")
# A bad event that ends as a worry wanes, its verb after it and no object: "The war ended after four years", "The
# strike ended on Monday", "The heatwave ended", "The fighting subsided" read bad (−12.1, −2.5), the event kept. As a
# fault, one that a verb of `MENDING` names as the time it mended is past ("The bridge was repaired after the war").
# Not what ends something else ("The war ended his career": an object) nor where its verb has another subject ("War
# broke out as the talks ended": a clause of its own).
ENDING_HARMS = ("war", "wars", "strike", "strikes", "fighting", "conflict", "violence", "hostilities", "heatwave",
                "drought", "famine", "epidemic", "outbreak", "recession", "crisis", "turmoil", "riots", "protests",
                "dispute", "disputes", "boycott", "insurgency", "shelling",
                # a fire put out, an emergency or a lockdown lifted: "The fire was contained", "The mpox emergency was
                # declared over", "The lockdown ended" read bad (the fire's −1.4 kept) or 0
                "fire", "emergency", "lockdown", "lockdowns",
                # and a wildfire or a bushfire (−2.2, tone's `NEWS_WORDS`): "The wildfire was contained" read bad
                "wildfire", "wildfires", "bushfire", "bushfires",
                # a flood's water going down: "Floodwater receded from the town", "The floods subsided" read bad (−11.0,
                # −18.3), the water's harm kept (tone's `NEWS_WORDS`, valued as "damage")
                "floods", "floodwater", "floodwaters",
                # ... as news also writes them in two words ("Flood waters receded overnight" read −13.8, "flood" and
                # "waters" read apart: the pair is one key, `tone_news_words`' "damage")
                "flood waters")
# Disasters that news names as the time of what it tells, as a fault or a bad event's end ("Rescuers pulled a girl alive
# from the rubble after the earthquake" read bad, the earthquake's −2.2 outweighing "alive"): past where good news
# before them names them so (`mended_faults`), and bad news elsewhere ("Looting began after the earthquake")
DISASTERS = ("earthquake", "earthquakes", "quake", "quakes", "tsunami", "hurricane", "typhoon", "cyclone", "tornado",
             "floods", "flood", "storm", "attack", "attacks", "bombing", "bombings", "blast", "crash",
             "collapse", "wars", "pandemic", "famine")
# The verbs of `WANING` that mend a fault, and what names the fault as the time they mended it: "Power was restored
# after the blackout" read −0.4, the restoring outweighed by the blackout's −1.5 (it read +5.8 before a fault had tone)
MENDING = frozenset(("fixed", "resolved", "restored", "repaired"))
_SINCE = frozenset(("after", "following", "since"))  # "the highest grades since the pandemic": past too
_SINCE_WORDS = tuple(f"{word} " for word in _SINCE)
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "last", "its", "their"))
# A peak or a return that names a disaster after "since" as its time, good news with no word of tone: "Bookings are at
# their highest since the pandemic", "Air travel has fully recovered since the pandemic" read bad, the pandemic's −
# kept (what peaked says its own tone: "Unemployment is at its highest since the pandemic" is a quantity's rise)
_PEAKS = frozenset("highest busiest biggest largest record recovered rebounded returned".split())
# A quantity whose rise is bad news (`tone_quantities`' sign −1), whose peak since a disaster is no recovery from it
_BAD_QUANTITIES = frozenset(word.split()[-1] for word, sign in QUANTITIES.items() if sign < 0)
# ... and the hardships news counts by their peaks, each a want, a loss of a home or a living, or a harm to health,
# whose peak since a disaster is a hardship still there: "Food bank use is at its highest since the pandemic" read 0,
# "Rough sleeping in London is at its highest since the pandemic" good (a recovery). Their words as news writes them
# (a pair where one word alone has another sense: a "bank", "sleeping")
HARDSHIPS = frozenset(("food bank", "food banks", "foodbank", "foodbanks", "rough sleeping", "rough sleepers", "hunger",
                       "malnutrition", "evictions", "repossessions", "insolvencies", "bankruptcies", "overdoses",
                       "suicides", "claimants", "shortages", "closures", "absences", "arrears", "debt",
                       "homelessness", "poverty", "destitution", "excess deaths"))
_HARD_WORDS = _BAD_QUANTITIES | {word for word in HARDSHIPS if " " not in word}
_HARD_PAIRS = frozenset(word for word in HARDSHIPS if " " in word)
_GOOD_QUANTITIES = frozenset(word.split()[-1] for word, sign in QUANTITIES.items() if sign > 0)
# What ends a worry's clause before its verb: a word that opens a clause of its own ("Fears grew as shares eased",
# "Fears that prices would rise eased"; "The fire destroyed 300 homes before it was contained" read +7.4, the homes
# destroyed waned with the fire) or a mark (`opens_clause`).
_CLAUSE_ENDS = frozenset(
    "as while but yet so amid despite because since though although when whereas and or that which who before until"
    .split())
# What opens a verb's object: a verb of waning with one is what the worry did, no waning of it ("Injury concerns ended
# his season", "Fears of a recession ended the rally", "Fears eased the pound lower" are bad news; a count's too: "The
# lockdown ended thousands of small businesses" read +4.2). Not "this" nor "that": "Fears faded this week"; nor a
# number, a span's ("The war ended two years ago").
_OBJECTS = frozenset("the a an his her their its our my your thousands hundreds millions dozens".split())


def waning_verbs(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, worries: np.ndarray,
                 verbs: np.ndarray, negations: np.ndarray) -> np.ndarray:
    """Return, for each worry in `worries` (word numbers in a batch's `lowered` text, whose word starts are `starts`;
    `joined` the text as written), the word number of the verb of `WANING` that averts it (-1: none); `verbs` are the
    sorted word numbers of those verbs, `negations` per word number (one slot more) whether a negation ends there.

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "Tensions eased. Fears grew as shares eased. Fears have not eased. Concerns ended his season"
    >>> text = "tensions eased  fears grew as shares eased  fears have not eased  concerns ended his season"
    >>> starts = word_starts(text)
    >>> no = np.zeros(len(starts) + 1, bool); no[9] = True
    >>> waning_verbs(joined, text, starts, np.zeros(len(starts), int), np.array([0, 2, 7, 11]),
    ...              np.array([1, 6, 10, 12]), no).tolist()
    [1, -1, -1, -1]
    """
    found = np.full(len(worries), -1, dtype=np.int64)
    after = np.searchsorted(verbs, worries, side="right")  # the first verb after each worry
    near = after < len(verbs)
    verb = np.where(near, verbs[np.minimum(after, len(verbs) - 1)], 0)
    near &= (verb - worries <= FAR) & (paragraph[verb] == paragraph[worries])
    for i in np.flatnonzero(near).tolist():  # a few a batch
        worry, at = int(worries[i]), int(verb[i])
        if not any(negations[word] or opens_clause(joined, text, starts, word, _CLAUSE_ENDS)
                   for word in range(worry + 1, at + 1)) and not _has_object(joined, text, starts, paragraph, at):
            found[i] = at
    return found


def _has_object(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, verb: int) -> bool:
    """Return whether the word after a verb (its number) opens its object in the verb's clause ("ended his season")."""
    after = verb + 1
    if after >= len(starts) or paragraph[after] != paragraph[verb]:
        return False
    end = text.find(" ", starts[after])
    return (text[starts[after]:end if end >= 0 else len(text)] in _OBJECTS
            and not opens_clause(joined, text, starts, after, frozenset()))


def mended_faults(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, faults: np.ndarray,
                  verbs: np.ndarray, goods: np.ndarray | None = None) -> np.ndarray:
    """Return, for each fault in `faults` (word numbers in a batch's lowered `text`, whose word starts are `starts`;
    `joined` the text as written), whether a verb of `MENDING` up to `FAR` words before it, in its clause, mended it:
    the fault after "after" or "following" and a determiner, a word between them at most ("after the power outage").
    `verbs` are the sorted word numbers of the verbs of `WANING`, `goods` those of the words of good news, which name
    the fault as the time they came as a mending verb does ("pulled a girl alive from the rubble after the earthquake")
    (Python work per fault, and per word back to its clause's start where "after the" is before it: a few a batch).

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "Power was restored after the blackout. Power was restored. Looting began after the blackout"
    >>> text = "power was restored after the blackout  power was restored  looting began after the blackout"
    >>> starts = word_starts(text)
    >>> mended_faults(joined, text, starts, np.zeros(len(starts), int), np.array([5, 13]), np.array([2, 8])).tolist()
    [True, False]
    """
    mended = np.zeros(len(faults), dtype=bool)
    # the word "after" or "following" two or three words before each fault: one look at the text per fault
    words_before = np.maximum(np.stack((faults - 2, faults - 3)), 0)
    since_at = [[text.startswith(_SINCE_WORDS, start) for start in row] for row in starts[words_before].tolist()]
    candidates = [(i, since) for i, fault in enumerate(faults.tolist()) for since, found in
                  ((fault - 2, since_at[0][i]), (fault - 3, since_at[1][i] and not since_at[0][i])) if found]
    if not candidates:  # most batches' faults: no "after the" before them
        return mended
    verbs = verbs[[word_at(text, starts, verb) in MENDING for verb in verbs.tolist()]]  # a few a batch
    goods = verbs[:0] if goods is None else goods  # sorted, as `verbs`
    for i, since in candidates:  # "after the blackout", "after the power outage"
        fault = int(faults[i])
        # the nearest mending word before "after": if a clause opens between them, none farther is in the fault's
        verb = max(int(verbs[k - 1]) if (k := int(np.searchsorted(verbs, since))) else -1,
                   int(goods[g - 1]) if (g := int(np.searchsorted(goods, since))) else -1,
                   _peak_before(text, starts, since))
        if verb < 0 or word_at(text, starts, since + 1) not in _DETERMINERS or paragraph[since] != paragraph[fault]:
            continue
        mended[i] = (since - verb <= FAR + 1 and paragraph[verb] == paragraph[fault]
                     and not any(_opens_clause(joined, text, starts, word) for word in range(verb + 1, since)))
    return mended


def _opens_clause(joined: str, text: str, starts: np.ndarray, word: int) -> bool:
    """Return whether a word opens a clause (`_CLAUSE_ENDS`, a mark), but for "and" or "or" between two names ("Power
    was restored to Spain and Portugal a day after the blackout": one clause)."""
    if (word_at(text, starts, word) in ("and", "or") and word + 1 < len(starts)
            and joined[starts[word - 1]].isupper() and joined[starts[word + 1]].isupper()):
        return False
    return opens_clause(joined, text, starts, word, _CLAUSE_ENDS)


def _peak_before(text: str, starts: np.ndarray, since: int) -> int:
    """Return the word number of the nearest peak (`_PEAKS`) up to `FAR` words before a "since" (its number), -1: none
    ("at their highest since", not "after": "The busiest road was closed after the crash" names the crash as news)."""
    if word_at(text, starts, since) != "since":
        return -1
    return next((word for word in range(since - 1, max(since - FAR - 2, -1), -1)
                 if word_at(text, starts, word) in _PEAKS), -1)


def recovered_since(text: str, starts: np.ndarray, paragraph: np.ndarray, faults: np.ndarray) -> np.ndarray:
    """Return, for each fault in `faults` (word numbers of the disasters `mended_faults` found past), 1 where a peak
    before its "since" says a recovery from it, −1 where a hardship (a bad quantity, one of `HARDSHIPS`) before the peak
    says a hardship still there since it (the nearest of them and a good quantity before it: "Food bank donations" are
    none), 0 where no peak names it: "Bookings are at their highest since the pandemic" is good news, "Food bank use
    is at its highest since the pandemic" bad, and the pandemic's − kept.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "bookings are at their highest since the pandemic  deaths are at their highest since the pandemic"
    >>> recovered_since(text, word_starts(text), np.array([0] * 8 + [1] * 8), np.array([7, 15])).tolist()
    [1, -1]
    >>> text = "food bank use is at its highest since the pandemic  food bank donations are at their highest since it"
    >>> recovered_since(text, word_starts(text), np.array([0] * 10 + [1] * 10), np.array([9])).tolist()
    [-1]
    """
    recovered = np.zeros(len(faults), dtype=np.int64)
    for i, fault in enumerate(faults.tolist()):  # a few a batch: the disasters named as a time
        since = next((word for word in (fault - 2, fault - 3) if word_at(text, starts, word) == "since"), -1)
        peak = _peak_before(text, starts, since) if since >= 0 else -1
        if peak >= 0:  # the nearest quantity before the peak says what peaked: "Food bank donations" are good news
            nearest = next((word for word in range(peak - 1, max(peak - FAR, 0) - 1, -1)
                            if paragraph[word] == paragraph[fault] and (
                                _hardship(text, starts, word) or word_at(text, starts, word) in _GOOD_QUANTITIES)), -1)
            recovered[i] = -1 if nearest >= 0 and _hardship(text, starts, nearest) else 1
    return recovered


def _hardship(text: str, starts: np.ndarray, word: int) -> bool:
    """Return whether a word (its number) names a hardship, alone or with the word before it ("food bank use")."""
    said = word_at(text, starts, word)
    return said in _HARD_WORDS or (word > 0 and f"{word_at(text, starts, word - 1)} {said}" in _HARD_PAIRS)
