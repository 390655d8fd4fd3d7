"""Recompute some of a lake's enrichments (`themelake enrich --only places`), keeping the others' rows.

After an upgrade that finds places better, a user wants the lake's places found again, not its tone and
amounts (which would move numbers they had not asked to move), and not by reading the sources again.
Only the paragraphs a run or `enrich` enriched already are read again (their tone is set): a paragraph
with none is left for a plain `enrich`, which gives it all three; given places alone here, it would get
its places twice there. Paragraphs in another language than English keep what their run found (places
in any language), as `enrich` leaves them. The files of each table recomputed are rewritten without the
rows of those paragraphs, the new rows staged beside them, and all swapped in by one commit.
"""

from __future__ import annotations

import os

import pyarrow as pa
import pyarrow.compute as pc

from transforms.enrichments import ENRICHMENTS, ParagraphBatch
from transforms.enrichments.tone_articles import article_tone
from transforms.pipeline import LABELLED_ROLES, own_languages
from warehouse.enrichments import (
    CHUNK_ROWS,
    LakeEnrichment,
    other_language_articles,
    read_lake_file,
    stage_article_tones,
    swap_file,
)
from warehouse.lake import read_manifest, resolve_lake
from warehouse.staging import stage_files

# The enrichments a user names, and the table each one's rows go to (tone: columns of `paragraphs`).
ENRICHMENT_NAMES = {"places": "paragraph_places", "amounts": "paragraph_amounts", "tone": "paragraphs"}
_MEMBERS = {member.TABLE: member for member in ENRICHMENTS}


def _enriched(table: pa.Table, other: pa.Array) -> list[int]:
    """Return the rows of a paragraphs file enriched already (labelled, tone set) and in English."""
    roles = pa.array(sorted(LABELLED_ROLES))
    done = pc.and_(pc.is_valid(table["tone"]), pc.is_in(table["role"], value_set=roles))
    done = pc.and_(done, pc.invert(pc.is_in(table["article_id"], value_set=other)))
    at = [i for i, flag in enumerate(done.to_pylist()) if flag]
    texts = pc.take(table["text"], pa.array(at, pa.int64())).to_pylist()
    own = own_languages(texts, ["en"] * len(at))
    return [i for k, i in enumerate(at) if k not in own]


def refresh_enrichments(lake: str | os.PathLike[str], run_id: str, only: list[str]) -> LakeEnrichment:
    """Stage `only` (names of ENRICHMENT_NAMES) found again for every enriched English paragraph, and the
    files they replace; call under the lake's writer lock, then `commit_enrichment`."""
    root = str(resolve_lake(lake))
    manifest = read_manifest(root)
    tables = [ENRICHMENT_NAMES[name] for name in only]
    done = LakeEnrichment()
    tones: dict[str, list] = {"article_id": [], "tone": [], "words": []}
    other = other_language_articles(root, manifest)
    recomputed: set[str] = set()
    for k, relative in enumerate(list(manifest.files("paragraphs"))):
        table = read_lake_file(root, relative)
        at = _enriched(table, other)
        if not at:
            continue
        tag = f"{run_id[:8]}-refresh-{k:05d}"
        texts, pids, aids = (table[c].to_pylist() for c in ("text", "paragraph_id", "article_id"))
        tone = {c: table[c].to_pylist() for c in ("tone", "positive", "negative")}
        for n, chunk in enumerate(_article_chunks(at, aids, table["ordinal"].to_pylist())):
            batch = ParagraphBatch([texts[i] for i in chunk], [pids[i] for i in chunk], [aids[i] for i in chunk])
            for name in tables:
                rows = _MEMBERS[name].rows(batch)
                if name == "paragraphs":
                    for j, i in enumerate(chunk):
                        for column in tone:
                            tone[column][i] = rows[column][j]
                    continue
                rows["run_id"] = [run_id] * len(rows["paragraph_id"])
                done.staged.setdefault(name, []).extend(stage_files(root, name, rows, f"{tag}-{n:04d}"))
                if name == "paragraph_places":
                    done.places += len(rows["paragraph_id"])
                else:
                    done.amounts += len(rows["paragraph_id"])
        recomputed.update(pids[i] for i in at)
        done.paragraphs += len(at)
        if "paragraphs" in tables:
            words = table["word_count"].to_pylist()
            for i in at:
                tones["article_id"].append(aids[i])
                tones["tone"].append(tone["tone"][i])
                tones["words"].append(words[i])
            for column, values in tone.items():
                table = table.set_column(table.schema.get_field_index(column), column, pa.array(values, pa.float64()))
            swap_file(root, "paragraphs", relative, table, tag, done)
    for name in (t for t in tables if t != "paragraphs"):
        _drop_rows_of(root, name, recomputed, run_id, done, manifest.files(name))
    if "paragraphs" in tables:
        stage_article_tones(root, list(manifest.files("articles")),
                            article_tone(tones["article_id"], tones["tone"], tones["words"]),
                            f"{run_id[:8]}-refresh-articles", done, missing_only=False)
    return done


def _article_chunks(at: list[int], aids: list[str], ordinals: list[int]) -> list[list[int]]:
    """Return the rows `at` in their articles' order, cut into chunks of about CHUNK_ROWS ending at an article's end.

    The enrichments read an article's paragraphs together, as a run hands them over: amounts read a later
    paragraph's "$1,950" by the dateline of its article's first ("CALGARY - ..."), found as the batch's paragraph
    before which the article changes. A compacted file is sorted by paragraph id (a hash), which scatters them.
    """
    ordered = sorted(at, key=lambda i: (aids[i], ordinals[i]))
    chunks: list[list[int]] = []
    first = 0
    while first < len(ordered):
        last = min(first + CHUNK_ROWS, len(ordered))
        while last < len(ordered) and aids[ordered[last]] == aids[ordered[last - 1]]:
            last += 1  # the rest of the article, whose first paragraph is in this chunk
        chunks.append(ordered[first:last])
        first = last
    return chunks


def _drop_rows_of(root: str, name: str, paragraphs: set[str], run_id: str, done: LakeEnrichment,
                  files: list[str]) -> None:
    """Stage each file of table `name` without the rows of `paragraphs` (found again), to replace it."""
    ids = pa.array(sorted(paragraphs), pa.string())
    for k, relative in enumerate(files):
        table = read_lake_file(root, relative)
        keep = pc.invert(pc.is_in(table["paragraph_id"], value_set=ids))
        if pc.all(keep).as_py():
            continue
        swap_file(root, name, relative, table.filter(keep), f"{run_id[:8]}-refresh-{name}-{k:05d}", done)
