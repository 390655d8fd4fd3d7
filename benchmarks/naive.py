"""The naive baseline: a Python loop over paragraphs, one regex per theme, pandas `to_parquet`."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import pandas as pd

from transforms.taxonomy import Taxonomy

_BLANK = re.compile(r"\n\s*\n")


def theme_patterns(taxonomy: Taxonomy) -> list[tuple[str, re.Pattern[str], dict[str, float]]]:
    """Return one case-insensitive whole-word regex per theme, with each term's weight."""
    patterns = []
    for theme in taxonomy.themes:
        weights = {t.text.lower(): t.weight for t in theme.terms}
        alternation = "|".join(re.escape(t) for t in sorted(weights, key=len, reverse=True))
        patterns.append((theme.id, re.compile(rf"\b(?:{alternation})(?:s|es)?\b", re.IGNORECASE), weights))
    return patterns


def naive_ingest(paths: list[str], taxonomy: Taxonomy, out: Path) -> dict[str, int]:
    """Label every paragraph of the files the simple way and write two Parquet files; return counts."""
    patterns = theme_patterns(taxonomy)
    paragraphs: list[dict] = []
    labels: list[dict] = []
    size = 0
    for path in paths:
        data = Path(path).read_bytes()
        size += len(data)
        text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
        for ordinal, paragraph in enumerate(p.strip() for p in _BLANK.split(text) if p.strip()):
            pid = uuid.uuid4().hex[:16]
            paragraphs.append({"paragraph_id": pid, "source": path, "ordinal": ordinal, "text": paragraph})
            for theme_id, pattern, weights in patterns:
                evidence: list[dict[str, Any]] = [
                    {"term": m.group(0).lower(), "start": m.start(), "end": m.end()}
                    for m in pattern.finditer(paragraph)
                ]
                score = sum(weights.get(e["term"], 1.0) for e in evidence)
                if score >= taxonomy.min_score:
                    labels.append({"paragraph_id": pid, "theme_id": theme_id, "score": score, "evidence": evidence})
    out.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(paragraphs).to_parquet(out / "paragraphs.parquet")
    pd.DataFrame(labels).to_parquet(out / "paragraph_themes.parquet")
    return {"bytes": size, "articles": len(paths), "paragraphs": len(paragraphs), "labels": len(labels)}
