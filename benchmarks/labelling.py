"""Labelling throughput with and without the semantic layer, on the same paragraphs, in one process."""

from __future__ import annotations

import time
from dataclasses import replace
from itertools import islice
from pathlib import Path

BATCH = 2_000  # paragraphs per labelling call, about what one batch of articles holds


def time_labelling(source: Path, taxonomy: str | None, articles: int) -> dict:
    """Return paragraphs/s and MB/s of labelling the first `articles` articles' labelled paragraphs,
    with the term matcher alone and with term and semantic evidence, and the one-off load times."""
    from transforms.labeller import Labeller
    from transforms.paragraphs import split_paragraphs
    from transforms.pipeline import LABELLED_ROLES
    from transforms.taxonomy_version import with_version
    from transforms.text import decode_article
    from transforms.undecodable import UndecodableText
    from warehouse.sources import iter_sources
    from warehouse.taxonomy_files import read_taxonomy

    texts: list[str] = []
    words: list[int] = []
    for entry in islice(iter_sources(source), articles):
        try:
            decoded = decode_article(Path(entry.path).read_bytes())
        except UndecodableText:
            continue
        for p in split_paragraphs(decoded.text):
            if p.role in LABELLED_ROLES:
                texts.append(p.text)
                words.append(p.word_count)
    size = sum(len(t.encode()) for t in texts)
    full = read_taxonomy(taxonomy)
    result: dict = {"paragraphs": len(texts), "mb": round(size / 1e6, 2)}
    for name, tax in (("terms", with_version(replace(full, semantic=None))), ("terms_semantic", full)):
        started = time.perf_counter()
        labeller = Labeller(tax)
        labeller.label_columns(texts[:10])
        result[f"{name}_load_s"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        cpu = time.process_time()
        labels = 0
        for i in range(0, len(texts), BATCH):
            labels += len(labeller.label_columns(texts[i : i + BATCH], words[i : i + BATCH]))
        seconds = time.perf_counter() - started
        result[name] = {
            "seconds": round(seconds, 2), "cpu_s": round(time.process_time() - cpu, 2),
            "paragraphs_per_s": round(len(texts) / seconds, 1), "mb_per_s": round(size / 1e6 / seconds, 2),
            "labels": labels,
        }
    result["semantic_over_terms_time"] = round(result["terms_semantic"]["seconds"] / result["terms"]["seconds"], 2)
    return result
