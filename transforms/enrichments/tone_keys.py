"""The words tone finds in a batch: VADER's lexicon and the news rules' words, each key's kind, value and length.

Tone searches a batch's text once for every key (`keys`): a sentiment word of the lexicon or of the news tables, a
booster, a negation, a news term, a verb of averting or a word that undoes one, and a quantity or a verb of its
move; the other functions give per key number what a rule needs to know of it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files

import numpy as np

from transforms.enrichments.tone_averting import AVERTING, UNDOING
from transforms.enrichments.tone_chat import CHAT, IDIOMS
from transforms.enrichments.tone_conceded import CONCEDING
from transforms.enrichments.tone_contrasts import COUNTERFACTUALS
from transforms.enrichments.tone_courts import CHARGES, UNDOING_CHARGES
from transforms.enrichments.tone_easing import BURDENS, EASING, WORRIES
from transforms.enrichments.tone_move_words import EASING_MOVES, MOVES, QUIET_MOVES
from transforms.enrichments.tone_news_words import NEWS_WORDS
from transforms.enrichments.tone_possibilities import RULING_OUT
from transforms.enrichments.tone_quantities import QUANTITIES
from transforms.enrichments.tone_reducing import REDUCING, RELIEF
from transforms.enrichments.tone_releasing import CAPTIVES, LOOT, RELEASED, RELEASING, RETURNING
from transforms.enrichments.tone_senses import SENSE_WORDS
from transforms.enrichments.tone_spellings import british_spellings
from transforms.enrichments.tone_tables import (
    FRESH_OF,
    LIKED,
    LITTLE_OF,
    NEGATIONS,
    NEWS_NEUTRAL,
    NEWS_TERMS,
    PLURALS,
    SOME_FEW,
)
from transforms.enrichments.tone_waning import DISASTERS, ENDING_HARMS, FAULTS, WANING
from transforms.enrichments.tone_worries import WORRIED
from transforms.matching.search_text import search_text

# QUIET: a key with no valence of its own, found for a rule (a quantity or a verb of its move: `tone_moves`)
SENTIMENT, BOOSTER, NEGATION, TERM, AVERTS, UNDOES, QUIET = 0, 1, 2, 3, 4, 5, 6


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """Return VADER's word valences (−4…4), read once from the file the vaderSentiment package ships.

    Only entries that are words (letters, digits, inner apostrophes) are kept, and words joined by hyphens whose
    parts are letters, one of three or more ("cover-up", "short-sighted", "once-in-a-lifetime"; tone finds them as the
    text reads them, "cover up"); emoticons are not news ("x-d", ":-p", "8-o"). The British spellings of its
    American words that it lacks count as their American word (`tone_spellings`: "favourable", "tumour", "sombre").

    >>> lexicon()["good"], lexicon()["horrible"], lexicon()["cover-up"], "x-d" in lexicon(), lexicon()["tumour"]
    (1.9, -2.5, -1.2, False, -1.6)
    """
    text = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    words: dict[str, float] = {}
    for line in text.splitlines():
        token, _, rest = line.partition("\t")
        parts = token.replace("'", "").split("-")
        if token and rest and token[0].isalpha() and (
                parts[0].isalnum() if len(parts) == 1
                else all(part.isalpha() for part in parts) and max(map(len, parts)) >= 3):
            words[token.lower()] = float(rest.split("\t", 1)[0])
    return words | british_spellings(words)


@lru_cache(maxsize=1)
def keys() -> tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray]:
    """Return the sentiment words, boosters and negations, keyed as `search_text` writes them (padded
    with a space), each key's number, and per number the key's kind, value and number of words."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, N_SCALAR, NEGATE  # the rules' own word lists

    assert N_SCALAR == -0.74  # the weight this module documents
    keys: dict[str, tuple[int, float, int]] = {}  # padded key → (kind, value, words in key)
    for word, valence in lexicon().items():
        if word in NEWS_NEUTRAL or word in CHAT:  # a chat initialism is a name or a sign-off in news (`tone_chat`)
            continue
        key = search_text(word)
        keys[f" {key} "] = (SENTIMENT, valence, len(key.split()))
    # none a lexicon word: new keys
    for word, valence in (*NEWS_WORDS.items(), *SENSE_WORDS.items(), *IDIOMS.items(), *RELIEF.items()):
        keys[f" {word} "] = (SENTIMENT, valence, len(word.split()))
    for plural, singular in PLURALS.items():
        keys[f" {plural} "] = (SENTIMENT, lexicon()[singular], 1)
    for phrase in LIKED:  # "my favourite": a liking, where a "favourite" alone is a race's (`NEWS_NEUTRAL`)
        liked = "favorites" if phrase.endswith("s") else "favorite"
        keys[f" {phrase} "] = (SENTIMENT, lexicon()[liked], len(phrase.split()))
    for word in LITTLE_OF:  # "little hope" as "no hope"; "a little hope" the longer phrase, some hope
        keys[f" little {word} "] = (SENTIMENT, N_SCALAR * lexicon()[word], 2)
        keys[f" a little {word} "] = (SENTIMENT, lexicon()[word], 3)
    for word in FRESH_OF:  # "fresh problems": the harm's valence, no "fresh" praised
        keys[f" fresh {word} "] = (SENTIMENT, lexicon()[word], 2)
    for verb in AVERTING:  # a sentiment word of its lexicon (or news) valence, unless it averts a bad word
        keys[f" {verb} "] = (AVERTS, lexicon().get(verb, NEWS_WORDS.get(verb, 0.0)), len(verb.split()))
    for word in (*QUANTITIES, *QUIET_MOVES, *WANING):  # the lexicon's own keep their kind and valence
        keys.setdefault(f" {word} ", (QUIET, QUIET_MOVES.get(word, 0.0), len(word.split())))
    for words in COUNTERFACTUALS[:-1]:  # "But for the rescuers, ...": found for a rule ("without" is a negation)
        keys[f" {words} "] = (QUIET, 0.0, len(words.split()))
    for words in UNDOING:  # "failed" keeps its valence: no word of it is covered
        keys[f" {words} "] = (UNDOES, 0.0, len(words.split()))
    for word, value in BOOSTER_DICT.items():  # boosters win over the lexicon, as in VADER
        key = search_text(word)
        keys[f" {key} "] = (BOOSTER, value, len(key.split()))
    for term in (*NEWS_TERMS, *SOME_FEW, *RULING_OUT):  # its words are covered: no sentiment
        keys[f" {term} "] = (TERM, 0.0, len(term.split()))
    # "in spite of" concedes as VADER's "despite" does, a negation ("In spite of the delay, the bridge opened" read the
    # delay alone, −4.1, as "Despite the delay" read +4.0); its "spite" is covered, no spite of its own
    for word in (*NEGATE, *NEGATIONS, *CONCEDING[1:]):
        key = " ".join(search_text(word).split())  # "isn't" → "isn t", as the text reads
        keys[f" {key} "] = (NEGATION, 0.0, len(key.split()))
    # a key is found only as the text reads it, words of letters and digits between single spaces: one written with a
    # hyphen ("anti-war") would never be found, and would send every batch's word lists to the automaton's slower scan
    unread = [key for key in keys if f" {search_text(key[1:-1])} " != key or "  " in key]
    if unread:
        raise ValueError(f"tone keys must be written as the text reads them (\"anti war\", not \"anti-war\"): "
                         f"{unread[:5]}")
    kinds, values, lengths = zip(*keys.values(), strict=True)
    numbers = {key: n for n, key in enumerate(keys)}
    return numbers, np.array(kinds, np.int8), np.array(values, np.float64), np.array(lengths, np.int64)


