"""Phrases around a word, written as tone's rules write them: "{passive} _ !with", "_ in the {body}", "^ _".

A phrase is words separated by spaces, "_" standing for the word itself: a word, a set of words named in braces,
"*" any word, "#" any number, "^" no word (the paragraph's edge), and "!" before a word or a set: any word but those
(or none). A word's phrases are any-of: one phrase that matches is enough. `tone_senses`, `tone_averting` and
`tone_moves` read their words' neighbours with them (Python work per word found, never per word read).
"""

from __future__ import annotations

from functools import cache

import numpy as np

# The forms of "be" a passive's participle follows, one list for every rule that reads a passive ("were freed", "was
# shot", "no data was lost", "Restrictions were eased": `tone_no`, `tone_releasing`, `tone_moves`, `tone_senses`), and
# its finite forms, which also say a level ("waiting lists are at their shortest") or a state ("the truce is holding").
FINITE_BE = "is are was were"
PASSIVE = f"{FINITE_BE} be been being"

Condition = tuple[int, frozenset[str], bool]  # (offset from the word, the words, whether they are the ones not wanted)


def word_at(text: str, start: int) -> str:
    """Return the word of a batch's `lowered` text that starts at `start`: up to the next space (words are runs of
    non-spaces, `tone.word_starts`), or to the text's end.

    >>> word_at("failed to calm", 7), word_at("failed to calm", 10)
    ('to', 'calm')
    """
    end = text.find(" ", start)
    return text[start: end if end >= 0 else len(text)]


class Phrases(dict[str, tuple[tuple[Condition, ...], ...]]):
    """Per word, its phrases as conditions, and how many words either side of it the farthest reaches (`reach`, found
    once: a batch's every call had gone through all the phrases' conditions for it, a tenth of tone's time)."""

    reach: int = 0


def _conditions(phrase: str, sets: dict[str, str], words_of: dict[str, frozenset[str]] | None = None,
                ) -> tuple[Condition, ...]:
    """Return a phrase (as `SENSES` writes them, its sets named in `sets`) as the words it asks for at each offset
    from its "_".

    >>> _conditions("{passive} _ !with", {"passive": "was were"})[1]
    (1, frozenset({'with'}), True)
    >>> _conditions("^ _", {})
    ((-1, frozenset({''}), False),)
    """
    tokens = phrase.split()
    at = tokens.index("_")
    conditions = []
    for i, token in enumerate(tokens):
        if token in ("_", "*"):
            continue
        negated = token.startswith("!")
        name = token.lstrip("!")
        words = (words_of or {}).get(name)
        if words is None:
            words = frozenset(sets[name[1:-1]].split()) if name.startswith("{") else frozenset((name.strip("^"),))
            if words_of is not None:
                words_of[name] = words
        conditions.append((i - at, words, negated))
    return tuple(conditions)


def make_phrases(phrases: dict[str, tuple[str, ...]], sets: dict[str, str]) -> Phrases:
    """Return per word its phrases (as `SENSES` writes them, their sets named in `sets`) as conditions."""
    # One set of words per set named, however many phrases name it (a frozenset each time held 8 MB of them).
    words_of: dict[str, frozenset[str]] = {}
    made = Phrases({word: tuple(_conditions(phrase, sets, words_of) for phrase in written)
                    for word, written in phrases.items()})
    made.reach = max((abs(offset) for written in made.values() for phrase in written for offset, _, _ in phrase),
                     default=0)
    return made


def phrases_found(text: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray,
                  phrases: Phrases) -> np.ndarray:
    """Return, for each word number in `words` (in a batch's `lowered` text, whose word starts are `starts` and
    whose words' paragraphs are `paragraph`), whether one of its `phrases` is around it.

    >>> text = "prices rise in march and rise"
    >>> starts, paragraph = np.array([0, 7, 12, 15, 21, 25]), np.array([0, 0, 0, 0, 0, 1])
    >>> phrases_found(text, starts, paragraph, np.array([1, 5]), make_phrases({"rise": ("_ in",)}, {})).tolist()
    [True, False]
    """
    found = np.zeros(len(words), dtype=bool)
    if not len(words):
        return found
    # Where each word's neighbours start and end (the next word's start: words are runs of non-spaces,
    # `tone.word_starts`, so the spaces before it are stripped, no search for the end), as far as the phrases reach,
    # fetched with numpy for all the words at once (0:0, no word, past the batch's edge or in another paragraph), a
    # list per offset: no numpy scalar read, nor Python call, per neighbour.
    reach = phrases.reach
    at = words[:, None] + np.arange(-reach, reach + 1)
    inside = (at >= 0) & (at < len(starts))
    at = np.where(inside, at, 0)
    inside &= paragraph[at] == paragraph[at[:, reach:reach + 1]]
    columns = np.where(inside, starts[at], 0).T.tolist()
    stops = np.where(inside, np.where(at + 1 < len(starts), starts[np.minimum(at + 1, len(starts) - 1)], len(text)),
                     0).T.tolist()
    said = [text[start:end].rstrip(" ") for start, end in zip(columns[reach], stops[reach], strict=True)]
    if "#" in phrases:  # a number's phrases: numbers named as the phrases name them
        said = list(map(_as_named, said))
    by_word: dict[str, list[int]] = {}
    for row, word in enumerate(said):
        if word in phrases:
            by_word.setdefault(word, []).append(row)
    # Then phrase by phrase, each condition read for the words whose conditions before it held, as a word-by-word
    # loop reads them, in comprehensions (the batch's hot path); a word found is not read for its next phrases.
    for word, rows in by_word.items():
        for phrase in phrases[word]:
            held = rows
            for offset, wanted, negated in phrase:
                begin, stop = columns[reach + offset], stops[reach + offset]
                if _numbers(wanted):  # a number read as the phrases name it ("#")
                    held = [row for row in held
                            if (_as_named(text[begin[row]:stop[row]].rstrip(" ")) in wanted) != negated]
                else:  # no number is wanted: one reads as any other word not wanted, as it is
                    held = [row for row in held if (text[begin[row]:stop[row]].rstrip(" ") in wanted) != negated]
            if held:
                found[held] = True
                rows = [row for row in rows if not found[row]]
    return found


def _as_named(word: str) -> str:
    """Return a word as the phrases name it: a number "#"."""
    return "#" if word[:1].isdigit() else word


@cache
def _numbers(wanted: frozenset[str]) -> bool:
    """Return whether a condition's words name a number: "#", or one that opens with a digit (read "#", never found)."""
    return any(word[:1] == "#" or word[:1].isdigit() for word in wanted)
