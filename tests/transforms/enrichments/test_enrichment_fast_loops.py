"""The enrichments' per-word loops read their words' starts as lists, not one numpy scalar at a time: each gives what
the loop it replaced gives (kept here as it was), on random paragraphs of the words those loops look for."""

from __future__ import annotations

import numpy as np
import pytest

from transforms.enrichments.amount_articles import Paragraph, article_paragraphs
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.tone import word_starts
from transforms.enrichments.tone_contrasts import (
    _CLAUSE,
    _HAD_OTHERWISE,
    _MANNER,
    _SENTENCE_END,
    _WOULD_HAVE,
    counterfactual_harms,
)
from transforms.enrichments.tone_easing import word_at
from transforms.enrichments.tone_speakers import _SAYING, named_speakers
from transforms.enrichments.tone_towns import _AFTER, _ARTICLES, _BE, _BETWEEN, _ENDS, _NAME_WORDS, _PLACES, named_towns
from transforms.enrichments.tone_unmet import _DENYING, _coming, unmet_subjects

# Words and phrases the loops look for, with others around them: capitals, verbs of saying, "is a town", negations
# before verbs of coming, "yet", openings of a counterfactual, and marks between them.
_VOCABULARY = ("Hope said|Hope Said|Pleasant Valley is a town in Ohio|Brilliant was a village|Happy Camp is the city|"
               "Great is a community issue|Ohio|.|,|:|hope|the help promised by the government never came|"
               "never arrived|"
               "not|has yet to come|did not reach|the recovery that never came|wanted|But for the crew, 40 would have "
               "died|without|if|Had it|would have|he said|Tester told|a|town|village|in").split("|")


def _paragraphs(seed: int) -> list[str]:
    rng = np.random.default_rng(seed)
    return [" ".join(rng.choice(_VOCABULARY, size=int(rng.integers(0, 16)))).replace(" .", ".").replace(" ,", ",")
            for _ in range(int(rng.integers(1, 6)))]


def _read(seed: int) -> tuple[str, str, np.ndarray, np.ndarray, np.ndarray]:
    """Return a random batch's `joined`, `lowered`, word starts, words' paragraphs, and a random choice of words."""
    texts = _paragraphs(seed)
    batch = ParagraphBatch(texts, [f"p{i}" for i in range(len(texts))], ["a"] * len(texts))
    starts = word_starts(batch.lowered)
    paragraph = batch.locate(starts) if len(starts) else np.zeros(0, dtype=np.int64)
    rng = np.random.default_rng(seed + 1)
    words = np.sort(rng.choice(len(starts), size=int(rng.integers(0, len(starts) + 1)), replace=False)).astype(np.int64)
    return batch.joined, batch.lowered, starts, paragraph, words


def _speakers_as_it_was(text, joined, starts, paragraph, words):
    named = np.zeros(len(words), dtype=bool)
    for at, word in enumerate(words.tolist()):
        verb = word + 1
        if verb >= len(starts) or paragraph[verb] != paragraph[word] or not joined[int(starts[word])].isupper():
            continue
        between = joined[int(starts[word]) + len(word_at(text, starts, word)):int(starts[verb])]
        named[at] = between.isspace() and joined[int(starts[verb])].islower() \
            and word_at(text, starts, verb) in _SAYING
    return named


def _harms_as_they_were(joined, text, starts, first, last):
    found = []
    for word, end in zip(first.tolist(), last.tolist(), strict=True):
        begin = int(starts[word])
        before = joined[max(begin - 8, 0):begin].rstrip(" \"'\u201c\u2018")
        if (before or begin > 8) and not before.endswith((".", "!", "?", ":", "\n", " that")):
            continue
        after = int(starts[end]) + 1
        if text.startswith("without", int(starts[end])) and _MANNER.match(text, after + len("without")):
            continue
        if text.startswith("if ", int(starts[end])) and not _HAD_OTHERWISE.match(joined, after + 2):
            continue
        if word == end and text.startswith("had ", int(starts[end])) and not _CLAUSE.match(joined, after + 3):
            continue
        sentence = _SENTENCE_END.search(joined, after)
        would = _WOULD_HAVE.search(text, after, sentence.start() if sentence else len(text))
        if would:
            found.append(int(np.searchsorted(starts, would.end())))
    return found


