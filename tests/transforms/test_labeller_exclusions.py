"""A theme's `exclude` phrase is its word in another sense: the word's meaning does not count for the theme
there either, as its term does not."""

from __future__ import annotations

import numpy as np
import pytest

from transforms.labeller import label_texts, outside_exclusions
from transforms.matching.theme_labels import PhraseSpans
from transforms.semantic.layer import SemanticRows
from warehouse.taxonomy_files import read_taxonomy

SPORT, CONFLICT, POLITICS = "medtop:15000000", "medtop:16000000", "medtop:11000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


def semantic_words(taxonomy, text: str, theme: str) -> set[str]:
    return {e.term for label in label_texts(taxonomy, [text]) if label.theme_id == theme
            for e in label.evidence if e.kind == "semantic"}


def test_only_the_rows_inside_their_own_themes_phrase_are_dropped() -> None:
    # Paragraph 0 has theme 1's phrase over [10, 30): its word at [12, 20) goes, theme 0's word there and
    # theme 1's word at [40, 45) stay, as does paragraph 1's word at the same offsets.
    sem = SemanticRows(
        paragraph=np.array([0, 0, 0, 1]), theme=np.array([1, 0, 1, 1]), start=np.array([12, 12, 40, 12]),
        end=np.array([20, 20, 45, 20]), weight=np.ones(4), word=np.arange(4), words=("a", "b", "c", "d"),
        short=np.zeros(2, dtype=bool),
    )
    phrase = PhraseSpans(np.array([0]), np.array([1]), np.array([10]), np.array([30]))
    assert outside_exclusions(sem, phrase, n_themes=2).tolist() == [False, True, True, True]


def plain_outside_exclusions(sem: SemanticRows, excluded: PhraseSpans) -> list[bool]:
    """The rule as written: a row counts unless a phrase of its own paragraph and theme holds its span."""
    phrases = list(zip(excluded.paragraph.tolist(), excluded.theme.tolist(), excluded.start.tolist(),
                       excluded.end.tolist(), strict=True))
    return [not any(p == pp and t == tt and x <= a and b <= y for pp, tt, x, y in phrases)
            for p, t, a, b in zip(sem.paragraph.tolist(), sem.theme.tolist(), sem.start.tolist(), sem.end.tolist(),
                                  strict=True)]


@pytest.mark.parametrize("seed", range(40))
def test_the_rows_kept_are_those_of_the_rule_as_written(seed) -> None:
    # Overlapping and nested phrases, several per (paragraph, theme), rows on their very edges, themes without.
    rng = np.random.default_rng(seed)
    n_rows, n_phrases, n_themes = int(rng.integers(0, 60)), int(rng.integers(0, 12)), int(rng.integers(1, 4))
    start = rng.integers(0, 40, n_rows)
    sem = SemanticRows(
        paragraph=rng.integers(0, 3, n_rows), theme=rng.integers(0, n_themes, n_rows), start=start,
        end=start + rng.integers(1, 8, n_rows), weight=np.ones(n_rows), word=np.arange(n_rows),
        words=tuple(map(str, range(n_rows))), short=np.zeros(3, dtype=bool),
    )
    x_start = rng.integers(0, 40, n_phrases)
    phrases = PhraseSpans(rng.integers(0, 3, n_phrases), rng.integers(0, n_themes, n_phrases), x_start,
                          x_start + rng.integers(1, 20, n_phrases))
    assert outside_exclusions(sem, phrases, n_themes).tolist() == plain_outside_exclusions(sem, phrases)


def test_a_political_football_is_no_sport_by_meaning(iptc) -> None:
    # Sport excludes "political football", and its term did not count, but "football" still added its
    # meaning (1.75 points): the paragraph was politics and sport.
    text = ("The future of the hospital has become a political football, with both parties accusing each other "
            "of playing games with patients' lives.")
    assert "football" not in semantic_words(iptc, text, SPORT)
    assert SPORT not in {label.theme_id for label in label_texts(iptc, [text])}
    assert POLITICS in {label.theme_id for label in label_texts(iptc, [text])}


def test_a_rearguard_battle_in_parliament_is_no_conflict(iptc) -> None:
    text = ("The prime minister's team is fighting a rearguard battle to save the bill, with rebels marshalling "
            "their troops ahead of Tuesday's vote.")
    assert CONFLICT not in {label.theme_id for label in label_texts(iptc, [text])}


def test_the_word_outside_the_phrase_still_counts(iptc) -> None:
    text = "Football fans queued outside the stadium for hours before the football match."
    assert "football" in semantic_words(iptc, text, SPORT)
