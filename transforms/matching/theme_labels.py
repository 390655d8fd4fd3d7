"""Theme labels and their evidence: as one object per label, and as the columns of a batch."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from transforms.taxonomy import Taxonomy

# Evidence kinds, in the order a label lists them: matched taxonomy terms, then semantic words.
KINDS = ("term", "semantic")


@dataclass(frozen=True)
class Evidence:
    """A matched term and its [start, end) character offsets in the paragraph."""

    term: str
    start: int
    end: int
    weight: float
    kind: str = "term"  # or "semantic": a word whose meaning is close to the theme


@dataclass(frozen=True)
class ThemeLabel:
    """A theme given to one paragraph of a batch, with its score and the evidence for it."""

    paragraph: int
    theme_id: str
    score: float
    evidence: tuple[Evidence, ...]
    density: float = 0.0  # score per word of the paragraph, see `density()`


@dataclass(frozen=True)
class PhraseSpans:
    """Where a batch's `exclude` phrases were found, one row per (phrase, its theme): the theme's evidence
    inside [start, end) of that paragraph does not count."""

    paragraph: np.ndarray  # int64
    theme: np.ndarray  # int64
    start: np.ndarray  # int64, offsets in the paragraph
    end: np.ndarray  # int64


@dataclass(frozen=True)
class EvidenceRows:
    """Evidence of a batch before scoring, one row per (paragraph, theme, piece of evidence)."""

    paragraph: np.ndarray  # int64
    theme: np.ndarray  # int64
    order: np.ndarray  # int64: position among its kind's rows in text order
    start: np.ndarray  # int64, offsets in the paragraph
    end: np.ndarray  # int64
    term: np.ndarray  # int64: index into the terms tuple
    weight: np.ndarray  # float64
    kind: np.ndarray  # int64: index into KINDS

    def __add__(self, other: EvidenceRows) -> EvidenceRows:
        return EvidenceRows(*(np.concatenate([a, b]) for a, b in zip(self.columns(), other.columns(), strict=True)))

    def columns(self) -> tuple[np.ndarray, ...]:
        return (self.paragraph, self.theme, self.order, self.start, self.end, self.term, self.weight, self.kind)


@dataclass(frozen=True)
class LabelColumns:
    """The theme labels of a batch as columns, one row per label, evidence flattened.

    Labels are ordered by paragraph, then score (highest first), then theme id. The evidence of
    label i is rows `evidence_offsets[i]:evidence_offsets[i + 1]` of the `evidence_*` arrays, in
    text order; `evidence_term` indexes `terms`, offsets are in the paragraph's own text.
    """

    paragraph: np.ndarray  # int64: index into the batch's paragraphs
    theme: np.ndarray  # int64: index into taxonomy.themes
    score: list[float]
    density: list[float]
    evidence_offsets: np.ndarray  # int64, one more than labels
    evidence_term: np.ndarray  # int64: index into `terms`
    evidence_start: np.ndarray  # int64
    evidence_end: np.ndarray  # int64
    evidence_weight: np.ndarray  # float64
    terms: tuple[str, ...]
    evidence_kind: np.ndarray | None = None  # int64: index into KINDS (None: all terms)
    # The taxonomy's own terms, which `terms` opens with (the part's semantic words follow): the same tuple for every
    # part, so a writer can convert it once per taxonomy rather than once per part (warehouse.tables.label_table)
    own_terms: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.paragraph)

    def kinds(self) -> np.ndarray:
        """Return each evidence row's kind as an index into KINDS."""
        if self.evidence_kind is None:
            return np.zeros(len(self.evidence_term), np.int64)
        return self.evidence_kind

    def labels(self, taxonomy: Taxonomy) -> list[ThemeLabel]:
        """Return the labels as ThemeLabel objects (for callers that want one object per label)."""
        ids = [theme.id for theme in taxonomy.themes]
        offsets = self.evidence_offsets.tolist()
        terms = [self.terms[i] for i in self.evidence_term.tolist()]
        evidence = [
            Evidence(term, start, end, weight, KINDS[kind])
            for term, start, end, weight, kind in zip(
                terms,
                self.evidence_start.tolist(),
                self.evidence_end.tolist(),
                self.evidence_weight.tolist(),
                self.kinds().tolist(),
                strict=True,
            )
        ]
        return [
            ThemeLabel(p, ids[t], score, tuple(evidence[offsets[i] : offsets[i + 1]]), dense)
            for i, (p, t, score, dense) in enumerate(
                zip(self.paragraph.tolist(), self.theme.tolist(), self.score, self.density, strict=True)
            )
        ]