@pytest.mark.parametrize("seed", range(60))
def test_speakers_are_the_capitalised_words_before_a_verb_of_saying_as_before(seed) -> None:
    joined, text, starts, paragraph, words = _read(seed)
    assert named_speakers(text, joined, starts, paragraph, words).tolist() == \
        _speakers_as_it_was(text, joined, starts, paragraph, words).tolist()


def _towns_as_they_were(text, joined, starts, paragraph, words):
    named = np.zeros(len(words), dtype=bool)
    for at, word in enumerate(words.tolist()):
        start = int(starts[word])
        if not joined[start].isupper():
            continue
        be = word + 1
        while be < min(word + 1 + _NAME_WORDS, len(starts)) and paragraph[be] == paragraph[word] \
                and joined[int(starts[be])].isupper() and joined[int(starts[be]) - 1].isspace():
            be += 1
        if be + 2 >= len(starts) or paragraph[be + 1] != paragraph[word]:
            continue
        if word_at(text, starts, be) not in _BE or word_at(text, starts, be + 1) not in _ARTICLES:
            continue
        for after in range(be + 2, min(be + 2 + _BETWEEN, len(starts))):
            if paragraph[after] != paragraph[word]:
                break
            noun = word_at(text, starts, after)
            if noun in _PLACES:
                end = int(starts[after]) + len(noun)
                named[at] = after + 1 >= len(starts) or paragraph[after + 1] != paragraph[word] \
                    or joined[end:end + 1] in _ENDS or word_at(text, starts, after + 1) in _AFTER
                break
            if not joined[int(starts[after]) + len(noun):int(starts[after]) + len(noun) + 1].isspace():
                break
    return named


@pytest.mark.parametrize("seed", range(60))
def test_towns_are_the_capitalised_subjects_of_is_a_town_as_before(seed) -> None:
    joined, text, starts, paragraph, words = _read(seed)
    assert named_towns(text, joined, starts, paragraph, words).tolist() == \
        _towns_as_they_were(text, joined, starts, paragraph, words).tolist()


@pytest.mark.parametrize("seed", range(60))
def test_unmet_subjects_are_found_as_before(seed) -> None:
    joined, text, starts, paragraph, words = _read(seed)
    negations = np.array([w for w in range(len(starts)) if word_at(text, starts, w) in _DENYING], dtype=np.int64)
    unmet, wanted = unmet_subjects(joined, text, starts, paragraph, negations, words)
    # the denials as the loop read them before: each negation's verb, one more after "yet", in its paragraph
    kept = [n for n in negations.tolist() if (verb := n + 1 + (word_at(text, starts, n) == "yet")) < len(starts)
            and paragraph[verb] == paragraph[n] and _coming(text, starts, n, verb)]
    if not kept:
        assert not unmet.any() and not wanted.any()
    else:  # the same answer as reading only the negations that pass the first tests
        again = unmet_subjects(joined, text, starts, paragraph, np.array(kept, dtype=np.int64), words)
        assert unmet.tolist() == again[0].tolist() and wanted.tolist() == again[1].tolist()


@pytest.mark.parametrize("seed", range(60))
def test_counterfactual_harms_are_found_as_before(seed) -> None:
    joined, text, starts, paragraph, _ = _read(seed)
    rng = np.random.default_rng(seed + 2)
    first = np.sort(rng.choice(len(starts), size=min(len(starts), int(rng.integers(0, 6))), replace=False))
    last = np.minimum(first + rng.integers(0, 3, len(first)), max(len(starts) - 1, 0)).astype(np.int64)
    assert counterfactual_harms(joined, text, starts, first.astype(np.int64), last).tolist() == \
        _harms_as_they_were(joined, text, starts, first, last)


def test_a_paragraph_asked_for_again_is_the_one_made_first() -> None:
    paragraphs = article_paragraphs([0, 5, 9, 20], [2, 1, 3, 4], ["a", "a", "a", "b"])
    second = paragraphs[1]
    assert isinstance(second, Paragraph) and tuple(second) == (5, 6) and second.lead == 0
    assert paragraphs[1] is second  # made once: `amounts.rows` asks for it at each of its numbers
    assert [(tuple(p), getattr(p, "lead", None)) for p in map(paragraphs.__getitem__, range(len(paragraphs)))] == [
        ((0, 2), None), ((5, 6), 0), ((9, 12), 0), ((20, 24), None)]
    with pytest.raises(IndexError):
        paragraphs[4]
