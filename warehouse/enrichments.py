"""Enrich a lake's committed paragraphs in place: places, amounts and tone for paragraphs without them.

`themelake enrich` (flows/enrich.py) calls this for a lake written with `--no-enrich`, or before
enrichment existed, on local disk or on object storage. Sources are never read: the paragraphs' text
is in the lake. Tone is a column of
`paragraphs` and `articles`, so the files holding rows without it are rewritten with it filled and
swapped in by one commit, as compaction swaps its files (then the old ones are deleted); places and
amounts are new rows of their own tables. A paragraph whose tone is already there is left alone,
so running it twice adds nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from transforms.enrichments import ParagraphBatch, enrich
from transforms.enrichments.tone_articles import article_tone
from transforms.pipeline import LABELLED_ROLES, own_languages
from warehouse import storage
from warehouse.lake import Manifest, commit, read_manifest, resolve_lake
from warehouse.staging import stage_files, stage_table

# Paragraphs enriched at once: the batch the automata and the regular expression read in one pass.
CHUNK_ROWS = 20_000


@dataclass
class LakeEnrichment:
    """What enriching a lake did."""

    paragraphs: int = 0
    places: int = 0
    amounts: int = 0
    articles: int = 0
    staged: dict[str, list[str]] = field(default_factory=dict)
    replaced: dict[str, list[str]] = field(default_factory=dict)


def _todo(table: pa.Table) -> pa.Array:
    """Return the mask of labelled paragraphs whose tone is missing."""
    roles = pa.array(sorted(LABELLED_ROLES))
    return pc.and_(pc.is_null(table["tone"]), pc.is_in(table["role"], value_set=roles))


def read_lake_file(root: str, relative: str, columns: list[str] | None = None) -> pa.Table:
    """Read a committed file of the lake (local, or on object storage)."""
    return storage.read_parquet(resolve_lake(root) / relative, columns)


def other_language_articles(root: str, manifest: Manifest) -> pa.Array:
    """Return the ids of the lake's articles in a language other than English (known, not "en")."""
    ids = [
        pc.filter(t["article_id"], pc.and_(pc.is_valid(t["language"]), pc.not_equal(t["language"], "en")))
        for t in (read_lake_file(root, f, ["article_id", "language"]) for f in manifest.files("articles"))
    ]
    return pa.concat_arrays([i.combine_chunks() for i in ids]) if ids else pa.array([], pa.string())


def nothing_to_enrich(lake: str | os.PathLike[str]) -> bool:
    """Return whether `enrich_lake` would find no paragraph to enrich (it reads three columns of each
    paragraphs file, and the articles' languages and the paragraphs' text only where one lacks its tone)."""
    root = str(resolve_lake(lake))
    manifest = read_manifest(root)
    other: pa.Array | None = None
    for relative in manifest.files("paragraphs"):
        if not pc.any(_todo(read_lake_file(root, relative, ["role", "tone"]))).as_py():
            continue
        other = other_language_articles(root, manifest) if other is None else other
        if _to_enrich(read_lake_file(root, relative, ["article_id", "role", "tone", "text"]), other):
            return False
    return True


def _to_enrich(table: pa.Table, other: pa.Array) -> list[int]:
    """Return the rows of a paragraphs file to enrich: labelled, without tone, and in English.

    Paragraphs of articles in another language (`other`) are left as they are: their tone stays null,
    which is also what marks a paragraph not yet enriched, so enriching them here would add their places
    at every `themelake enrich`. So are an English article's paragraphs in another language (a run leaves
    their tone null too).
    """
    todo = pc.and_(_todo(table), pc.invert(pc.is_in(table["article_id"], value_set=other)))
    if not pc.any(todo).as_py():
        return []
    at = [i for i, flag in enumerate(todo.to_pylist()) if flag]
    texts = pc.take(table["text"], pa.array(at, pa.int64())).to_pylist()
    own = own_languages(texts, ["en"] * len(at))
    return [i for k, i in enumerate(at) if k not in own]


def left_in_other_languages(lake: str | os.PathLike[str]) -> tuple[int, int]:
    """Return how many paragraphs, of how many articles, `enrich` leaves without places: paragraphs of
    runs that found none (`--no-enrich`, or before enrichment existed) that it would enrich but for
    their language (not English).

    A run finds places in every language; `enrich` cannot tell such a paragraph it already passed over
    from one never read (its tone stays null), so it leaves them, and says how many.
    """
    root = str(resolve_lake(lake))
    manifest = read_manifest(root)
    bare = _runs_without_enrichment(root, manifest)
    other: pa.Array | None = None
    left: set[str] = set()  # their articles
    paragraphs = 0
    for relative in manifest.files("paragraphs") if bare else []:
        if not pc.any(_todo(read_lake_file(root, relative, ["role", "tone"]))).as_py():
            continue
        other = other_language_articles(root, manifest) if other is None else other
        table = read_lake_file(root, relative, ["article_id", "role", "tone", "text", "run_id"])
        english = set(_to_enrich(table, other))
        runs, articles = table["run_id"].to_pylist(), table["article_id"].to_pylist()
        for i, todo in enumerate(_todo(table).to_pylist()):
            if todo and i not in english and runs[i] in bare:
                paragraphs += 1
                left.add(articles[i])
    return paragraphs, len(left)


