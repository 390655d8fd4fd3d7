"""A story whose headline names a crime strongly is a crime story, whoever its people are.

A theme with `outranks_meaning = true` (the bundled taxonomy sets it on crime) that has a strong listed term in an
article's headline ("jailed for", "convicted of", "sentenced to") leads the article: there the other themes'
evidence counts OTHERS_SHARE of its weight, in every paragraph of the article. The people's trades are listed terms
of their own themes ("banker", "hedge fund", "footballer", "Premier League"), and a fraud conviction's article
summed 24.5 points of economy to crime's 8.2: the headline says what happened, the trades only to whom.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from transforms.matching.theme_labels import EvidenceRows
from transforms.semantic.layer import SemanticRows

# A listed term of at least this weight (as written, before the theme's `weight`): the outranking theme's
# unambiguous phrases, as in `transforms.labeller.outranked_meaning`.
HEADLINE_TERM = 1.7
# The other themes' share of their weight in such an article: the leading theme comes first where it scores at
# least 0.45 of the best theme. Chosen on the tuned halves of benchmarks/ (docs/labels.md, "Measure"): at 0.4 bbc-dev
# lost "Ex-Boeing director gets jail term" (business, crime 0.43 of economy); at 0.5 the fund manager's, the crypto
# founder's and the footballer's convictions of the tuned halves stayed economy and sport (crime 0.49 of economy).
OTHERS_SHARE = 0.45


def headline_leaders(terms: EvidenceRows, articles: Sequence[str], scales: np.ndarray,
                     outranking: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return each paragraph's article number and, per (article, theme), whether the theme leads the article: an
    `outranking` theme with a HEADLINE_TERM in the article's first paragraph (its headline, or its lead without one).
    """
    numbers: dict[str, int] = {}
    article = np.array([numbers.setdefault(a, len(numbers)) for a in articles], dtype=np.int64)
    n_themes = len(scales)
    leads = np.zeros(len(numbers) * n_themes, dtype=bool)
    if not outranking.any() or not len(article):
        return article, leads
    first = np.zeros(len(article), dtype=bool)
    first[np.unique(article, return_index=True)[1]] = True
    written = terms.weight / np.where(scales[terms.theme] > 0, scales[terms.theme], 1.0)
    strong = (written >= HEADLINE_TERM - 1e-9) & outranking[terms.theme] & first[terms.paragraph]
    leads[article[terms.paragraph[strong]] * n_themes + terms.theme[strong]] = True
    return article, leads


def led_weights(weight: np.ndarray, paragraph: np.ndarray, theme: np.ndarray, article: np.ndarray,
                leads: np.ndarray, n_themes: int) -> np.ndarray:
    """Return the evidence weights with those of the themes that do not lead a led article at OTHERS_SHARE.

    >>> led_weights(np.array([1.7, 2.0]), np.array([0, 1]), np.array([0, 1]), np.array([0, 0]),
    ...             np.array([True, False]), 2).tolist()
    [1.7, 0.9]
    """
    if not leads.any():
        return weight
    led = np.any(leads.reshape(-1, n_themes), axis=1)
    at = article[paragraph]
    other = led[at] & ~leads[at * n_themes + theme]
    if not other.any():
        return weight
    out = weight.copy()
    out[other] = np.round(out[other] * OTHERS_SHARE, 4)
    return out


def headline_led(terms: EvidenceRows, sem: SemanticRows | None, articles: Sequence[str], scales: np.ndarray,
                 outranking: np.ndarray) -> tuple[EvidenceRows, SemanticRows | None]:
    """Return the term and semantic rows with the other themes' weights at OTHERS_SHARE in each article an
    `outranking` theme's strong term heads (see `headline_leaders`)."""
    article, leads = headline_leaders(terms, articles, scales, outranking)
    if not leads.any():
        return terms, sem
    n = len(scales)
    terms = EvidenceRows(terms.paragraph, terms.theme, terms.order, terms.start, terms.end, terms.term,
                         led_weights(terms.weight, terms.paragraph, terms.theme, article, leads, n), terms.kind)
    if sem is not None:
        sem = SemanticRows(sem.paragraph, sem.theme, sem.start, sem.end,
                           led_weights(sem.weight, sem.paragraph, sem.theme, article, leads, n),
                           sem.word, sem.words, sem.short)
    return terms, sem
