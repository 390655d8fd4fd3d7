"""Tone's phrases, read column by column, are found where a word-by-word reading finds them: a number is "#", so a
phrase's word that opens with a digit ("2020") is never there, and "!{years}" is any number."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transforms.enrichments.tone import word_starts
from transforms.enrichments.tone_phrases import Phrases, make_phrases, phrases_found
from transforms.enrichments.tone_releasing import CAPTIVITY
from transforms.enrichments.tone_tables import HOSTILITIES

_PHRASES = make_phrases({"rise": ("_ in {month}", "{be} _ !to", "^ _"), "war": ("prisoners of _",),
                         "cut": ("_ # *", "# _", "!{years} _ to"), "prisoners": ("_ {held}", "_ of war {held}"),
                         "held": ("_ in {years}",)},
                        {"month": "march may", "be": "was were", "held": "held taken", "years": "2020 may"})
_WORDS = st.sampled_from(["rise", "war", "cut", "prisoners", "of", "in", "march", "may", "was", "to", "held",
                          "taken", "12", "3bn", "2020", "anti", "semitic", "x", "é", "\n", ""])


def _word_by_word(text: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray,
                  phrases: Phrases) -> list[bool]:
    """Each word's phrases tried one by one, each condition read as the phrase asks for it (the reading that
    `phrases_found` does column by column)."""

    def word_at(i: int, offset: int) -> str:
        j = i + offset
        if j < 0 or j >= len(starts) or paragraph[j] != paragraph[i]:
            return ""
        end = text.find(" ", int(starts[j]))
        word = text[int(starts[j]): end if end >= 0 else len(text)]
        return "#" if word[:1].isdigit() else word

    return [any(all((word_at(i, offset) in wanted) != negated for offset, wanted, negated in phrase)
                for phrase in phrases.get(word_at(i, 0), ())) for i in words.tolist()]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", "  ", "   "])), min_size=1, max_size=20),
       st.sampled_from([" ", ""]), st.data())
@example([("prisoners", " "), ("of", " "), ("war", " "), ("held", "  ")], "", None)
def test_phrases_are_found_where_a_word_by_word_reading_finds_them(pieces, lead, data) -> None:  # type: ignore[no-untyped-def]
    text = lead + "".join(word + space for word, space in pieces)
    starts = word_starts(text)
    if not len(starts):
        return
    # where each paragraph ends: after any word (none in the example)
    breaks = data.draw(st.lists(st.booleans(), min_size=len(starts) - 1, max_size=len(starts) - 1)) if data else []
    paragraph = np.cumsum([0] + (breaks or [False] * (len(starts) - 1)))
    words = np.arange(len(starts))
    for phrases in (_PHRASES, CAPTIVITY, HOSTILITIES):
        expected = _word_by_word(text, starts, paragraph, words, phrases)
        assert phrases_found(text, starts, paragraph, words, phrases).tolist() == expected
