"""Tone's shortcuts give what the plain reading gives: each pinned against the code it replaced."""

from __future__ import annotations

import random

import numpy as np
import pytest

from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.tone import word_starts
from transforms.enrichments.tone_releasing import FAR, released_captives
from transforms.matching.joined_text import JoinedText

TRICKY = [
    ["Rates rose.", "", "  Leading and trailing spaces  "],
    ["Naïve café owners «won» — “again”", "Ελλάδα και Κίνα 中国", "x"],
    ["ſ and İstanbul’s\u00a0tax\u2009cut", "a\tb\nc", "!!!"],
    ["Hostages freed", "released the hostages, who were held by rebels"],
]


@pytest.mark.parametrize("texts", TRICKY)
@pytest.mark.parametrize("labelled", [False, True])
def test_the_batch_words_start_where_tone_found_its_words(texts, labelled) -> None:
    # tone reads its word starts from `batch.words` (split once for all readers), not from its own scan
    batch = ParagraphBatch(texts, [f"p{i}" for i in range(len(texts))], ["a"] * len(texts),
                           JoinedText.of(texts) if labelled else None)
    assert batch.words.start.tolist() == word_starts(batch.lowered).tolist()


def _released_every_word(words, captive, word_paragraph, reach, released, undoing):
    """`released_captives` as it walked every sentiment word, captive or not."""
    distance = np.zeros(len(words), dtype=np.int64)
    blocked = np.zeros(len(words), dtype=bool)
    n_words = len(word_paragraph)
    for d in range(1, FAR + 1):
        after = np.minimum(words + d, n_words)
        same = (words + d < n_words) & (word_paragraph[np.minimum(words + d, n_words - 1)] == word_paragraph[words])
        after = np.where(same, after, n_words)
        found = captive & (distance == 0) & ~blocked & (released[after] >= d) & (reach[after] > 0)
        distance[found] = d
        blocked |= undoing[after]
    return distance


@pytest.mark.parametrize("seed", range(30))
def test_only_captives_are_walked_and_the_distances_are_the_same(seed) -> None:
    rng = np.random.default_rng(seed)
    n_words = int(rng.integers(1, 60))
    word_paragraph = np.sort(rng.integers(0, 4, n_words))
    words = np.sort(rng.choice(n_words, size=int(rng.integers(0, n_words + 1)), replace=False))
    captive = rng.random(len(words)) < random.Random(seed).choice([0.0, 0.2, 0.6, 1.0])
    reach = np.where(rng.random(n_words + 1) < 0.3, rng.integers(1, 4, n_words + 1), 0)
    released = np.where(rng.random(n_words + 1) < 0.3, rng.integers(0, FAR + 1, n_words + 1), 0)
    undoing = rng.random(n_words + 1) < 0.1
    reach[-1], released[-1], undoing[-1] = 0, 0, False  # the last slot is always empty
    assert released_captives(words, captive, word_paragraph, reach, released, undoing).tolist() == \
        _released_every_word(words, captive, word_paragraph, reach, released, undoing).tolist()


def _assert_verbs_read_as_every_word(words, bad, word_paragraph, reach, undoing, optional) -> None:
    """Assert that `averting_verbs` finds what reading every word finds, with the optional arrays and without them."""
    from transforms.enrichments.tone_averting import _every_word, averting_verbs

    for args in (optional, ()):
        found = averting_verbs(words, bad, word_paragraph, reach, undoing, *args)
        every = _every_word(words, bad, word_paragraph, reach, undoing, *args)
        assert [a.tolist() for a in found] == [a.tolist() for a in every]


@pytest.mark.parametrize("seed", range(40))
def test_only_bad_words_and_captives_are_read_for_a_verb_that_averts_them(seed) -> None:
    from transforms.enrichments.tone_tables import WINDOW

    rng = np.random.default_rng(seed)
    n_words = int(rng.integers(1, 50))
    word_paragraph = np.sort(rng.integers(0, 3, n_words))
    words = np.sort(rng.choice(n_words, size=int(rng.integers(0, n_words + 1)), replace=False))
    share = random.Random(seed).choice([0.0, 0.3, 0.7, 1.0])
    bad, captive = rng.random(len(words)) < share, rng.random(len(words)) < share / 3
    worry = rng.integers(0, 3, len(words))
    reach = np.where(rng.random(n_words + 1) < 0.4, rng.integers(1, 4, n_words + 1), 0)
    undoing, releasing = rng.random(n_words + 1) < 0.15, rng.random(n_words + 1) < 0.2
    easing = np.where(rng.random(n_words + 1) < 0.3, rng.integers(1, 3, n_words + 1), 0)
    clauses = rng.random(n_words + 1 + WINDOW) < 0.1
    reach[-1], undoing[-1], releasing[-1], easing[-1] = 0, False, False, 0  # the last slot is always empty
    _assert_verbs_read_as_every_word(words, bad, word_paragraph, reach, undoing,
                                     (captive, releasing, worry, easing, clauses))


