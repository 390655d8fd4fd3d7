"""Label paragraphs with both kinds of evidence: taxonomy terms found in the text, and semantic words.

A label's score is the sum of its evidence weights, whatever their kind: term evidence as the term
matcher (transforms.matching.themes) finds and weighs it, semantic evidence as the semantic layer
(transforms.semantic) measures it, each word's exact contribution to the paragraph's closeness to
the theme. One threshold (`min_score`, and `min_density` where set) applies to the sum, so a short
headline whose meaning is clear gets its theme without a listed term, and a listed term can carry a
paragraph whose wording is otherwise far from the theme. With `semantic = false` in the taxonomy the
labeller is the term matcher alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from transforms.headline_themes import headline_led
from transforms.matching.joined_text import JoinedText
from transforms.matching.name_terms import name_terms, names_beside_strong_terms
from transforms.matching.theme_labels import EvidenceRows, LabelColumns, PhraseSpans, ThemeLabel
from transforms.matching.themes import matcher_for
from transforms.semantic.layer import SemanticRows, semantic_layer_for
from transforms.taxonomy import Taxonomy


class Labeller:
    """The term matcher and (when the taxonomy has one) the semantic layer of one taxonomy."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.matcher = matcher_for(taxonomy)
        self.semantic = semantic_layer_for(taxonomy) if taxonomy.semantic is not None else None
        self.short_needs_term = short_texts_need_a_term(taxonomy)
        self.outranking = np.array([theme.outranks_meaning for theme in taxonomy.themes], dtype=bool)
        self.scales = np.array([theme.weight for theme in taxonomy.themes], dtype=np.float64)
        self.names = name_terms(taxonomy, self.matcher.terms)
        self.outranking_names = np.array([theme.outranks_names for theme in taxonomy.themes], dtype=bool)
        self.roles = name_terms(taxonomy, self.matcher.terms, "role")
        self.outranking_roles = np.array([theme.outranks_roles for theme in taxonomy.themes], dtype=bool)

    def label_columns(
        self, paragraphs: Sequence[str], n_words: Sequence[int] | None = None, batch: JoinedText | None = None,
        articles: Sequence[str] | None = None,
    ) -> LabelColumns:
        """Return the theme labels of a batch of paragraph texts as columns (see LabelColumns).

        `batch`: the paragraphs already joined (`JoinedText.of(paragraphs)`), when the caller has them;
        `articles`: each paragraph's article id, when the caller has them (see `article_needs_terms`)."""
        batch = batch or JoinedText.of(paragraphs)
        rows, excluded = self.matcher.term_rows_and_exclusions(paragraphs, batch)
        rows = names_beside_strong_terms(rows, self.names, len(self.matcher.terms), len(paragraphs), self.scales,
                                         self.outranking_names)
        rows = names_beside_strong_terms(rows, self.roles, len(self.matcher.terms), len(paragraphs), self.scales,
                                         self.outranking_roles)
        if self.semantic is None or not paragraphs:
            if articles is not None and paragraphs:
                rows, _ = headline_led(rows, None, articles, self.scales, self.outranking)
            return self.matcher.score(rows, paragraphs, n_words)
        sem = self.semantic.rows(paragraphs, batch)
        if self.outranking.any():
            sem = outranked_meaning(rows, sem, len(paragraphs), self.scales, self.outranking)
        # Each rule marks the rows it keeps and the rows are taken once: only `_may_pass` reads the other
        # rows (their sum), and it reads those the exclusions kept, as when each rule took its rows in turn.
        keep = (outside_exclusions(sem, excluded, len(self.taxonomy.themes)) if len(excluded.paragraph)
                else np.ones(len(sem.weight), dtype=bool))
        keep &= self._may_pass(rows, sem, len(paragraphs), keep)
        if self.short_needs_term:
            keep &= self._beside_terms(rows, sem, len(paragraphs))
            if articles is not None:
                keep &= article_needs_terms(rows, sem, articles, self.scales)
        sem = sem.take(np.flatnonzero(keep))
        if articles is not None:  # after the rules above, which read each theme's own evidence as written
            rows, led = headline_led(rows, sem, articles, self.scales, self.outranking)
            sem = led if led is not None else sem
        terms = self.matcher.terms
        # Semantic evidence names the word in lower case, as terms are written; words index after terms.
        used, where = used_codes(sem.word, len(sem.words))
        semantic = EvidenceRows(
            sem.paragraph, sem.theme, sem.start, sem.start, sem.end, len(terms) + where.astype(np.int64),
            sem.weight, np.ones(len(sem.weight), dtype=np.int64),
        )
        names = tuple(map(sem.words.__getitem__, used.tolist()))  # no Python frame per word: 32,000 a batch
        return self.matcher.score(rows + semantic, paragraphs, n_words, terms=terms + names)

    def _may_pass(self, terms: EvidenceRows, sem: SemanticRows, n_paragraphs: int, kept: np.ndarray) -> np.ndarray:
        """Return whether each semantic row's (paragraph, theme) may reach min_score with its term evidence
        and the `kept` semantic rows: the others cannot become labels, so they are dropped before scoring."""
        n_themes = len(self.taxonomy.themes)
        total = np.bincount(terms.paragraph * n_themes + terms.theme, weights=terms.weight,
                            minlength=n_paragraphs * n_themes).astype(np.float64)
        group = sem.paragraph * n_themes + sem.theme
        rows = np.flatnonzero(kept)
        total += np.bincount(group[rows], weights=sem.weight[rows], minlength=n_paragraphs * n_themes)
        return total[group] >= self.taxonomy.min_score - 1e-3

    def _beside_terms(self, terms: EvidenceRows, sem: SemanticRows, n_paragraphs: int) -> np.ndarray:
        """Return whether each semantic row counts: those of long texts do, and of short ones
        (`SemanticRows.short`) only where the theme has a listed term of positive weight in the text: see
        `short_texts_need_a_term`."""
        n_themes = len(self.taxonomy.themes)
        has_term = np.zeros(n_paragraphs * n_themes, dtype=bool)
        # A term listed against the theme (a negative weight) is evidence it is not the theme: it let the
        # meaning of a short text through ("Lottery winner scores goals" was sport by "lottery" at -0.3).
        towards = terms.weight > 0
        has_term[terms.paragraph[towards] * n_themes + terms.theme[towards]] = True
        return ~sem.short[sem.paragraph] | has_term[sem.paragraph * n_themes + sem.theme]

    def label(self, paragraphs: Sequence[str]) -> list[ThemeLabel]:
        """Return the theme labels of a batch of paragraph texts (indexes into `paragraphs`)."""
        return self.label_columns(paragraphs).labels(self.taxonomy)