def _runs_without_enrichment(root: str, manifest: Manifest) -> set[str]:
    """Return the ingest runs of the lake that found no places, amounts or tone (`enrich` false, or not
    a parameter yet: a run before enrichment existed)."""
    bare = set()
    for relative in manifest.files("runs"):
        table = read_lake_file(root, relative, ["run_id", "flow_name", "parameters"])
        for run, flow, parameters in zip(*(table[c].to_pylist() for c in table.column_names), strict=True):
            if flow == "ingest-articles" and json.loads(parameters or "{}").get("enrich") is not True:
                bare.add(run)
    return bare


def _enrich_paragraphs(root: str, relative: str, run_id: str, tag: str, done: LakeEnrichment,
                       tones: dict[str, list], other: pa.Array) -> None:
    """Rewrite one paragraphs file with tone filled; stage its places and amounts."""
    table = read_lake_file(root, relative)
    at = _to_enrich(table, other)
    if not at:
        return
    tone = table["tone"].to_pylist()
    positive, negative = table["positive"].to_pylist(), table["negative"].to_pylist()
    texts, pids, aids = table["text"].to_pylist(), table["paragraph_id"].to_pylist(), table["article_id"].to_pylist()
    words = table["word_count"].to_pylist()
    for n, first in enumerate(range(0, len(at), CHUNK_ROWS)):
        chunk = at[first:first + CHUNK_ROWS]
        batch = ParagraphBatch([texts[i] for i in chunk], [pids[i] for i in chunk], [aids[i] for i in chunk])
        rows = enrich(batch)
        for j, i in enumerate(chunk):
            tone[i], positive[i], negative[i] = (rows["paragraphs"][c][j] for c in ("tone", "positive", "negative"))
            tones["article_id"].append(aids[i])
            tones["tone"].append(tone[i])
            tones["words"].append(words[i])
        for name in ("paragraph_places", "paragraph_amounts"):
            columns = rows[name]
            columns["run_id"] = [run_id] * len(columns["paragraph_id"])
            done.staged.setdefault(name, []).extend(stage_files(root, name, columns, f"{tag}-{n:04d}"))
        done.places += len(rows["paragraph_places"]["paragraph_id"])
        done.amounts += len(rows["paragraph_amounts"]["paragraph_id"])
    done.paragraphs += len(at)
    for name, values in (("tone", tone), ("positive", positive), ("negative", negative)):
        table = table.set_column(table.schema.get_field_index(name), name, pa.array(values, pa.float64()))
    swap_file(root, "paragraphs", relative, table, tag, done)


def swap_file(root: str, name: str, relative: str, table: pa.Table, tag: str, done: LakeEnrichment) -> None:
    """Stage `table` to replace the committed file `relative` of table `name` (none staged for no rows)."""
    staged = stage_table(root, name, table, tag)
    if staged:
        done.staged.setdefault(name, []).append(staged)
    done.replaced.setdefault(name, []).append(relative)


def enrich_lake(lake: str | os.PathLike[str], run_id: str) -> LakeEnrichment:
    """Stage the enrichment of every committed paragraph without tone, and the files it replaces.

    Call under the lake's writer lock, then `commit_enrichment`.
    """
    root = str(resolve_lake(lake))
    manifest = read_manifest(root)
    done = LakeEnrichment()
    tones: dict[str, list] = {"article_id": [], "tone": [], "words": []}
    other = other_language_articles(root, manifest)
    for k, relative in enumerate(list(manifest.files("paragraphs"))):
        _enrich_paragraphs(root, relative, run_id, f"{run_id[:8]}-enrich-{k:05d}", done, tones, other)
    by_article = article_tone(tones["article_id"], tones["tone"], tones["words"])
    stage_article_tones(root, list(manifest.files("articles")), by_article, f"{run_id[:8]}-enrich-articles", done,
                        missing_only=True)
    return done


def stage_article_tones(root: str, files: list[str], by_article: Mapping[str, float], tag: str,
                        done: LakeEnrichment, missing_only: bool) -> None:
    """Stage each articles file with the tone `by_article` gives its articles (only where it has none, with
    `missing_only`: `enrich`; else anew: `enrich --only tone`); a file none of them is in is left as it is."""
    if not by_article:
        return
    ids = pa.array(list(by_article), pa.string())
    for k, relative in enumerate(files):
        table = read_lake_file(root, relative)
        fill = pc.is_in(table["article_id"], value_set=ids)
        if missing_only:
            fill = pc.and_(pc.is_null(table["tone"]), fill)
        if not pc.any(fill).as_py():
            continue
        tone = [by_article.get(a) if f else t for a, t, f in
                zip(table["article_id"].to_pylist(), table["tone"].to_pylist(), fill.to_pylist(), strict=True)]
        done.articles += sum(fill.to_pylist())
        table = table.set_column(table.schema.get_field_index("tone"), "tone", pa.array(tone, pa.float64()))
        swap_file(root, "articles", relative, table, f"{tag}-{k:05d}", done)


def commit_enrichment(lake: str | os.PathLike[str], done: LakeEnrichment, extra: dict[str, list[str]]) -> int:
    """Commit the staged enrichment (and `extra` staged files, the runs row); delete the replaced files.

    Return the new manifest version.
    """
    root = resolve_lake(lake)
    staged = {name: list(files) for name, files in done.staged.items()}
    for name, files in extra.items():
        staged.setdefault(name, []).extend(files)
    version = commit(root, staged, done.replaced).version
    for files in done.replaced.values():  # no manifest names them any more
        for relative in files:
            try:
                (root / relative).unlink()
            except FileNotFoundError:
                pass  # gone already: a writer's recovery took it
    return version
