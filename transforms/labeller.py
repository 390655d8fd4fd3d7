"""Label paragraphs with both kinds of evidence: taxonomy terms found in the text, and semantic words.

A label's score is the sum of its evidence weights, whatever their kind: term evidence as the term
matcher (transforms.themes) finds and weighs it, semantic evidence as the semantic layer
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

from transforms.semantic import semantic_layer_for
from transforms.taxonomy import Taxonomy
from transforms.themes import EvidenceRows, LabelColumns, ThemeLabel, matcher_for


class Labeller:
    """The term matcher and (when the taxonomy has one) the semantic layer of one taxonomy."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.matcher = matcher_for(taxonomy)
        self.semantic = semantic_layer_for(taxonomy) if taxonomy.semantic is not None else None

    def label_columns(self, paragraphs: Sequence[str], n_words: Sequence[int] | None = None) -> LabelColumns:
        """Return the theme labels of a batch of paragraph texts as columns (see LabelColumns)."""
        rows = self.matcher.term_rows(paragraphs)
        if self.semantic is None or not paragraphs:
            return self.matcher.score(rows, paragraphs, n_words)
        sem = self.semantic.rows(paragraphs)
        terms = self.matcher.terms
        # Semantic evidence names the word in lower case, as terms are written; words index after terms.
        index: dict[str, int] = {}
        words = [
            index.setdefault(paragraphs[p][s:e].lower(), len(terms) + len(index))
            for p, s, e in zip(sem.paragraph.tolist(), sem.start.tolist(), sem.end.tolist(), strict=True)
        ]
        semantic = EvidenceRows(
            sem.paragraph, sem.theme, sem.start, sem.start, sem.end, np.array(words, dtype=np.int64),
            sem.weight, np.ones(len(words), dtype=np.int64),
        )
        return self.matcher.score(rows + semantic, paragraphs, n_words, terms=terms + tuple(index))

    def label(self, paragraphs: Sequence[str]) -> list[ThemeLabel]:
        """Return the theme labels of a batch of paragraph texts (indexes into `paragraphs`)."""
        return self.label_columns(paragraphs).labels(self.taxonomy)


@lru_cache(maxsize=4)
def labeller_for(taxonomy: Taxonomy) -> Labeller:
    """Return this process's labeller for a taxonomy (automata, embeddings and vectors built once)."""
    return Labeller(taxonomy)


def label_texts(taxonomy: Taxonomy, paragraphs: Sequence[str]) -> list[ThemeLabel]:
    """Return the theme labels of a batch of paragraph texts, from term and semantic evidence."""
    return labeller_for(taxonomy).label(paragraphs)
