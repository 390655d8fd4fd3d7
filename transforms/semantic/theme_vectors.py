"""The themes' vectors: a sidecar's (fitted, their mean taken off), else made from each theme's own text."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from transforms.semantic.occurrences import occurrences, text_means
from transforms.taxonomy import Taxonomy, Theme


def scaled(vectors: np.ndarray) -> np.ndarray:
    """Return theme vectors with their mean taken off and one common scale, so that their mean
    length is 1: a sidecar's fitted vectors keep their relative lengths (see transforms.theme_fit)."""
    if len(vectors) > 1:
        vectors = vectors - vectors.mean(axis=0, keepdims=True)
    size = float(np.linalg.norm(vectors, axis=1).mean()) if len(vectors) else 0.0
    return (vectors / (size or 1.0)).astype(np.float32)


def centred(vectors: np.ndarray) -> np.ndarray:
    """Return theme vectors with their mean taken off and each scaled to unit length."""
    if len(vectors) > 1:
        vectors = vectors - vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1.0, norms)).astype(np.float32)


def unit_length(vectors: np.ndarray) -> np.ndarray:
    """Return theme vectors each scaled to unit length, not centred.

    Vectors made from a taxonomy's own text are not centred on their mean: a desk's themes share its
    field (heatwaves, floods and wildfires are all weather and climate), and taking that off leaves
    each theme only what tells it from its neighbours, which any text is near to ("Blackburn v
    Burnley" was wildfires). The mean of general news is no better a centre: the mean content-word
    vector of bbc-dev and agnews-dev paragraphs is 0.06 long, a tenth of a theme vector, and centring on
    it changed 7 of the some 570 labels two desk taxonomies gave on those corpora.

    >>> unit_length(np.array([[3.0, 4.0], [0.0, 0.0]])).tolist()
    [[0.6000000238418579, 0.800000011920929], [0.0, 0.0]]
    """
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1.0, norms)).astype(np.float32)


def theme_text_vectors(texts: Sequence[Sequence[str]]) -> np.ndarray:
    """Return one raw vector per theme from its seed texts: the mean of each text's mean word vector
    (the process's word vectors: transforms/semantic/word_vectors.py).

    Each text (a name, a description, a term, a sub-topic label) counts once, however long it is.
    """
    flat = [text for group in texts for text in group]
    owner = np.repeat(np.arange(len(texts)), [len(group) for group in texts])
    occ = occurrences(flat)
    per_text = text_means(occ, occ.text, len(flat))
    has_words = np.bincount(occ.text, minlength=len(flat)) > 0
    result = np.zeros((len(texts), occ.unit.shape[1]), dtype=np.float64)
    np.add.at(result, owner[has_words], per_text[has_words])
    n = np.bincount(owner[has_words], minlength=len(texts))
    return (result / np.maximum(n, 1)[:, None]).astype(np.float32)


def raw_theme_vectors(taxonomy: Taxonomy) -> np.ndarray:
    """Return the taxonomy's theme vectors before centring: its sidecar's, else made from its text."""
    if taxonomy.semantic is not None and taxonomy.semantic.theme_vectors:
        return np.array(taxonomy.semantic.theme_vectors, dtype=np.float32)
    return theme_text_vectors([theme_seed(t) for t in taxonomy.themes])


def theme_seed(theme: Theme) -> list[str]:
    """Return the texts a theme's vector is made from when no vectors are given: name, description, terms."""
    return [theme.name, theme.description, *(term.text for term in theme.terms)]