@lru_cache(maxsize=1)
def reaches() -> np.ndarray:
    """Return per key number how many words after it a verb of averting reaches (0: the key is none)."""
    numbers = keys()[0]
    reach = np.zeros(len(numbers), dtype=np.int64)
    for verb, words in AVERTING.items():
        reach[numbers[f" {verb} "]] = words
    return reach


@cache
def key_of(word: str) -> int:
    """Return the number of the key of a word a rule names ("no", "anti", "fine": sentiment words of the lexicon)."""
    return keys()[0][f" {word} "]


@lru_cache(maxsize=16)
def key_mask(numbers: tuple[int, ...]) -> np.ndarray:
    """Return, per key number, whether it is one of `numbers`: a batch's keys looked up in it, not searched for."""
    mask = np.zeros(len(keys()[1]), dtype=bool)
    mask[list(numbers)] = True
    return mask


def is_key(key: np.ndarray, words: tuple[str, ...]) -> np.ndarray:
    """Return whether each key number is the key of one of `words`: np.isin of their `key_of`, in one take."""
    return key_mask(tuple(key_of(word) for word in words))[key]


@lru_cache(maxsize=1)
def sense_keys() -> np.ndarray:
    """Return per key number whether the key is one of `SENSE_WORDS` (a bad sense only by its neighbours)."""
    numbers = keys()[0]
    senses = np.zeros(len(numbers), dtype=bool)
    senses[[numbers[f" {word} "] for word in SENSE_WORDS]] = True
    return senses


