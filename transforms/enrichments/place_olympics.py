"""The Olympic Games in an article: the words that name them and the host cities they make of bare names.

An article that names the Olympic Games anywhere ("an Olympic gold ... in Athens": `olympic_words`, not "the
Olympic Peninsula" nor "The Olympian", a newspaper) reads each bare name of an Olympic host city
([ambiguity.olympic_hosts] in places.toml) as the host (`olympic_hosts`): a list of the hosts, not every
famous city, since an Olympic story names athletes' home towns too ("Cordoba" is Spain's as often as
Argentina's). A state after the name still says which ("Athens, Ga."). An article that names the Commonwealth
Games (`commonwealth_words`) reads the names of their hosts of [ambiguity.commonwealth_hosts] so.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np

from transforms.enrichments.place_cues import Cues
from transforms.enrichments.place_mentions import name_keys
from transforms.enrichments.place_rules import WORD_END
from transforms.enrichments.place_table import places_toml

_WORD_END = re.compile(WORD_END)


def olympic_words(text: str, cues: Cues | None = None) -> np.ndarray:
    """Return the offsets of the words that name the Olympic Games (`olympics`) in `text`: not before a
    word of `not_olympics` ("the Olympic Peninsula", "Olympic Airways" are no Games'); `cues`: where the text has
    `_OLYMPIC_KEYS` (`place_cues`), if found already.

    >>> olympic_words("An Olympic gold; Olympia; non-Olympic; the Paralympics' end; Olympic Peninsula.").tolist()
    [3, 43]
    >>> olympic_words("US OLYMPIC TEAM; an Olympian; OLYMPIC PENINSULA; The Olympian; Olympian gods").tolist()
    [3, 20]
    """
    a = places_toml()["ambiguity"]
    not_before = a["not_olympics"]
    # a headline or a results line in capitals names the Games too ("US OLYMPIC TEAM", "OLYMPICS:")
    forms = {form for olympic in a["olympics"] for form in (olympic, olympic.upper())}
    found = set()
    for at, word in _olympic_candidates(text, forms, cues or Cues(text)):
        after = at + len(word)
        if _WORD_END.match(text, after) and not (at and (text[at - 1].isalnum() or text[at - 1] in "_'’-")):
            # split at any space: a headline ends in a line break, not a space ("OLYMPIC PENINSULA\nThey")
            next_word = (text[after + 1: after + 1 + 12].split() or [""])[0].rstrip(".,;:)")
            # ... and a word in capitals read as its Title Case; a lower-case word is none of them ("Olympic
            # air rifle gold", "Olympic national team")
            next_word = next_word.capitalize() if next_word.isupper() else next_word
            if not (text[after: after + 1] == " " and next_word in not_before) and not (
                    word.lower().endswith(("ian", "ians")) and _no_athlete(text, at, word, next_word)):
                found.add(at)
    return np.array(sorted(found), dtype=np.int64)


# Every word of `olympics` holds "lympi" one letter ("Olympic") or four ("Paralympic") from its start: where a search
# per word and case took 18 (20 ms a batch of 5,570 articles), the names' scan finds the words' openings as cues
# (`place_cues`) at a word's start, where `olympic_words` keeps a word, each with its letters before "lympi"
_OLYMPIC_KEYS = (("Olympi", 1), ("OLYMPI", 1), ("Paralympi", 4), ("PARALYMPI", 4))
_LETTERS = re.compile(r"\w*")


def _olympic_candidates(text: str, forms: set[str], cues: Cues) -> list[tuple[int, str]]:
    """Return each (offset, word) of `text` at a word's start (after no letter or digit) whose letters from the offset
    to the end of its run of word characters are one of `forms`.

    >>> text = "Olympic, PARALYMPICS and olympic"
    >>> _olympic_candidates(text, {"Olympic", "PARALYMPICS"}, Cues(text))
    [(0, 'Olympic'), (9, 'PARALYMPICS')]
    """
    candidates = []
    for key, back in _OLYMPIC_KEYS:
        for at in cues.at(key):
            letters = _LETTERS.match(text, at + back)  # \w* matches at any offset, if only nothing
            end = letters.end() if letters else at + back
            if text[at:end] in forms:
                candidates.append((at, text[at:end]))
    return sorted(candidates)


def _no_athlete(text: str, at: int, word: str, next_word: str) -> bool:
    """Return True when the "Olympian" `word` at `at` names no athlete of the Games: before "god" or "gods",
    the myth's ("Olympian gods"); the singular after "The" within a sentence, Olympia, Washington's
    newspaper ("would close, The Olympian reported"); not a sentence's "The Olympian" nor "The Olympians".

    >>> [_no_athlete(t, t.index(w), w, t.split(w)[1].split(" ")[1]) for t, w in (
    ...     ("closed, The Olympian reported", "Olympian"), ("The Olympian won.", "Olympian"),
    ...     ("Fans, The Olympians won", "Olympians"), ("Olympian gods ruled", "Olympian"))]
    [True, False, False, True]
    """
    if next_word.lower() in ("god", "gods"):
        return True
    before = text[:max(0, at - 4)].rstrip(" ")
    within_sentence = bool(before) and before[-1] not in ".!?\n\"'“”‘’"
    return word.upper() == "OLYMPIAN" and text[max(0, at - 4): at] in ("The ", "THE ") and within_sentence


def commonwealth_words(cues: Cues) -> np.ndarray:
    """Return the offsets of "Commonwealth Games" in the text the names' scan found its `cues` in.

    >>> commonwealth_words(Cues("the Commonwealth Games; the Commonwealth")).tolist()
    [4]
    """
    return np.array(cues.at("Commonwealth Games"), dtype=np.int64)


@cache
def _olympic_host(n: int, games: str = "olympic_hosts") -> str | None:
    """Return the country of the host city of the `games` (places.toml's [ambiguity.olympic_hosts] or
    [ambiguity.commonwealth_hosts]) named by the name of index `n`, if it names one."""
    return places_toml()["ambiguity"][games].get(name_keys().names[n])


def olympic_hosts(name: np.ndarray, article: np.ndarray, at: np.ndarray, olympic: np.ndarray,
                  stated: dict[int, set[str]], games: str = "olympic_hosts") -> dict[int, str]:
    """Return the mentions (indexes, of `at`) of an Olympic host's name in the articles `olympic` (indexes:
    those that name the Games), each with the host's country: but not a name the article states as
    another country's place ("from Athens, Ga., ... home to Athens": `stated`, the codes or keys each
    "City, State" mention allows), whose bare mentions are left to the article's support.

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> _, end, name = mention_arrays("From Athens, Ga., home to Athens; London.")
    >>> at, one = np.arange(3), np.zeros(3, np.int64)
    >>> olympic_hosts(name, one, at, np.array([0]), {0: {"city/US/GA"}})
    {2: 'GB'}
    """
    olympic_articles = set(olympic.tolist())
    if not olympic_articles:
        return {}
    elsewhere = {(int(article[i]), int(name[i])): {k.split("/")[1] if "/" in k else k for k in keys}
                 for i, keys in stated.items()}
    out = {}
    for i, a, n in zip(at.tolist(), article[at].tolist(), name[at].tolist(), strict=True):
        if a in olympic_articles and i not in stated and (country := _olympic_host(n, games)):
            if (a, n) not in elsewhere or country in elsewhere[(a, n)]:
                out[i] = country
    return out
