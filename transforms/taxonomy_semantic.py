"""A taxonomy's semantic layer: its [taxonomy] settings, how they are read, and its sidecar theme vectors."""

from __future__ import annotations

import hashlib
import json
from array import array
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from transforms.taxonomy_errors import TaxonomyError, number
from transforms.taxonomy_version import with_version

if TYPE_CHECKING:
    from transforms.taxonomy import Taxonomy

# `semantic_min_words` when a taxonomy does not set it and its theme vectors are made from text: a text
# of fewer content words is read as if it had this many, the missing ones close to no theme. The mean
# of two or three words' cosines says little about what a text is about ("Wolves v Millwall" and
# "Blackburn v Burnley" were a climate desk's wildfires), and most body sentences have 10 or more. With a
# sidecar of fitted vectors the default is 0: the bundled taxonomy's `semantic_cap` does that job,
# tuned with its vectors (README "Your own taxonomy in a few words" has the measurements), with its own
# `semantic_min_words = 5` for texts of two to four words.
TEXT_VECTORS_MIN_WORDS = 10


# The [taxonomy] keys of the semantic layer, all in one place (see `SemanticSettings`).
SEMANTIC_KEYS = (
    "semantic", "semantic_weight", "semantic_floor", "semantic_cap", "semantic_min_words", "semantic_min_share",
    "vectors",
)


@dataclass(frozen=True)
class SemanticSettings:
    """How a taxonomy's semantic layer scores (the [taxonomy] keys in SEMANTIC_KEYS).

    `weight` turns a cosine into score points (so semantic evidence adds to term weights on one
    scale), `floor` is the least contribution a word must make to count as evidence, `cap` the most
    one occurrence of a word may add (0: no cap; see transforms.semantic.layer), `min_words` the
    fewest content words a text's mean is taken over (see `default_min_words`), `min_share` the share of
    its paragraph's best score a label of meaning alone (no term evidence) needs (0: the taxonomy's
    `min_share`, as any label; see transforms.matching.theme_scores), and `vectors`
    names the sidecar .npz file (beside the TOML) with one vector per theme; without it, each theme's
    vector is made from its name, description and terms. `theme_vectors` holds the loaded vectors.
    """

    # Chosen on half of each dev corpus (file number 1 mod 4; see README "Theme labels"): 6 to 15 and
    # 0.005 to 0.05 all score within 0.01 of each other there (10 to 15 keep items without a theme under 3 %).
    weight: float = 10.0
    floor: float = 0.02
    cap: float = 0.0
    min_words: int = 0
    min_share: float = 0.0
    vectors: str = ""
    theme_vectors: tuple[tuple[float, ...], ...] = field(default=(), compare=False)
    vectors_digest: str = ""  # hash of the sidecar's vectors, part of the taxonomy version


def parse_semantic(head: dict, where: str) -> SemanticSettings | None:
    """Return the semantic layer's settings from the [taxonomy] table (on unless `semantic = false`)."""
    on = head.get("semantic", True)
    if not isinstance(on, bool):
        raise TaxonomyError(f"{where} semantic must be true or false")
    if not on:
        return None
    defaults = SemanticSettings()
    vectors = head.get("vectors", "")
    if not isinstance(vectors, str):
        raise TaxonomyError(f"{where} vectors must be the name of a .npz file beside the taxonomy")
    floor = number(head.get("semantic_floor", defaults.floor), f"{where} semantic_floor")
    cap = number(head.get("semantic_cap", defaults.cap), f"{where} semantic_cap")
    if cap < 0 or 0 < cap < floor:
        raise TaxonomyError(
            f"{where} semantic_cap must be 0 (no cap) or a positive number no smaller than semantic_floor "
            f"({floor}), not {cap}"
        )
    min_words = head.get("semantic_min_words", default_min_words(vectors))
    if isinstance(min_words, bool) or not isinstance(min_words, int) or min_words < 0:
        raise TaxonomyError(f"{where} semantic_min_words must be a whole number, 0 or more, not {min_words!r}")
    min_share = number(head.get("semantic_min_share", defaults.min_share), f"{where} semantic_min_share")
    if not 0 <= min_share <= 1:
        raise TaxonomyError(f"{where} semantic_min_share must be a share from 0 (off) to 1, not {min_share}")
    return SemanticSettings(
        weight=number(head.get("semantic_weight", defaults.weight), f"{where} semantic_weight"),
        floor=floor,
        cap=cap,
        min_words=min_words,
        min_share=min_share,
        vectors=vectors,
    )


def default_min_words(vectors: str) -> int:
    """Return `semantic_min_words` for a taxonomy that does not set it: TEXT_VECTORS_MIN_WORDS when its
    theme vectors are made from its text, 0 when it names a sidecar (`vectors`).

    >>> default_min_words(""), default_min_words("iptc-media-topics.vectors.npz")
    (10, 0)
    """
    return 0 if vectors else TEXT_VECTORS_MIN_WORDS


def with_theme_vectors(taxonomy: Taxonomy, vectors: dict[str, list[float]]) -> Taxonomy:
    """Return the taxonomy with sidecar theme vectors (theme id → vector) attached, version updated.

    Raise TaxonomyError when a theme has no vector or the vectors differ in length.
    """
    if taxonomy.semantic is None:
        return taxonomy
    missing = [t.id for t in taxonomy.themes if t.id not in vectors]
    if missing:
        # Most often a theme added to a copy of the bundled taxonomy (`themes --export`), whose vectors file
        # has none for it: say how to go on, not only what is missing.
        raise TaxonomyError(
            f"{taxonomy.semantic.vectors}: no vector for theme(s) {', '.join(missing)}; delete the `vectors` "
            "line of the taxonomy to make every theme's vector from its text"
        )
    # Kept as float32 values, as the sidecar stores them, so a written and re-read taxonomy is the same.
    rows = tuple(tuple(array("f", vectors[t.id]).tolist()) for t in taxonomy.themes)
    if len({len(r) for r in rows}) != 1:
        raise TaxonomyError(f"{taxonomy.semantic.vectors}: theme vectors differ in length")
    digest = hashlib.sha256(json.dumps(rows).encode()).hexdigest()[:12]
    semantic = replace(taxonomy.semantic, theme_vectors=rows, vectors_digest=digest)
    return with_version(replace(taxonomy, semantic=semantic))
