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
# tuned with its vectors (docs/labels.md, "Your own taxonomy in a few words", has the measurements), with its own
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

    # Chosen on half of each dev corpus (file number 1 mod 4; see docs/labels.md): 6 to 15 and
    # 0.005 to 0.05 all score within 0.01 of each other there (10 to 15 keep items without a theme under 3 %).
    weight: float = 10.0
    floor: float = 0.02
    cap: float = 0.0
    min_words: int = 0
    min_share: float = 0.0
    vectors: str = ""
    theme_vectors: tuple[tuple[float, ...], ...] = field(default=(), compare=False)
    vectors_digest: str = ""  # hash of the sidecar's vectors, part of the taxonomy version
    # Themes the sidecar has no vector for (added to a copy of it): their rows in `theme_vectors` are
    # empty, and their vectors are made from their text (transforms.semantic.theme_vectors.text_rows).
    text_themes: tuple[str, ...] = ()
    # Sidecar rows of themes the taxonomy no longer has: they give no theme a vector, but the sidecar's
    # rows are centred and scaled together, so the other themes' vectors stay as they were.
    unused_vectors: tuple[str, ...] = ()
    unused_rows: tuple[tuple[float, ...], ...] = field(default=(), compare=False)
    # Per theme, how many times its centred and scaled sidecar row its vector in the layer is (the
    # sidecar's `stretch`; empty: all 1). The sidecar is centred and scaled on its rows as fitted, so a
    # longer untaught theme leaves every other theme's vector as it was (transforms.theme_fit).
    stretch: tuple[float, ...] = field(default=(), compare=False)


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


def with_theme_vectors(
    taxonomy: Taxonomy, vectors: dict[str, list[float]], stretch: dict[str, float] | None = None
) -> Taxonomy:
    """Return the taxonomy with sidecar theme vectors (theme id → vector) attached, version updated;
    `stretch` (theme id → factor, 1 for a theme not in it) lengthens themes' rows in the layer.

    A theme the sidecar has no vector for (one added to a copy of the bundled taxonomy) gets an empty
    row and is listed in `text_themes`: its vector is made from its text when the layer is built, as
    a fitted sidecar's untaught themes' are. A vector of a theme the taxonomy no longer has is kept
    in `unused_rows`, only to centre and scale the sidecar's rows as a whole. Either way the other
    themes keep the vectors they had (transforms.semantic.theme_vectors.layer_theme_vectors). Raise
    TaxonomyError when the vectors differ in length or none is of a theme of the taxonomy.
    """
    if taxonomy.semantic is None:
        return taxonomy
    ids = {t.id for t in taxonomy.themes}
    if not ids & set(vectors):
        raise TaxonomyError(
            f"{taxonomy.semantic.vectors}: no vector of any theme of the taxonomy; delete the `vectors` "
            "line of the taxonomy to make every theme's vector from its text"
        )
    # Kept as float32 values, as the sidecar stores them, so a written and re-read taxonomy is the same.
    rows = tuple(tuple(array("f", vectors[t.id]).tolist()) if t.id in vectors else () for t in taxonomy.themes)
    unused = tuple(i for i in vectors if i not in ids)
    unused_rows = tuple(tuple(array("f", vectors[i]).tolist()) for i in unused)
    if len({len(r) for r in rows + unused_rows if r}) != 1:
        raise TaxonomyError(f"{taxonomy.semantic.vectors}: theme vectors differ in length")
    factors = tuple(float(array("f", [(stretch or {}).get(t.id, 1.0)])[0]) for t in taxonomy.themes)
    factors = factors if any(f != 1.0 for f in factors) else ()
    # The unused rows and the stretch join the hash only when there are any, so other sidecars'
    # taxonomies keep their versions.
    hashed: object = [rows, unused_rows] if unused else rows
    hashed = [hashed, factors] if factors else hashed
    digest = hashlib.sha256(json.dumps(hashed).encode()).hexdigest()[:12]
    semantic = replace(
        taxonomy.semantic, theme_vectors=rows, vectors_digest=digest, unused_vectors=unused, unused_rows=unused_rows,
        stretch=factors,
        text_themes=tuple(t.id for t, row in zip(taxonomy.themes, rows, strict=True) if not row),
    )
    return with_version(replace(taxonomy, semantic=semantic))


def vectors_note(taxonomy: Taxonomy) -> str | None:
    """Return a note on the themes whose vectors a taxonomy's sidecar does not give (made from their
    text) and on its vectors of themes the taxonomy does not have (not used), or None."""
    sem = taxonomy.semantic
    if sem is None or not (sem.text_themes or sem.unused_vectors):
        return None
    said = []
    if sem.text_themes:
        said.append(
            f"no vector for theme(s) {', '.join(sem.text_themes)}, so theirs are made from their text, as those of "
            "the themes no labeled article taught are; `themelake learn` fits them"
        )
    if sem.unused_vectors:
        said.append(f"its vector(s) of {', '.join(sem.unused_vectors)}, not a theme of the taxonomy, not used")
    return f"{sem.vectors}: {'; '.join(said)}"