# A long article: at least this many labelled paragraphs (a headline and two more). An AG News item is a
# headline and one paragraph, the whole story: there a theme's meaning alone still counts.
ARTICLE_PARAGRAPHS = 3
# Listed terms of a theme a long article must have, in score points, for the meaning of its paragraphs to
# count for that theme: one strong, unambiguous word (the bundled taxonomy weighs those 1.5 to 2.0) or two
# clearly on-topic ones. A single weak word ("race" 0.5 or "won" 0.4 in an election story) is not enough.
# Counted as the terms are written, before their theme's `weight` scales them (see `article_needs_terms`).
ARTICLE_TERMS = 1.5


def article_needs_terms(terms: EvidenceRows, sem: SemanticRows, articles: Sequence[str],
                        scales: np.ndarray) -> np.ndarray:
    """Return whether each semantic row may count: those of a short article do, and of a theme whose listed terms
    of positive weight add up to ARTICLE_TERMS in the paragraph's article (in any of its paragraphs).

    `scales`: each theme's `weight`, which its terms' weights in `terms` already carry; the threshold is scaled
    alike, so one strong word anchors a side theme too. At 1.5 against the scaled weights, "murder" or
    "vaccine" (1.7, counted 1.445 in crime's and health's 0.85) did not: a long story of a stabbing or a
    measles outbreak lost its side theme's meaning to the everyday words that lean to politics and economy.

    With fitted vectors, everyday words lean to the taught themes ("accept", "runs", "return" and place
    names such as "Tampa" to sport), and a long story of 2024-2026 news that never names a theme with a
    term still got it from meaning alone: a hurricane in Tampa and a dockers' deal were sport. On an
    end-to-end corpus of such news 20 of 42 sport labels were on paragraphs of articles about something
    else, 3 of 25 with this rule; bbc-dev, agnews-dev and their halves kept their figures (docs/labels.md, "Measure").
    """
    # Each article numbered where it first comes (no sort of 11,000 strings): the numbers only group paragraphs.
    n_themes = len(scales)
    numbers: dict[str, int] = {}
    article = np.array([numbers.setdefault(a, len(numbers)) for a in articles], dtype=np.int64)
    n_articles = int(article.max()) + 1 if len(article) else 0
    towards = terms.weight > 0
    points = np.bincount(article[terms.paragraph[towards]] * n_themes + terms.theme[towards],
                         weights=terms.weight[towards], minlength=n_articles * n_themes)
    # A theme of weight 0 or less has no positive terms and its meaning no weight: never anchored.
    need = np.where(scales > 0, ARTICLE_TERMS * scales, np.inf)
    anchored = points >= np.tile(need, n_articles) - 1e-9
    short = np.bincount(article, minlength=n_articles) < ARTICLE_PARAGRAPHS
    at = article[sem.paragraph]
    return short[at] | anchored[at * n_themes + sem.theme]


