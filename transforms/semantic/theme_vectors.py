"""The themes' vectors: a sidecar's (fitted, their mean taken off), else made from each theme's own text."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from transforms.semantic.occurrences import occurrences, text_means
from transforms.taxonomy import Taxonomy, Theme


def scaled(vectors: np.ndarray, basis: np.ndarray | None = None) -> np.ndarray:
    """Return theme vectors with their mean taken off and one common scale, so that their mean
    length is 1: a sidecar's fitted vectors keep their relative lengths (see transforms.theme_fit).

    `basis` (a boolean mask) picks the rows the mean and scale are taken over, all by default: a
    sidecar's own rows, so that a theme made from its text beside them leaves theirs as they were.
    """
    of = vectors if basis is None else vectors[basis]
    if len(of) > 1:
        vectors = vectors - of.mean(axis=0, keepdims=True)
        of = of - of.mean(axis=0, keepdims=True)
    size = float(np.linalg.norm(of, axis=1).mean()) if len(of) else 0.0
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
    """Return the taxonomy's theme vectors before centring: its sidecar's (with `text_rows` for the
    themes it has none for), else made from its text."""
    sem = taxonomy.semantic
    if sem is None or not sem.theme_vectors:
        return theme_text_vectors([theme_seed(t) for t in taxonomy.themes])
    if not sem.text_themes:
        return np.array(sem.theme_vectors, dtype=np.float32)
    has = np.array([bool(row) for row in sem.theme_vectors])
    rows = np.array([row for row in sem.theme_vectors if row], dtype=np.float32)
    made = text_rows(taxonomy, rows)
    if made.shape[1] != rows.shape[1]:
        raise ValueError(f"theme vectors have {rows.shape[1]} dimensions, the model {made.shape[1]}")
    result = np.zeros((len(has), rows.shape[1]), dtype=np.float32)
    result[has] = rows
    result[~has] = made[~has]
    return result


def layer_theme_vectors(taxonomy: Taxonomy) -> np.ndarray:
    """Return the theme vectors the semantic layer scores with: a sidecar's centred and scaled, else
    those made from the themes' text at unit length (`unit_length`).

    A sidecar's rows are centred and scaled over every row it holds, those of themes the taxonomy no
    longer has too, and over no row made from text (`scaled`'s basis): a theme added to or taken out
    of a copy of the bundled taxonomy leaves the other themes' vectors as they were. Then each theme's
    row is multiplied by the sidecar's stretch for it, if any: an untaught theme made longer so leaves
    the mean and scale, and so every other theme's vector, as they were.
    """
    raw = raw_theme_vectors(taxonomy)
    sem = taxonomy.semantic
    if sem is None or not sem.theme_vectors:
        return unit_length(raw)
    basis = np.array([bool(row) for row in sem.theme_vectors] + [True] * len(sem.unused_rows))
    if sem.unused_rows:
        raw = np.concatenate([raw, np.array(sem.unused_rows, dtype=np.float32)])
    vectors = scaled(raw, basis)[: len(taxonomy.themes)]
    if sem.stretch:
        vectors = (vectors * np.array(sem.stretch, dtype=np.float32)[:, None]).astype(np.float32)
    return vectors


def text_rows(taxonomy: Taxonomy, sidecar: np.ndarray) -> np.ndarray:
    """Return one vector per theme made from its text as a fitted sidecar's untaught themes' are
    (transforms.theme_fit): the direction of its text's vector, all the themes' unit text vectors'
    mean taken off, at the length of the sidecar's shortest row.

    In a fitted sidecar the shortest rows are its untaught themes', a quarter of the fitted rows' mean
    length (`UNTAUGHT_SHARE`; the bundled sidecar stretches three of them in the layer, not in its
    rows, `BUNDLED_UNTAUGHT_SHARES`): a
    theme added to a copy of the bundled taxonomy gathers semantic evidence as most of those do, and
    its terms carry it; in any sidecar, a theme made from text outweighs none fitted.
    """
    seeds = theme_text_vectors([theme_seed(t) for t in taxonomy.themes])
    unit = seeds / np.maximum(np.linalg.norm(seeds, axis=1, keepdims=True), 1e-12)
    length = float(np.linalg.norm(sidecar.astype(np.float64), axis=1).min())
    return (centred(unit.astype(np.float32)) * length).astype(np.float32)


def theme_seed(theme: Theme) -> list[str]:
    """Return the texts a theme's vector is made from when no vectors are given: name, description, terms."""
    return [theme.name, theme.description, *(term.text for term in theme.terms)]
