"""Score a batch's evidence per (paragraph, theme) and keep the labels that pass the thresholds.

How a paragraph gets a theme: its score is the sum of the weights of the theme's hits (so every
score is explained by its evidence), its density is that score per word (over at least
`DENSITY_FLOOR_WORDS` words, so a two-word headline is not worth more than a sentence), and it is
labelled when the score reaches the taxonomy's `min_score` and the density its `min_density`. The
density threshold drops a single passing mention in a long paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from transforms.matching.lexsort_ints import lexsort_ints
from transforms.matching.theme_labels import EvidenceRows, LabelColumns
from transforms.taxonomy import Taxonomy

# Paragraphs shorter than this count as this long when the score is normalised by length.
DENSITY_FLOOR_WORDS = 10


def density(score: float, n_words: int) -> float:
    """Return a paragraph score normalised by the paragraph's length in words.

    >>> density(2.0, 40), density(2.0, 3)
    (0.05, 0.2)
    """
    return float(densities(np.array([score]), np.array([n_words]))[0])


def densities(scores: np.ndarray, n_words: np.ndarray) -> np.ndarray:
    """Return `density` of each (rounded score, word count) pair, for a batch of labels at once."""
    return round4(scores / np.maximum(n_words, DENSITY_FLOOR_WORDS))


def round4(values: np.ndarray) -> np.ndarray:
    """Return `round(v, 4)` of each value of a float64 array: the same floats as Python's round.

    The value times 10,000 is rounded to an integer, then divided by 10,000 (a correctly rounded
    division gives the double nearest that decimal, as Python's round does). Where the product lies
    within 1e-6 of halfway between two integers, its own rounding might have moved it across, so
    Python's round decides those few.

    >>> values = [0.00005, 2.675, 1.23446, 0.1 + 0.2]
    >>> round4(np.array(values)).tolist() == [round(v, 4) for v in values]
    True
    """
    scaled = values * 1e4
    out = np.rint(scaled) / 1e4
    fraction = scaled - np.floor(scaled)
    for i in np.flatnonzero(np.abs(fraction - 0.5) < 1e-6 + np.abs(scaled) * 1e-15).tolist():
        out[i] = round(float(values[i]), 4)
    return out


def _shares(taxonomy: Taxonomy, kind: np.ndarray, group: np.ndarray, n_groups: int) -> np.ndarray | None:
    """Return the share of its paragraph's best score each (paragraph, theme) group needs, or None for none.

    A label of meaning alone (no term evidence) needs the semantic layer's `min_share` where it sets
    one: a second theme that only everyday words lean to is the layer's noise, not a topic of the
    paragraph ("deal" and "ends" to sport in "Port strike ends with 62% wage deal"); a listed term
    beside them is evidence that the paragraph speaks of the theme.
    """
    meaning = taxonomy.semantic.min_share if taxonomy.semantic is not None else 0.0
    if not meaning:
        return np.full(n_groups, taxonomy.min_share) if taxonomy.min_share else None
    has_term = np.bincount(group, weights=(kind == 0), minlength=n_groups) > 0
    return np.where(has_term, taxonomy.min_share, max(meaning, taxonomy.min_share))


def score_evidence(
    taxonomy: Taxonomy, theme_rank: np.ndarray, evidence: EvidenceRows, paragraphs: Sequence[str],
    n_words: Sequence[int] | None, terms: tuple[str, ...], own_terms: tuple[str, ...] = (),
) -> LabelColumns:
    """Score (paragraph, theme) groups of evidence rows and keep those that pass the thresholds.

    A group's evidence is ordered by kind (terms first), then `order` (text order); labels of a
    paragraph with equal scores are ordered by `theme_rank` (each theme's rank by id).
    """
    para, theme, rank = evidence.paragraph, evidence.theme, evidence.order
    ev_start, ev_end = evidence.start, evidence.end
    rows = lexsort_ints((rank, evidence.kind, theme, para))
    para, theme = para[rows], theme[rows]
    boundary = np.ones(len(rows), dtype=bool)
    boundary[1:] = (para[1:] != para[:-1]) | (theme[1:] != theme[:-1])
    group_start = np.flatnonzero(boundary)
    group = np.cumsum(boundary) - 1
    weight = evidence.weight[rows]
    # bincount adds in row order, as Python's sum over the evidence does: the same float.
    sums = np.bincount(group, weights=weight, minlength=len(group_start))
    g_para = para[group_start]
    if n_words is not None:
        words = np.asarray(n_words, dtype=np.int64)[g_para]
    else:
        counted, where = np.unique(g_para, return_inverse=True)
        words = np.array([len(paragraphs[p].split()) for p in counted.tolist()], dtype=np.int64)[where]
    # Most groups fail by far: numpy drops them, and only groups near the thresholds are rounded
    # (as Python's round does, see `round4`), which moves a value by less than 1e-4.
    tax = taxonomy
    near = np.flatnonzero(
        (sums >= tax.min_score - 1e-4)
        & (sums / np.maximum(words, DENSITY_FLOOR_WORDS) >= tax.min_density - 1e-4)
    )
    rounded = round4(sums[near])
    dense_near = densities(rounded, words[near])
    passed = (rounded >= tax.min_score) & (dense_near >= tax.min_density)
    g = near[passed]
    g_score = rounded[passed]
    share = _shares(tax, evidence.kind[rows], group, len(group_start))
    if share is not None and len(g):  # a label scores at least its share of its paragraph's best
        best = np.zeros(int(g_para[g].max()) + 1)
        np.maximum.at(best, g_para[g], g_score)
        strong = g_score >= share[g] * best[g_para[g]] - 1e-9
        passed[np.flatnonzero(passed)[~strong]] = False
        g, g_score = g[strong], g_score[strong]
    score = np.zeros(len(group_start))
    dense = np.zeros(len(group_start))
    score[g], dense[g] = g_score, dense_near[passed]
    out = g[np.lexsort((theme_rank[theme[group_start][g]], -g_score, g_para[g]))]
    sizes = np.diff(np.append(group_start, len(rows)))[out]
    offsets = np.zeros(len(out) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    take = np.arange(offsets[-1]) - np.repeat(offsets[:-1], sizes) + np.repeat(group_start[out], sizes)
    ev = rows[take]
    return LabelColumns(
        paragraph=g_para[out],
        theme=theme[group_start][out],
        score=score[out].tolist(),
        density=dense[out].tolist(),
        evidence_offsets=offsets,
        evidence_term=evidence.term[ev],
        evidence_start=ev_start[ev],
        evidence_end=ev_end[ev],
        evidence_weight=evidence.weight[ev],
        terms=terms,
        evidence_kind=evidence.kind[ev],
        own_terms=own_terms,
    )