@pytest.mark.parametrize("seed", range(40))
def test_words_far_from_every_verb_that_reaches_are_left_as_reading_every_word_leaves_them(seed) -> None:
    """A batch's verbs that avert are few and far between: only the words up to a verb's reach and a worry's window
    after one are read, and the distances and undoings are those of reading every word."""
    from transforms.enrichments.tone_tables import WINDOW

    rng = np.random.default_rng(seed)
    n_words = int(rng.integers(1, 400))
    word_paragraph = np.sort(rng.integers(0, 8, n_words))
    words = np.sort(rng.choice(n_words, size=int(rng.integers(0, n_words + 1)), replace=False))
    bad, captive = rng.random(len(words)) < 0.6, rng.random(len(words)) < 0.2
    worry = rng.integers(0, 3, len(words))
    # a verb every 50 words or so, reaching up to 10 words (a passive's participle, `FAR`); some never reach
    reach = np.where(rng.random(n_words + 1) < 0.02, rng.integers(0, 11, n_words + 1), 0)
    undoing, releasing = rng.random(n_words + 1) < 0.05, rng.random(n_words + 1) < 0.02
    easing = np.where(rng.random(n_words + 1) < 0.3, rng.integers(1, 3, n_words + 1), 0)
    clauses = rng.random(n_words + 1 + WINDOW) < 0.05
    reach[-1], undoing[-1], releasing[-1], easing[-1] = 0, False, False, 0  # the last slot is always empty
    _assert_verbs_read_as_every_word(words, bad, word_paragraph, reach, undoing,
                                     (captive, releasing, worry, easing, clauses))


@pytest.mark.parametrize("seed", range(30))
def test_charges_are_looked_up_by_word_number_as_searching_for_them_finds_them(seed) -> None:
    from transforms.enrichments.tone_courts import charged_words

    rng = np.random.default_rng(seed)
    n_words = int(rng.integers(1, 40))
    word_paragraph = np.sort(rng.integers(0, 3, n_words))
    words = np.sort(rng.choice(n_words, size=int(rng.integers(0, n_words + 1)), replace=False))
    charge = rng.random(len(words)) < random.Random(seed).choice([0.0, 0.3, 1.0])
    searched = charge.copy()
    for step in (1, 2):  # as charged_words read them before: np.isin of the charges' word numbers
        ahead = np.minimum(words + step, n_words - 1)
        searched |= np.isin(words + step, words[charge]) & (word_paragraph[ahead] == word_paragraph[words])
    assert charged_words(words, charge, word_paragraph).tolist() == searched.tolist()


def test_a_batchs_keys_are_looked_up_in_a_mask_as_searching_for_them_finds_them() -> None:
    from transforms.enrichments.tone_averting import ESCAPE
    from transforms.enrichments.tone_confidence import NO_CONFIDENCE
    from transforms.enrichments.tone_keys import is_key, key_mask, key_of, keys, worry_keys
    from transforms.enrichments.tone_releasing import SWAPPED
    from transforms.enrichments.tone_savings import SAVING
    from transforms.enrichments.tone_tables import SOME_FEW

    n_keys = len(keys()[1])
    key = np.random.default_rng(0).integers(0, n_keys, 50_000)
    for words in (SOME_FEW, SAVING, NO_CONFIDENCE, ESCAPE, SWAPPED, ("stop", "stops")):
        searched = np.isin(key, [key_of(word) for word in words])
        assert searched.any() or len(words) < 3
        assert is_key(key, words).tolist() == searched.tolist()
        assert is_key(np.array([key_of(word) for word in words]), words).all()
    assert key_mask(tuple(worry_keys().tolist()))[key].tolist() == np.isin(key, worry_keys()).tolist()

