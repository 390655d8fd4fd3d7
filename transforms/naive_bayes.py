"""Naive Bayes term weights, one theme against the rest: which terms to learn, and which base terms
the labeled articles do not bear out.

A term's weight for a theme is the log of how much more often it occurs in that theme's articles
than in the others (add-`SMOOTHING` counts, from role-weighted match counts; see
transforms.learned_terms.term_counts). The same weight says two things: a term well above `MIN_WEIGHT`
is worth learning, and a term the base taxonomy lists for a theme, counted in the articles and
below `MIN_WEIGHT` there, is one the articles say does not tell that theme from the others.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from transforms.taxonomy import Taxonomy

SMOOTHING = 0.5
MIN_ARTICLES = 3  # a term must occur in this many articles of the theme: no term from one article
MIN_WEIGHT = 0.7  # log ratio, about twice as frequent in the theme as elsewhere
MAX_TERMS = 800  # per theme, the strongest by evidence (weight × log count)


@dataclass(frozen=True)
class LearnedTerm:
    """A learned term of a theme: its weight, and how often it occurred in and outside the theme."""

    text: str
    weight: float
    in_theme: int
    elsewhere: int
    articles: int


class TermWeights(NamedTuple):
    """Per theme the articles teach: the terms learned, and the weight of every term counted."""

    learned: dict[str, list[LearnedTerm]]  # clearly positive and in MIN_ARTICLES articles, strongest first
    weight: dict[str, dict[str, float]]  # theme id → term → naive Bayes weight (any sign)


def term_weights(
    counts: Sequence[Mapping[int, float]], themes: Sequence[str], terms: Sequence[str], max_terms: int = MAX_TERMS
) -> TermWeights:
    """Return the naive Bayes weights of terms (per article, match counts by index into `terms`) for
    each article's theme id, and the terms worth learning.

    >>> w = term_weights([{0: 2.0, 1: 1.0}, {0: 2.0, 1: 1.0}, {0: 2.0}, {1: 3.0}, {1: 3.0}, {1: 3.0}],
    ...                  ["a", "a", "a", "b", "b", "b"], ["goal", "match"])
    >>> [t.text for t in w.learned["a"]], round(w.weight["a"]["match"], 2)
    (['goal'], -1.23)
    """
    labels = sorted(set(themes))
    per_theme: dict[str, dict[int, float]] = {c: defaultdict(float) for c in labels}
    present = {c: Counter[int]() for c in labels}
    total: dict[int, float] = defaultdict(float)
    for theme, article in zip(themes, counts, strict=True):
        for i, n in article.items():
            per_theme[theme][i] += n
            total[i] += n
        present[theme].update(article.keys())
    size = {c: sum(per_theme[c].values()) for c in labels}
    all_size = sum(size.values())
    vocab = len(terms)
    learned: dict[str, list[LearnedTerm]] = {}
    weights: dict[str, dict[str, float]] = {}
    for c in labels:
        weights[c] = {}
        kept = []
        for i in total:  # every counted term, those the theme never saw too (their weights are negative)
            n_in = per_theme[c].get(i, 0.0)
            p_in = (n_in + SMOOTHING) / (size[c] + SMOOTHING * vocab)
            p_out = (total[i] - n_in + SMOOTHING) / (all_size - size[c] + SMOOTHING * vocab)
            weight = weights[c][terms[i]] = math.log(p_in / p_out)
            if weight >= MIN_WEIGHT and present[c][i] >= MIN_ARTICLES:
                kept.append(
                    LearnedTerm(terms[i], round(weight, 3), round(n_in), round(total[i] - n_in), present[c][i])
                )
        kept.sort(key=lambda t: (-t.weight * math.log1p(t.in_theme), t.text))
        learned[c] = sorted(kept[:max_terms], key=lambda t: (-t.weight, t.text))
    return TermWeights(learned, weights)


def untelling_base_terms(base: Taxonomy, weight: Mapping[str, Mapping[str, float]]) -> dict[str, list[str]]:
    """Return, per theme the articles teach, the base terms (as written) whose naive Bayes weight for
    it is below MIN_WEIGHT: counted in the articles, and not telling the theme from the others.
    A base term the articles never counted (too rare, or a phrase of stopwords) is not judged, nor one
    of negative weight (evidence against its theme, which its weight there is low for by design).

    >>> from transforms.taxonomy import parse_taxonomy
    >>> base = parse_taxonomy('[[themes]]\\nid = "a"\\nterms = ["goal", "match", "penalty"]')
    >>> untelling_base_terms(base, {"a": {"goal": 2.1, "match": -1.2}})
    {'a': ['match']}
    """
    result: dict[str, list[str]] = {}
    for theme in base.themes:
        seen = weight.get(theme.id)
        if seen is None:
            continue
        # A term of negative weight is evidence against its theme, written so on purpose: not judged.
        result[theme.id] = [t.text for t in theme.terms
                            if t.weight > 0 and seen.get(t.text.lower(), MIN_WEIGHT) < MIN_WEIGHT]
    return result


def without_terms(base: Taxonomy, left_out: Mapping[str, Sequence[str]]) -> Taxonomy:
    """Return the base taxonomy without the given terms of its themes (theme id → term texts as written)."""
    themes = tuple(
        replace(theme, terms=tuple(t for t in theme.terms if t.text not in set(left_out.get(theme.id, ()))))
        for theme in base.themes
    )
    return replace(base, themes=themes)
