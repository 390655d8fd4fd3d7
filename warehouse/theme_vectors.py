"""Read and write a taxonomy's sidecar of theme vectors (.npz), and build the default one.

The sidecar holds two arrays: `ids` (theme ids) and `vectors` (float32, one row per theme, in the
embedding's space, not yet centred), and may hold a third, `stretch` (float32, one per row: how many
times its centred and scaled row a theme's vector is in the semantic layer; see
transforms.semantic.theme_vectors.layer_theme_vectors). The TOML names it with `vectors = "file.npz"` in [taxonomy];
the path is taken relative to the TOML's folder.

    python -m warehouse.theme_vectors ../shared/taxonomy/iptc-media-topics.jsonl

rebuilds the bundled default's sidecar from IPTC Media Topics (labels and definitions of every
topic under each top-level topic, © IPTC, CC BY 4.0) plus each theme's name, description and terms.
The bundled sidecar's vectors of the themes labeled news teaches are fitted to it (see README,
"theme labels", and transforms.theme_fit); the bundled file was fitted by an earlier build (commit
bc3b0da, before semantic recipes 3 and 4, among later changes), so the command below now writes
slightly different vectors, which were measured and not taken (README):

    python -m warehouse.theme_vectors ../shared/taxonomy/iptc-media-topics.jsonl --half \
        --fit ../shared/corpora/bbc-dev ../shared/corpora/bbc-map.toml \
        --fit ../shared/corpora/agnews-dev ../shared/corpora/agnews-map.toml
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from transforms.taxonomy import Taxonomy, TaxonomyError
from transforms.taxonomy_semantic import with_theme_vectors

if TYPE_CHECKING:
    import numpy as np

# numpy (about 0.1 s to import) is imported by the functions that read or write vectors: a command whose
# taxonomy comes from the user cache (warehouse.taxonomy_cache) only asks where the sidecar is.


def read_theme_vectors(path: str | os.PathLike[str]) -> dict[str, list[float]]:
    """Return theme id → vector from a sidecar file; raise TaxonomyError naming the file."""
    return read_sidecar(path)[0]


def read_sidecar(path: str | os.PathLike[str]) -> tuple[dict[str, list[float]], dict[str, float]]:
    """Return theme id → vector and theme id → stretch (empty when the file has none) from a sidecar
    file; raise TaxonomyError naming the file."""
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as data:
            ids, vectors = data["ids"], data["vectors"]
            stretch = data["stretch"] if "stretch" in data.files else np.ones(len(ids), np.float32)
    except FileNotFoundError:
        raise TaxonomyError(f"{path}: theme vectors file not found (named by `vectors` in the taxonomy)") from None
    except (OSError, KeyError, ValueError) as err:
        raise TaxonomyError(f"{path}: not a theme vectors file (.npz with ids and vectors): {err}") from None
    if vectors.ndim != 2 or len(ids) != len(vectors) or stretch.shape != (len(ids),):
        raise TaxonomyError(f"{path}: ids and vectors do not match")
    # NaN vectors (`learn` from no article wrote them) lost all semantic evidence without a word.
    if vectors.dtype.kind not in "fiu" or not np.isfinite(vectors).all():
        raise TaxonomyError(
            f"{path}: theme vectors must be finite numbers (found NaN, infinity or text): learn or rebuild it"
        )
    if stretch.dtype.kind not in "fiu" or not (np.isfinite(stretch) & (stretch > 0)).all():
        raise TaxonomyError(f"{path}: a theme's stretch must be a positive number")
    rows = {str(i): row.astype(float).tolist() for i, row in zip(ids, vectors, strict=True)}
    return rows, {str(i): float(f) for i, f in zip(ids, stretch, strict=True) if f != 1}


def theme_vectors_bytes(ids: Sequence[str], vectors: np.ndarray, stretch: np.ndarray | None = None) -> bytes:
    """Return the bytes of a sidecar file (compressed .npz) for theme ids and their vectors, with
    their stretch when it is not 1 for all."""
    import numpy as np

    buffer = io.BytesIO()
    names, rows = np.array(list(ids), dtype=str), np.asarray(vectors, np.float32)
    if stretch is not None and (np.asarray(stretch) != 1).any():
        np.savez_compressed(buffer, ids=names, vectors=rows, stretch=np.asarray(stretch, np.float32))
    else:
        np.savez_compressed(buffer, ids=names, vectors=rows)
    return buffer.getvalue()


def write_theme_vectors(path: str | os.PathLike[str], ids: Sequence[str], vectors: np.ndarray,
                        stretch: np.ndarray | None = None) -> None:
    """Write a sidecar file whole or not at all."""
    from warehouse.taxonomy_files import write_taxonomy_outputs

    write_taxonomy_outputs([(str(path), theme_vectors_bytes(ids, vectors, stretch))], "theme vectors")


def attach_theme_vectors(taxonomy: Taxonomy, folder: str | os.PathLike[str] | None) -> Taxonomy:
    """Return the taxonomy with its sidecar's vectors loaded (folder: where the TOML is; None: bundled).

    A sidecar is looked for beside the TOML; a copy of the bundled taxonomy (`themes --export`)
    names the bundled sidecar, so a name not found there but bundled is read from the package.
    """
    sem = taxonomy.semantic
    if sem is None or not sem.vectors:
        return taxonomy
    with sidecar_path(sem.vectors, folder) as path:
        return with_theme_vectors(taxonomy, *read_sidecar(path))


def sidecar_path(vectors: str, folder: str | os.PathLike[str] | None) -> AbstractContextManager[str]:
    """Return (as a context, as `resources.as_file` gives a package's file) the path of the sidecar a
    taxonomy's `vectors` names: beside the TOML in `folder`, or bundled (folder None, or a bare name
    not found beside a copy of the bundled taxonomy)."""
    bundled = resources.files("transforms").joinpath("taxonomies", vectors)
    copy_of_bundled = os.path.basename(vectors) == vectors and bundled.is_file()  # a bare name only
    if folder is None or (copy_of_bundled and not os.path.exists(os.path.join(folder, vectors))):
        return _as_str(resources.as_file(bundled))
    return nullcontext(os.path.join(folder, vectors))


@contextmanager
def _as_str(context: AbstractContextManager[Path]) -> Iterator[str]:
    with context as path:
        yield str(path)


def iptc_seed_texts(jsonl: str | os.PathLike[str]) -> dict[str, list[str]]:
    """Return top-level IPTC topic id → "label. definition" of every topic under it (itself included)."""
    with open(jsonl, encoding="utf-8") as handle:
        topics = [json.loads(line) for line in handle if line.strip()]
    by_id = {t["id"]: t for t in topics}
    seeds: dict[str, list[str]] = defaultdict(list)
    for topic in topics:
        top = topic
        while top.get("parent"):
            top = by_id[top["parent"]]
        seeds[top["id"]].append(f"{topic['label']}. {topic.get('definition') or ''}".strip())
    return dict(seeds)


USAGE = (
    "usage: python -m warehouse.theme_vectors IPTC_MEDIA_TOPICS.jsonl "
    "[--fit LABELED_DIR MAP.toml ...] [--untaught S] [--half | --other-half]\n"
    "       python -m warehouse.theme_vectors --reshare S THEME_ID ..."
)


def reshare_bundled(share: float, theme_ids: Sequence[str]) -> None:
    """Rewrite the bundled sidecar's stretch so that the untaught themes `theme_ids` are at `share`
    of the fitted rows' mean length in the layer, every other theme's stretch and the vectors kept
    (`transforms.theme_fit.untaught_stretch`): the bundled fit is an earlier build's, which a refit by
    this one does not reproduce to the bit."""
    import numpy as np

    from transforms.theme_fit import untaught_stretch
    from warehouse.taxonomy_files import read_taxonomy

    taxonomy = read_taxonomy(None, vectors=False)
    assert taxonomy.semantic is not None and taxonomy.semantic.vectors
    target = resources.files("transforms").joinpath("taxonomies", taxonomy.semantic.vectors)
    rows, stretch = read_sidecar(str(target))
    ids = [t.id for t in taxonomy.themes]
    unknown = sorted(set(theme_ids) - set(ids))
    if unknown:
        raise TaxonomyError(f"not a theme of the bundled taxonomy: {', '.join(unknown)}")
    chosen = [ids.index(i) for i in theme_ids]
    vectors = np.array([rows[i] for i in ids], dtype=np.float32)
    factors = np.array([stretch.get(i, 1.0) for i in ids], dtype=np.float32)
    factors[chosen] = untaught_stretch(vectors, share, chosen)[chosen]
    write_theme_vectors(str(target), ids, vectors, factors)
    print(f"wrote {target}: {', '.join(theme_ids)} at {share}")


def fit_half(source: str, remainder: int = 1) -> bool:
    """Return whether an article file is in the half a fitted default learns from: the files whose
    number (the digits of its name) is 1 mod 4 (half A); the files numbered 3 mod 4 (half B) stay
    held out. `remainder` 3 picks half B instead, to measure the fit the other way round.

    >>> fit_half("business/021.txt"), fit_half("business/023.txt"), fit_half("business/023.txt", 3)
    (True, False, True)
    """
    digits = "".join(ch for ch in os.path.basename(source) if ch.isdigit())
    return bool(digits) and int(digits) % 4 == remainder


def main(argv: list[str] | None = None) -> None:
    """Rebuild the bundled default taxonomy's sidecar from an IPTC Media Topics JSON-lines file and,
    with `--fit`, from labeled articles too (see `transforms.theme_fit.fit_theme_vectors`)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if {"-h", "--help"} & set(args):
        print(USAGE)
        return
    if args[:1] == ["--reshare"]:
        try:
            share = float(args[1])
        except (IndexError, ValueError):
            sys.exit(USAGE)
        if len(args) < 3:
            sys.exit(USAGE)
        try:
            reshare_bundled(share, args[2:])
        except TaxonomyError as err:
            sys.exit(str(err))
        return
    import numpy as np

    from transforms.learned_terms import article_paragraphs
    from transforms.semantic.occurrences import article_vectors
    from transforms.semantic.theme_vectors import theme_seed, theme_text_vectors
    from transforms.theme_fit import (
        BUNDLED_UNTAUGHT_SHARES,
        UNTAUGHT_SHARE,
        fit_theme_vectors,
        untaught_stretch,
    )
    from warehouse.labeled import list_labeled, read_label_map, read_labeled
    from warehouse.taxonomy_files import DEFAULT_TAXONOMY, read_taxonomy

    fits: list[tuple[str, str]] = []
    share, half = UNTAUGHT_SHARE, 0  # 0: every article; 1 or 3: the half `fit_half` picks
    longer = dict(BUNDLED_UNTAUGHT_SHARES)  # stretched so unless --untaught gives one share
    try:
        while "--fit" in args:
            at = args.index("--fit")
            fits.append((args[at + 1], args[at + 2]))
            del args[at : at + 3]
        if "--untaught" in args:
            at = args.index("--untaught")
            share = float(args[at + 1])
            longer = {}
            del args[at : at + 2]
        if "--half" in args:
            args.remove("--half")
            half = 1
        if "--other-half" in args:  # half B: for measuring how the fit carries to the other half
            args.remove("--other-half")
            half = 3
    except (IndexError, ValueError):
        sys.exit(USAGE)
    if len(args) != 1:
        sys.exit(USAGE)
    taxonomy = read_taxonomy(None, vectors=False)
    assert taxonomy.semantic is not None and taxonomy.semantic.vectors
    seeds = iptc_seed_texts(args[0])
    texts = [theme_seed(t) + seeds.get(t.id, []) for t in taxonomy.themes]
    vectors = theme_text_vectors(texts)
    stretch = None
    if fits:
        row = {t.id: i for i, t in enumerate(taxonomy.themes)}
        paragraphs: list[list[tuple[str, str]]] = []
        accepted: list[list[int]] = []
        corpus: list[int] = []
        for n, (folder, map_file) in enumerate(fits):
            label_map = read_label_map(map_file)
            for article in read_labeled(list_labeled(folder)):
                if article.file.data and (not half or fit_half(article.file.source, half)):
                    paragraphs.append(article_paragraphs(article.file.data))
                    accepted.append([row[i] for i in label_map[article.label]])
                    corpus.append(n)
        # Each --fit corpus counts alike, however many articles it has: long BBC articles and
        # short AG News items are two kinds of news, and neither should drown the other.
        sizes = np.bincount(corpus)
        sample_weight = 1.0 / sizes[np.array(corpus)]
        features = article_vectors(paragraphs, unit=False)
        vectors = fit_theme_vectors(vectors, features, accepted, share, sample_weight)
        if longer:
            ids = [t.id for t in taxonomy.themes]
            stretch = np.ones(len(ids), np.float32)
            for theme, longer_share in longer.items():
                at = ids.index(theme)
                stretch[at] = untaught_stretch(vectors, longer_share, [at])[at]
        print(f"fitted on {len(paragraphs)} labeled articles, untaught themes at {share}")
    target = resources.files("transforms").joinpath("taxonomies", taxonomy.semantic.vectors)
    write_theme_vectors(str(target), [t.id for t in taxonomy.themes], vectors, stretch)
    print(f"wrote {target} for {DEFAULT_TAXONOMY}: {len(vectors)} themes")


if __name__ == "__main__":
    main()