# A theme with `outranks_meaning = true` in its taxonomy (the bundled one sets it on crime: a story of a crime or a
# trial is crime first, whoever its people are). A paragraph that names a crime act or a court's verdict with a
# strong listed term of such a theme halves the meaning of the themes with fewer listed terms of their own there,
# so that the victim's or the offender's trade does not outvote it by its everyday words ("dance", "studio" and
# "jailed" itself lean to arts).
# A listed term of at least this weight (as written, before the theme's `weight`): the bundled crime theme's
# unambiguous phrases ("jailed for", "jail term", "charged with murder"), not "court" or "police" (0.4 to 1.2).
OUTRANKING_TERM = 1.7
# A theme keeps its meaning where its own listed terms add up to this much (as written): a sport story of an
# Olympic champion's arrest ("olympic", "swimming", "champion") stays sport, as its section files it.
OWN_TERMS = 1.7
OUTRANKED_SHARE = 0.5


def outranked_meaning(terms: EvidenceRows, sem: SemanticRows, n_paragraphs: int, scales: np.ndarray,
                      outranking: np.ndarray) -> SemanticRows:
    """Return the semantic rows with the weight of each outranked one halved (OUTRANKED_SHARE): of a paragraph
    with an OUTRANKING_TERM of an `outranking` theme (one with `outranks_meaning = true`), for a theme whose own
    terms there add up to less than OWN_TERMS.

    Measured against the other rules tried (docs/labels.md, "Measure"): any theme's strong term halving the
    others' meaning cost bbc-dev 4 articles and agnews-dev 27, since an AG News business item's "workforce"
    or "semiconductor" then outranks economy's meaning; crime's alone left both corpora as they were, and
    "Southport killer jailed for minimum of 52 years ... a dance class" is crime, not arts.
    """
    n_themes = len(scales)
    written = terms.weight / np.where(scales[terms.theme] > 0, scales[terms.theme], 1.0)
    group = terms.paragraph * n_themes + terms.theme
    strong = (written >= OUTRANKING_TERM - 1e-9) & outranking[terms.theme]
    if not strong.any():
        return sem
    crime_first = np.zeros(n_paragraphs, dtype=bool)
    crime_first[terms.paragraph[strong]] = True
    towards = written > 0
    own = np.bincount(group[towards], weights=written[towards], minlength=n_paragraphs * n_themes)
    # Only the rows of the few crime paragraphs are looked at (a batch has 250,000 rows, a few thousand there).
    near = np.flatnonzero(crime_first[sem.paragraph])
    halved = near[own[sem.paragraph[near] * n_themes + sem.theme[near]] < OWN_TERMS - 1e-9]
    weight = sem.weight.copy()
    weight[halved] = np.round(weight[halved] * OUTRANKED_SHARE, 4)
    return SemanticRows(sem.paragraph, sem.theme, sem.start, sem.end, weight, sem.word, sem.words, sem.short)