@lru_cache(maxsize=1)
def move_keys() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return per key number the sign of its quantity's rise (0: no quantity), whether it is a verb of a move, and
    its valence as a move (its own but for `EASING_MOVES`)."""
    numbers, _, values, _ = keys()
    signs, moves = np.zeros(len(numbers), dtype=np.int64), np.zeros(len(numbers), dtype=bool)
    for word, sign in QUANTITIES.items():
        signs[numbers[f" {word} "]] = sign
    moves[[numbers[f" {word} "] for word in MOVES]] = True
    move_values = values.copy()
    move_values[[numbers[f" {word} "] for word in EASING_MOVES]] = list(EASING_MOVES.values())
    # a verb of reducing is keyed as one of averting, of no valence of its own: a move's it keeps ("reduced deaths")
    reducing = [word for word in REDUCING if word in QUIET_MOVES]
    move_values[[numbers[f" {word} "] for word in reducing]] = [QUIET_MOVES[word] for word in reducing]
    return signs, moves, move_values


@lru_cache(maxsize=1)
def release_keys() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return per key number whether the key is one of `CAPTIVES`, a verb of `RELEASING` and one of `RELEASED`."""
    captive, releasing, released = _marked(CAPTIVES, RELEASING, RELEASED)
    return captive, releasing, released


@lru_cache(maxsize=1)
def easing_keys() -> tuple[np.ndarray, np.ndarray]:
    """Return per key number whether the key is one of `WORRIES` or `BURDENS` and whether it is a verb of `EASING`."""
    worry, easing = _marked((*WORRIES, *BURDENS), EASING)
    return worry, easing


@lru_cache(maxsize=1)
def return_keys() -> tuple[np.ndarray, np.ndarray]:
    """Return per key number whether the key is one of `LOOT` and whether it is a verb of `RETURNING`."""
    loot, returning = _marked(LOOT, RETURNING)
    return loot, returning


@lru_cache(maxsize=1)
def court_keys() -> tuple[np.ndarray, np.ndarray]:
    """Return per key number whether the key is one of `tone_courts`' `CHARGES` and a verb of its `UNDOING_CHARGES`."""
    numbers = keys()[0]
    charge, undoing = (np.zeros(len(numbers), dtype=bool) for _ in range(2))
    charge[[numbers[f" {word} "] for word in CHARGES if f" {word} " in numbers]] = True
    undoing[[numbers[f" {verb} "] for verb in UNDOING_CHARGES]] = True
    return charge, undoing


@lru_cache(maxsize=1)
def worry_keys() -> np.ndarray:
    """Return the key numbers of the worries whose object has no good news in it (`tone_worries`' `WORRIED`)."""
    return np.array([key_of(word) for word in WORRIED])


@lru_cache(maxsize=1)
def waning_keys() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return per key number whether the key is a verb of a worry that waned (`tone_waning`'s `WANING`), whether it
    is a fault or a bad event that wanes as a worry does (`FAULTS`, `ENDING_HARMS`), and whether it is one of those or
    a disaster that good news may name as its time (`DISASTERS`)."""
    numbers = keys()[0]
    waning, fault, time = (np.zeros(len(numbers), dtype=bool) for _ in range(3))
    waning[[numbers[f" {word} "] for word in WANING]] = True
    fault[[numbers[f" {word} "] for word in (*FAULTS, *ENDING_HARMS)]] = True
    time[[numbers[f" {word} "] for word in DISASTERS if f" {word} " in numbers]] = True
    return waning, fault, time | fault


def _marked(*word_lists: tuple[str, ...] | frozenset[str]) -> tuple[np.ndarray, ...]:
    """Return per key number, for each word list, whether the key is one of its words."""
    numbers = keys()[0]
    masks = tuple(np.zeros(len(numbers), dtype=bool) for _ in word_lists)
    for mask, words in zip(masks, word_lists, strict=True):
        mask[[numbers[f" {word} "] for word in words]] = True
    return masks