def outside_exclusions(sem: SemanticRows, excluded: PhraseSpans, n_themes: int) -> np.ndarray:
    """Return whether each semantic row is outside its own theme's `exclude` phrases (True: it counts).

    A phrase a theme excludes is its word in another sense, and the word's meaning is that sense's too:
    sport excluded "political football" and conflict "rearguard battle", yet "football" and "battle" still
    carried their themes by meaning alone, sport 4.84 points of "The future of the hospital has become a
    political football...". Only the rows of a (paragraph, theme) that has such a phrase are looked at, each
    against that group's phrases as numpy pairs: 0.3 ms a part of 250 bench articles (a loop per row: 0.85 ms).
    """
    group = sem.paragraph * n_themes + sem.theme
    phrase_group = excluded.paragraph * n_themes + excluded.theme
    marked = np.zeros(int(max(group.max(initial=0), phrase_group.max(initial=0))) + 1, dtype=bool)
    marked[phrase_group] = True
    near = np.flatnonzero(marked[group])
    # Each near row against each phrase of its group, as numpy pairs (no Python per row): the phrases
    # sorted by group, a row's phrases are one slice of them.
    order = np.argsort(phrase_group, kind="stable")
    sorted_group = phrase_group[order]
    lo = np.searchsorted(sorted_group, group[near], side="left")
    count = np.searchsorted(sorted_group, group[near], side="right") - lo
    row = np.repeat(near, count)
    phrase = order[np.arange(len(row)) - np.repeat(np.cumsum(count) - count, count) + np.repeat(lo, count)]
    inside = (excluded.start[phrase] <= sem.start[row]) & (sem.end[row] <= excluded.end[phrase])
    keep = np.ones(len(group), dtype=bool)
    keep[row[inside]] = False
    return keep


def used_codes(codes: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Return `np.unique(codes, return_inverse=True)` of codes from 0 to n - 1: the codes used, in order, and
    each one's place among them, found with a mark per code instead of a sort (200,000 codes a batch).

    >>> [a.tolist() for a in used_codes(np.array([5, 2, 5, 0]), 7)]
    [[0, 2, 5], [2, 1, 2, 0]]
    """
    marked = np.zeros(n, dtype=bool)
    marked[codes] = True
    return np.flatnonzero(marked), (np.cumsum(marked) - 1)[codes]


def short_texts_need_a_term(taxonomy: Taxonomy) -> bool:
    """Return whether, in a text of fewer content words than `semantic_min_words`, semantic evidence counts
    only for a theme with a listed term of positive weight in the text: with fitted theme vectors (a sidecar)
    that set it.

    Read over 5 words, two words of a heading still labelled by meaning alone ("What comes next" was
    science by "comes" and "next"); fitted vectors lean to everyday words. Vectors made from the themes'
    text are tuned with their default of 10 words, where the meaning of a short text still counts.
    """
    sem = taxonomy.semantic
    return sem is not None and sem.min_words > 0 and bool(sem.theme_vectors)


@lru_cache(maxsize=4)
def labeller_for(taxonomy: Taxonomy) -> Labeller:
    """Return this process's labeller for a taxonomy (automata, embeddings and vectors built once)."""
    return Labeller(taxonomy)


def label_texts(taxonomy: Taxonomy, paragraphs: Sequence[str]) -> list[ThemeLabel]:
    """Return the theme labels of a batch of paragraph texts, from term and semantic evidence."""
    return labeller_for(taxonomy).label(paragraphs)
